//! Extraction on arbitrary text: no panic, mention spans index the text, every
//! relation's ends are entities of the document.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsgraph::{Document, Pipeline};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::default)
}

fuzz_target!(|text: &str| {
    let doc = Document {
        id: "fuzz".into(),
        title: None,
        date: None,
        source: None,
        url: None,
        text: text.to_string(),
    };
    let x = pipeline().extract(&doc);
    for e in &x.entities {
        for m in &e.mentions {
            assert_eq!(&text[m.span[0]..m.span[1]], m.text);
        }
    }
    for r in &x.relations {
        assert!(x.entities.iter().any(|e| e.id == r.source));
        assert!(x.entities.iter().any(|e| e.id == r.target));
        assert_eq!(&text[r.evidence.span[0]..r.evidence.span[1]], r.evidence.text);
    }
    // the extraction line reads back into a graph merge accepts
    let line = newsgraph::extract::to_jsonl(&[x]);
    newsgraph::io::merge_str(&line, std::path::Path::new("fuzz.jsonl")).expect("own extraction merges");
});
