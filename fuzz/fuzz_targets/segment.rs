//! Sentence and token segmentation and quote pairing on arbitrary text: spans stay
//! on character boundaries, sentences cover the tokens in order, none is too long.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsgraph::text::{quotes, segment, MAX_SENTENCE_TOKENS};

fuzz_target!(|text: &str| {
    let seg = segment(text);
    let mut next = 0;
    for s in &seg.sentences {
        assert_eq!(s.first_token, next);
        assert!(s.end_token > s.first_token && s.end_token - s.first_token <= MAX_SENTENCE_TOKENS);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start < s.end);
        next = s.end_token;
    }
    assert_eq!(next, seg.tokens.len());
    for q in quotes(text, &seg) {
        assert!(q.outer_start <= q.start && q.start <= q.end && q.end <= q.outer_end);
        let _ = &text[q.start..q.end];
    }
});
