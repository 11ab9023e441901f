//! Extract one article and print every relation with the sentence that proves it.
//!
//!     cargo run --example evidence [ARTICLE]   (default: data/articles/coalition-summit.txt)

use newsgraph::document::read_file;
use newsgraph::Pipeline;
use std::path::PathBuf;

fn main() -> newsgraph::Result<()> {
    let path = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/articles/coalition-summit.txt"
        ))
    });
    // one file may hold several articles (.jsonl); a .txt is one
    for doc in read_file(&path)? {
        let x = Pipeline::default().extract(&doc);
        println!(
            "{}: {} actors, {} relations",
            doc.title.as_deref().unwrap_or(&doc.id),
            x.entities.len(),
            x.relations.len()
        );
        let name = |id: &str| {
            x.entities
                .iter()
                .find(|e| e.id == id)
                .map_or(id.to_string(), |e| e.name.clone())
        };
        for r in &x.relations {
            let ev = &r.evidence;
            println!(
                "\n{} -[{}]-> {}  ({}, cue \"{}\", rule {})",
                name(&r.source),
                r.relation,
                name(&r.target),
                ev.modality,
                ev.cue,
                ev.rule.as_deref().unwrap_or("-")
            );
            println!(
                "  sentence {} bytes {}..{}: {}",
                ev.sentence,
                ev.span[0],
                ev.span[1],
                ev.text.trim()
            );
            // the span points into the document text: the sentence is exactly there
            assert_eq!(&doc.text[ev.span[0]..ev.span[1]], ev.text);
        }
    }
    Ok(())
}
