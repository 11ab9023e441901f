//! Prints the syntactic analysis of each sentence of a text: tags, chunks, verb
//! groups with their arguments, clauses and coordinations.
//!
//! `cargo run --example syntax_show -- "The envoy met the president."` (or a file path)

use newsgraph::{syntax, text};

fn main() {
    let arg = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "The envoy met the president.".into());
    let doc = std::fs::read_to_string(&arg).unwrap_or(arg);
    let seg = text::segment(&doc);
    for i in 0..seg.sentences.len() {
        let toks = seg.sentence_tokens(i);
        let s = syntax::analyse(&doc, toks);
        let word = |t: usize| toks[t].text(&doc);
        let span = |a: usize, b: usize| (a..b).map(word).collect::<Vec<_>>().join(" ");
        println!(
            "{}",
            (0..toks.len())
                .map(|t| format!("{}/{}", word(t), s.tags[t].name()))
                .collect::<Vec<_>>()
                .join(" ")
        );
        for (c, ch) in s.chunks.iter().enumerate() {
            println!(
                "  chunk {c}: [{}] head {}{}{}",
                span(ch.start, ch.end),
                word(ch.head),
                if ch.possessive { " possessive" } else { "" },
                ch.preposition.map(|p| format!(" prep {}", word(p))).unwrap_or_default()
            );
        }
        let ch = |c: Option<usize>| {
            c.map_or("-".to_string(), |c| {
                format!("[{}]", span(s.chunks[c].start, s.chunks[c].end))
            })
        };
        for (v, g) in s.verbs.iter().enumerate() {
            println!(
                "  verb {v}: [{}] {:?}{}{}{}{} clause {} subj {} obj {} preps {} agent {}{}",
                span(g.start, g.end),
                g.tense,
                if g.negated { " negated" } else { "" },
                if g.modal { " modal" } else { "" },
                if g.passive { " passive" } else { "" },
                if g.non_finite { " non-finite" } else { "" },
                g.clause,
                ch(g.subject),
                ch(g.object),
                g.prep_objects
                    .iter()
                    .map(|&(p, c)| format!("{} {}", word(p), ch(Some(c))))
                    .collect::<Vec<_>>()
                    .join("; "),
                ch(g.agent),
                g.governor.map(|x| format!(" governor {x}")).unwrap_or_default(),
            );
        }
        for (c, cl) in s.clauses.iter().enumerate() {
            println!(
                "  clause {c}: {:?} [{}] parent {:?} verb {:?} reported_by {:?}",
                cl.kind,
                span(cl.start, cl.end),
                cl.parent,
                cl.verb,
                cl.reported_by
            );
        }
        for g in &s.coordinations {
            println!("  coordinated: {:?}", g);
        }
    }
}
