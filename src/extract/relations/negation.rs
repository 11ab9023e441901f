//! Negation and modality: what cancels a cue and what makes it expected.

use super::*;

impl<'d, 'a> RelationFinder<'d, 'a> {
    /// Whether a negation or a hypothetical word stands within the words before `at`
    /// in its clause ("did not meet", "the lack of direct peace talks", "any talks"),
    /// or the cue is what someone was kept from doing ("barred X from joining Y").
    pub(super) fn negated(&self, at: usize, lo: usize) -> bool {
        let mut i = at;
        let mut n = 0;
        while i > lo && n < 7 {
            i -= 1;
            n += 1;
            let t = self.doc.tok(i);
            if matches!(t, "," | ";" | ":" | "(" | ")") || self.doc.seg.tokens[i].kind == TokenKind::Quote {
                break;
            }
            let w = self.w(i);
            if self.doc.lex.is(&w, WordClass::NEGATION) || w.ends_with("n't") {
                return true;
            }
            // "barred X from ever joining", "prevented them from meeting"
            if words::is(&w, RelationWord::PREVENTION) && (i + 1..at).any(|k| self.w(k) == "from") {
                return true;
            }
        }
        false
    }

    /// Whether the measure a noun cue at `at` names is lifted or eased ("lifted
    /// sanctions on X", "easing the tariffs on X"): a verb of ending stands within the
    /// four words before it, in its clause.
    pub(super) fn lifted(&self, at: usize, lo: usize) -> bool {
        self.word_before(at, lo, RelationWord::LIFTING)
    }

    /// Whether backing named at `at` is stopped or withheld by a word shortly before it
    /// ("paused weapons deliveries to X", "froze aid to X").
    pub(super) fn halted(&self, at: usize, lo: usize) -> bool {
        self.word_before(at, lo, RelationWord::HALTING)
    }

    /// Whether a word of `class` stands among the four words before `at`.
    fn word_before(&self, at: usize, lo: usize, class: u128) -> bool {
        (at.saturating_sub(4).max(lo)..at)
            .rev()
            .take_while(|&i| self.doc.is_word(i))
            .any(|i| words::is(&self.w(i), class))
    }

    /// Expected when a future word stands shortly before the cue `[at, end)` or in it.
    pub(super) fn modality(&self, at: usize, end: usize, lo: usize) -> Modality {
        let start = at.saturating_sub(5).max(lo);
        // the cue's own words count too: "will meet", "is due to meet" listed as one cue
        if (start..end.max(at + 1)).any(|i| self.doc.lex.is(&self.w(i), WordClass::FUTURE)) {
            Modality::Expected
        } else {
            Modality::Asserted
        }
    }
}
