//! Sentence and token segmentation with byte spans into the document text, and the
//! quoted passages of a document.
//!
//! Tokens:
//! - words: letters and digits with inner `'`/`’` ("don't", "O'Neill"), hyphens
//!   ("one-on-one", "al-Qaeda") and `&` ("AT&T"). The full stops of a dotted acronym
//!   ("U.S.", "a.m.", "Ph.D.") and of a single-letter initial ("W." in "George W. Bush")
//!   belong to the word; after any other word, known abbreviations included ("Mr.",
//!   "Gen."), the full stop is its own `Punct` token, so the word matches lexicon
//!   entries written without it.
//! - a possessive `'s`/`’s` is its own `Word` token ("Blair's" -> "Blair", "'s"; so is
//!   the `'s` of "it's"); the apostrophe of a plural possessive ("leaders'") is its own
//!   `Punct` token (a `Quote` instead when it closes a single quote opened on its line).
//! - numbers start with a digit and keep inner `.`/`,` between digits and `:` in times
//!   ("2.5", "1,000", "10:30", "1990s"); "15%" is a number and a `Punct`.
//! - quotation marks are `Quote` tokens: `"`, `“`, `”`, `«`, `»`, `„`, and a `'`/`‘`/`’`
//!   that is not inside a word nor a plural possessive.
//! - everything else is a single-character `Punct`, except `...`, which is one token;
//!   dashes (`-` between spaces, `–`, `—`) are `Punct`.
//!
//! Sentences end at `.`, `!`, `?`, `...`/`…` (taking any closing quotes and brackets
//! right after them), unless the next word is lower case or the full stop belongs to an
//! abbreviation (data/text/abbreviations.tsv says when those end one), and at line
//! breaks: a blank line always (it also starts a new paragraph), a single newline when
//! the line before has no final punctuation, like a headline (but not inside text that
//! is hard-wrapped at a fixed width, nor before a lower-case word).
//!
//! [`tokenize`] makes the tokens, [`segment`] the sentences, [`quotes`] the quoted
//! passages; the abbreviation and sentence-starter lists are data (`lists`).

mod escape;
mod lists;
mod quotes;
mod sentences;
mod tokenize;

pub use escape::{escape_control, escape_terminal};
pub use quotes::{quotes, Quote};
pub use sentences::{segment, MAX_SENTENCE_TOKENS};
pub use tokenize::tokenize;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner `'`, `-` or `.` ("U.S.", "one-on-one", "O'Neill"),
    /// an initial with its full stop ("W."), or a possessive "'s".
    Word,
    /// Starts with a digit, possibly with `.`/`,` inside ("2.5", "1,000", "1990s").
    Number,
    /// A quotation mark: `"`, `“`, `”`, or a `'`/`‘`/`’` used as a quote.
    Quote,
    /// Any other punctuation or symbol character, `...` as one token, and the
    /// apostrophe of a plural possessive ("leaders'").
    Punct,
}

/// A token: a byte span into the document text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte (inclusive).
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Its kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
}

/// A sentence: its byte span, its tokens (a range into `Segmented::tokens`) and paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Start byte of the sentence's first token.
    pub start: usize,
    /// End byte of the sentence's last token.
    pub end: usize,
    /// Index of the first token in `Segmented::tokens`.
    pub first_token: usize,
    /// One past the index of the last token.
    pub end_token: usize,
    /// Index of the paragraph (blank-line separated block) it belongs to.
    pub paragraph: usize,
}

