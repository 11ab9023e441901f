//! Property tests: extraction never panics on arbitrary text, and every span it reports
//! slices the text to exactly what it claims (mention text, evidence sentence).

use newsgraph::{Document, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::default)
}

/// Words that exercise the rules: names, titles, cues, negations, quotes, places.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("President".to_string()),
        Just("Mr".to_string()),
        Just("said".to_string()),
        Just("met".to_string()),
        Just("accused".to_string()),
        Just("not".to_string()),
        Just("the".to_string()),
        Just("of".to_string()),
        Just("and".to_string()),
        Just("U.S.".to_string()),
        Just("Kremlin".to_string()),
        Just("French".to_string()),
        Just("Blair's".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("\u{201C}".to_string()),
        Just("\u{201D}".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("\n\n".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("£5bn".to_string()),
        Just("Zelenskyy".to_string()),
        Just("Ségolène".to_string()),
        "[A-Z][a-z]{1,8}",
        "[a-z]{1,8}",
        "[A-Z]{2,4}",
        "\\PC{1,3}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 0..60).prop_map(|ws| ws.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn extraction_spans_slice_the_text(text in text()) {
        let doc = Document { id: "p".into(), title: None, date: None, source: None, url: None, text: text.clone() };
        let x = pipeline().extract(&doc);
        for e in &x.entities {
            prop_assert!(!e.mentions.is_empty());
            for m in &e.mentions {
                prop_assert_eq!(text.get(m.span[0]..m.span[1]), Some(m.text.as_str()));
            }
        }
        let ids: Vec<&str> = x.entities.iter().map(|e| e.id.as_str()).collect();
        for r in &x.relations {
            prop_assert!(ids.contains(&r.source.as_str()) && ids.contains(&r.target.as_str()));
            prop_assert_ne!(&r.source, &r.target);
            let ev = &r.evidence;
            prop_assert_eq!(text.get(ev.span[0]..ev.span[1]), Some(ev.text.as_str()));
        }
    }
}
