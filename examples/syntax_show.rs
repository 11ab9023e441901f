//! Prints the syntax of each sentence of a text given on the command line: tags,
//! chunks, verb groups with their arguments, clauses and coordinations.
//!
//! `cargo run --example syntax_show -- "The envoy met the president."`

fn main() {
    let text = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let seg = newsgraph::text::segment(&text);
    for i in 0..seg.sentences.len() {
        let toks = seg.sentence_tokens(i);
        let w: Vec<&str> = toks.iter().map(|t| t.text(&text)).collect();
        let s = newsgraph::syntax::analyse(&text, toks);
        let tagged: Vec<String> = w.iter().zip(&s.tags).map(|(w, t)| format!("{w}/{t:?}")).collect();
        println!("{}", tagged.join(" "));
        let span = |a: usize, b: usize| w[a..b].join(" ");
        for (k, c) in s.chunks.iter().enumerate() {
            println!(
                "  chunk {k}: [{}] head {}{}",
                span(c.start, c.end),
                w[c.head],
                if c.possessive { " (possessor)" } else { "" }
            );
        }
        for v in &s.verbs {
            let ch = |c: Option<usize>| c.map_or("-".to_string(), |c| span(s.chunks[c].start, s.chunks[c].end));
            let preps: Vec<String> = v
                .prep_objects
                .iter()
                .map(|&(p, c)| format!("{} {}", w[p], ch(Some(c))))
                .collect();
            println!(
                "  verb [{}] {:?}{}{}{} clause {}: subject {} | object {} | {}",
                span(v.start, v.end),
                v.tense,
                if v.negated { " negated" } else { "" },
                if v.passive { " passive" } else { "" },
                if v.modal { " modal" } else { "" },
                v.clause,
                ch(v.subject),
                ch(v.object),
                preps.join(", ")
            );
        }
        for (k, c) in s.clauses.iter().enumerate() {
            println!(
                "  clause {k} {:?} [{}] parent {:?}",
                c.kind,
                span(c.start, c.end.max(c.start)),
                c.parent
            );
        }
        for g in &s.coordinations {
            let names: Vec<String> = g.iter().map(|&c| span(s.chunks[c].start, s.chunks[c].end)).collect();
            println!("  coordinated: {}", names.join(" + "));
        }
    }
}