/// A segmented document: every token in order and the sentences over them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    /// All tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; together they cover every token.
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// The tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        let s = &self.sentences[i];
        &self.tokens[s.first_token..s.end_token]
    }

    /// The index of the sentence whose span holds byte `pos`, if any (binary search).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::lists::*;
    use super::quotes::*;
    use super::sentences::*;
    use super::tokenize::*;
    use super::*;
    use TokenKind::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    fn toks(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn a_party_tag_with_a_dotted_state_is_one_word() {
        let t = toks("Tom Hale (R-S.C.) spoke.");
        assert!(t.contains(&("R-S.C.", Word)), "{t:?}");
        assert_eq!(
            sents("Tom Hale (R-S.C.) spoke. He left."),
            vec!["Tom Hale (R-S.C.) spoke.", "He left."]
        );
        assert!(toks("Sinn Fein-IRA links").contains(&("Fein-IRA", Word)));
    }

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        quotes(text, &segment(text))
            .iter()
            .map(|q| (&text[q.start..q.end], q.closed))
            .collect()
    }

    #[test]
    fn data_files_parse_and_are_sorted() {
        let mut prev = "";
        for line in data_lines(ABBREVIATIONS).skip(1) {
            let (word, rule) = line.split_once('\t').expect("two columns");
            assert!(word.ends_with('.'), "{word} lacks its full stop");
            assert!(parse_rule(rule).is_some(), "bad rule {rule:?}");
            assert!(prev < word, "{word} out of order or repeated");
            prev = word;
        }
        let l = lists();
        assert_eq!(l.abbreviation("Mr"), Some(Rule::Never));
        assert_eq!(l.abbreviation("U.S"), Some(Rule::Starter));
        assert_eq!(l.abbreviation("etc"), Some(Rule::Lower));
        assert!(l.is_starter("The") && !l.is_starter("President"));
    }

    #[test]
    fn titles_and_abbreviations_do_not_end_sentences() {
        let text = "Mr. Smith, Mrs. Jones, Ms. Lee, Dr. Brown, Prof. Green, Gen. Black, Col. \
                    White, Lt. Gray, Sgt. Stone, Gov. Hill, Sen. Reed and Rep. Ford met at St. \
                    Paul's with Smith Jr. and Jones Sr. of Acme Inc. and Beta Corp. and Gamma \
                    Ltd. and Delta Co. before the Yankees vs. Red Sox game at No. 10 on Jan. 5, \
                    Feb. 6, Aug. 7, Sept. 8, Oct. 9, Nov. 10 and Dec. 11 with the U.N., the \
                    U.K. and E.U. envoys.";
        assert_eq!(sents(text), vec![text]);
    }

    #[test]
    fn title_stays_a_word_and_its_full_stop_a_punct() {
        assert_eq!(toks("Gen. Jones"), vec![("Gen", Word), (".", Punct), ("Jones", Word)]);
    }

    #[test]
    fn acronym_before_a_sentence_starter_ends_the_sentence() {
        assert_eq!(
            sents("Talks were held in the U.S. The next day he left."),
            vec!["Talks were held in the U.S.", "The next day he left."]
        );
        assert_eq!(
            sents("He flew to the U.K. But nobody met him."),
            vec!["He flew to the U.K.", "But nobody met him."]
        );
        assert_eq!(
            sents("It was built by Acme Inc. They sold it."),
            vec!["It was built by Acme Inc.", "They sold it."]
        );
        // ... but not before a name or title
        let one = "The U.S. President met U.N. Secretary-General Guterres.";
        assert_eq!(sents(one), vec![one]);
    }

    #[test]
    fn acronym_before_an_opening_quote_ends_the_sentence() {
        assert_eq!(
            sents("He lives in the U.S. \"We are ready,\" he said."),
            vec!["He lives in the U.S.", "\"We are ready,\" he said."]
        );
    }

    #[test]
    fn etc_may_end_a_sentence() {
        assert_eq!(
            sents("They sold guns, tanks, etc. Nobody objected. Boats, etc. were not sold."),
            vec![
                "They sold guns, tanks, etc.",
                "Nobody objected.",
                "Boats, etc. were not sold."
            ]
        );
    }

    #[test]
    fn month_abbreviation_before_a_day_does_not_end() {
        assert_eq!(
            sents("It began in Sept. 2004 and ended in Dec. The talks failed."),
            vec!["It began in Sept. 2004 and ended in Dec.", "The talks failed."]
        );
    }

    #[test]
    fn number_abbreviation() {
        assert_eq!(
            sents("He went to No. 10 and said No. Then he left."),
            vec!["He went to No. 10 and said No.", "Then he left."]
        );
    }

    #[test]
    fn am_pm_end_only_before_a_capital() {
        assert_eq!(
            sents("The vote is at 10 a.m. tomorrow. It ends at 6 p.m. The count follows."),
            vec![
                "The vote is at 10 a.m. tomorrow.",
                "It ends at 6 p.m.",
                "The count follows."
            ]
        );
        assert_eq!(toks("6 p.m.")[1], ("p.m.", Word));
    }

    #[test]
    fn initials_are_words_and_do_not_end_sentences() {
        let text = "George W. Bush met J. K. Rowling and A. B. Smith.";
        assert_eq!(sents(text), vec![text]);
        let t = toks(text);
        assert_eq!(t[1], ("W.", Word));
        assert_eq!(t[4], ("J.", Word));
        assert_eq!(t[5], ("K.", Word));
        assert_eq!(t[8], ("A.", Word));
        // an initial-like letter at the end of a sentence
        assert_eq!(
            sents("They chose plan B. The rest failed."),
            vec!["They chose plan B.", "The rest failed."]
        );
        // "I." is the pronoun, not an initial
        assert_eq!(toks("did I.")[2], (".", Punct));
    }

    #[test]
    fn words_keep_inner_apostrophes_hyphens_and_dots() {
        let t = toks("U.S.-led one-on-one al-Qaeda O'Neill don't can’t AT&T Ph.D. U.S.");
        let words: Vec<&str> = t.iter().map(|x| x.0).collect();
        assert_eq!(
            words,
            vec![
                "U.S.-led",
                "one-on-one",
                "al-Qaeda",
                "O'Neill",
                "don't",
                "can’t",
                "AT&T",
                "Ph.D.",
                "U.S."
            ]
        );
        assert!(t.iter().all(|x| x.1 == Word));
    }

    #[test]
    fn inner_full_stop_joins_names_but_not_run_in_sentences() {
        assert_eq!(
            toks("Zafi.D bbc.co.uk end.The"),
            vec![
                ("Zafi.D", Word),
                ("bbc.co.uk", Word),
                ("end", Word),
                (".", Punct),
                ("The", Word)
            ]
        );
        assert_eq!(sents("It spread.The virus"), vec!["It spread.", "The virus"]);
    }

    #[test]
    fn spaced_ellipsis_does_not_break_before_lower_case() {
        let one = "It was a strange match . . . momentum swings, he said.";
        assert_eq!(sents(one), vec![one]);
        assert_eq!(sents("In the US. . Then"), vec!["In the US. .", "Then"]);
    }

    #[test]
    fn possessives_split() {
        assert_eq!(
            toks("Blair's Blair’s U.S.'s leaders' plan"),
            vec![
                ("Blair", Word),
                ("'s", Word),
                ("Blair", Word),
                ("’s", Word),
                ("U.S.", Word),
                ("'s", Word),
                ("leaders", Word),
                ("'", Punct),
                ("plan", Word)
            ]
        );
    }

    #[test]
    fn numbers_and_symbols() {
        assert_eq!(
            toks("2.5 1,000 15% £3.2bn 10:30 in 1989."),
            vec![
                ("2.5", Number),
                ("1,000", Number),
                ("15", Number),
                ("%", Punct),
                ("£", Punct),
                ("3.2bn", Number),
                ("10:30", Number),
                ("in", Word),
                ("1989", Number),
                (".", Punct)
            ]
        );
    }

    #[test]
    fn dashes_are_punct() {
        assert_eq!(
            toks("truce – still — binding - but"),
            vec![
                ("truce", Word),
                ("–", Punct),
                ("still", Word),
                ("—", Punct),
                ("binding", Word),
                ("-", Punct),
                ("but", Word)
            ]
        );
    }

    #[test]
    fn single_quotes_as_quotation_marks_versus_apostrophes() {
        assert_eq!(
            toks("Blair 'pressing US on climate' it's 'Illusory and remote'"),
            vec![
                ("Blair", Word),
                ("'", Quote),
                ("pressing", Word),
                ("US", Word),
                ("on", Word),
                ("climate", Word),
                ("'", Quote),
                ("it", Word),
                ("'s", Word),
                ("'", Quote),
                ("Illusory", Word),
                ("and", Word),
                ("remote", Word),
                ("'", Quote)
            ]
        );
        // an open single quote makes a trailing s' its close, not a possessive
        let t = toks("He called it 'a matter for the states' and left.");
        assert_eq!(t[9], ("'", Quote));
        assert_eq!(toks("“Yes,” ‘no’ \"ok\"").iter().filter(|t| t.1 == Quote).count(), 6);
    }

    #[test]
    fn final_marks_keep_closing_quotes_and_brackets() {
        assert_eq!(
            sents("\"It is urgent.\" Next came Iraq. (He agreed.) Then \"Why?\" he asked."),
            vec![
                "\"It is urgent.\"",
                "Next came Iraq.",
                "(He agreed.)",
                "Then \"Why?\" he asked."
            ]
        );
        let one = "Putin said \"if common sense prevails,\" he would talk.";
        assert_eq!(sents(one), vec![one]);
        assert_eq!(
            sents("He said: “It is over.” Mr Blair left!"),
            vec!["He said: “It is over.”", "Mr Blair left!"]
        );
    }

    #[test]
    fn question_and_exclamation_before_lower_case_do_not_end() {
        assert_eq!(
            sents("\"Why now?\" asked Blair. \"Enough!\" he shouted. Really?! Yes."),
            vec![
                "\"Why now?\" asked Blair.",
                "\"Enough!\" he shouted.",
                "Really?!",
                "Yes."
            ]
        );
    }

    #[test]
    fn ellipsis() {
        assert_eq!(
            sents("He paused... and went on. It was lifted... \"It gives the wrong signal.\""),
            vec![
                "He paused... and went on.",
                "It was lifted...",
                "\"It gives the wrong signal.\""
            ]
        );
        assert_eq!(toks("so…")[1], ("…", Punct));
    }

    #[test]
    fn headlines_and_paragraphs() {
        let text = "Blair congratulates Bush on win\nTony Blair has said he looks forward. \
                    He spoke.\n\n'Illusory and remote'\n\nPutin told Kyiv. It was late";
        let seg = segment(text);
        let got: Vec<(&str, usize)> = seg
            .sentences
            .iter()
            .map(|s| (&text[s.start..s.end], s.paragraph))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Blair congratulates Bush on win", 0),
                ("Tony Blair has said he looks forward.", 0),
                ("He spoke.", 0),
                ("'Illusory and remote'", 1),
                ("Putin told Kyiv.", 2),
                ("It was late", 2)
            ]
        );
    }

    #[test]
    fn blank_line_with_spaces_and_crlf_is_a_paragraph_break() {
        let text = "First line without stop\r\n  \r\nSecond para.";
        let seg = segment(text);
        assert_eq!(seg.sentences.len(), 2);
        assert_eq!(seg.sentences[1].paragraph, 1);
    }

    #[test]
    fn single_newline_before_lower_case_continues() {
        assert_eq!(
            sents("The minister said that\nthe talks would go on."),
            vec!["The minister said that\nthe talks would go on."]
        );
    }

    #[test]
    fn hard_wrapped_text_keeps_sentences_across_lines() {
        let text = "Leaders of thirty Western nations met with Moldovan President\n\
                    Maia Sandu on Thursday     to discuss potential security\n\
                    guarantees for Kyiv under a future peace deal with Russia, seeking\n\
                    to win U.S. support for their plan. The summit was held in Paris\n\
                    and by video link.";
        assert_eq!(sents(text).len(), 2);
        assert!(sents(text)[0].ends_with("their plan."));
        // a short heading line still stands alone
        let with_heading = format!("Summit in Paris\n{text}");
        assert_eq!(sents(&with_heading)[0], "Summit in Paris");
        assert_eq!(sents(&with_heading).len(), 3);
    }

    #[test]
    fn sentence_spans_and_lookup() {
        let text = "  One two.  Three four.";
        let seg = segment(text);
        assert_eq!(seg.sentences[0].start, 2);
        assert_eq!(seg.sentences[1].end, text.len());
        assert_eq!(seg.sentence_tokens(1).len(), 3);
        assert_eq!(seg.sentence_at(3), Some(0));
        assert_eq!(seg.sentence_at(11), None); // between sentences
        assert_eq!(seg.sentence_at(14), Some(1));
        assert_eq!(seg.sentence_at(100), None);
        assert_eq!(segment("").sentences.len(), 0);
        assert_eq!(segment(" \n\n ").tokens.len(), 0);
    }

    #[test]
    fn quotes_across_sentences_and_nested_single_quotes() {
        let text = "\"It is urgent. We must act now,\" he said. \"He called the plan \
                    'illusory and remote' in private,\" she added.";
        assert_eq!(
            quoted(text),
            vec![
                ("It is urgent. We must act now,", true),
                ("He called the plan 'illusory and remote' in private,", true),
                ("illusory and remote", true)
            ]
        );
        let q = quotes(text, &segment(text));
        assert_eq!((q[0].outer_start, &text[q[0].outer_end - 1..q[0].outer_end]), (0, "\""));
        assert_eq!(&text[q[2].outer_start..q[2].outer_end], "'illusory and remote'");
    }

    #[test]
    fn curly_quotes_pair_by_direction() {
        let text = "He said: “We are ready, ‘truly’ ready.” Then he left.";
        assert_eq!(
            quoted(text),
            vec![("We are ready, ‘truly’ ready.", true), ("truly", true)]
        );
    }

    #[test]
    fn quote_continued_across_paragraphs() {
        let text = "\"We will not give in. The war must end.\n\n\"Nobody wants it more than us,\" \
                    he said.\n\nThe summit ended.";
        let q = quotes(text, &segment(text));
        assert_eq!(
            quoted(text),
            vec![
                ("We will not give in. The war must end.", false),
                ("Nobody wants it more than us,", true)
            ]
        );
        assert_eq!(q[0].outer_end, q[0].end);
    }

    #[test]
    fn reopened_quote_in_one_paragraph_ends_the_first() {
        let text = "Adams said: \"This is a huge signal. \"There are still thousands missing.\"";
        assert_eq!(
            quoted(text),
            vec![
                ("This is a huge signal.", false),
                ("There are still thousands missing.", true)
            ]
        );
    }

    #[test]
    fn unpaired_single_quotes_are_not_quotes() {
        // an apostrophe-like mark with no partner: nothing quoted
        assert!(quoted("The leaders' talks and 'em all went on.").is_empty());
        // a single-quoted headline and a possessive in one paragraph
        assert_eq!(
            quoted("Blair 'pressing US on climate' as leaders' talks open"),
            vec![("pressing US on climate", true)]
        );
    }

    #[test]
    fn single_quoted_passage_over_two_sentences_pairs_within_its_paragraph() {
        let text = "'It is urgent. We must act,' he said.\n\nHe left. 'Go', it's 'done.";
        assert_eq!(quoted(text), vec![("It is urgent. We must act,", true), ("Go", true)]);
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        assert_eq!(quoted("he said.” Then “Yes,” she said."), vec![("Yes,", true)]);
    }

    proptest::proptest! {
        #[test]
        fn segmentation_is_total_and_well_formed(text in "(?s)[a-zA-Z0-9 .,!?'\"“”‘’\n–…é-]{0,120}") {
            let seg = segment(&text);
            let mut prev_end = 0;
            for t in &seg.tokens {
                proptest::prop_assert!(t.start >= prev_end && t.start < t.end && t.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                prev_end = t.end;
            }
            let mut next = 0;
            for s in &seg.sentences {
                proptest::prop_assert_eq!(s.first_token, next);
                proptest::prop_assert!(s.end_token > s.first_token);
                proptest::prop_assert_eq!(s.start, seg.tokens[s.first_token].start);
                proptest::prop_assert_eq!(s.end, seg.tokens[s.end_token - 1].end);
                next = s.end_token;
            }
            proptest::prop_assert_eq!(next, seg.tokens.len());
            for q in quotes(&text, &seg) {
                proptest::prop_assert!(q.outer_start < q.start && q.start < q.end && q.end <= q.outer_end);
                proptest::prop_assert!(q.outer_end <= text.len());
                proptest::prop_assert!(q.closed || q.end == q.outer_end);
            }
        }
    }
}
