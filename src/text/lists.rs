//! Data: abbreviations and sentence starters (data/text/).

use std::sync::OnceLock;

/// When the full stop of an abbreviation ends a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    /// Never ("Mr.", "vs.").
    Never,
    /// Unless a number follows; otherwise `Lower` ("No. 10").
    Number,
    /// Unless a number follows; otherwise `Starter` ("Jan. 5").
    Month,
    /// Only before a sentence starter or an opening quote ("U.S.", "Inc.").
    Starter,
    /// Unless a lower-case word follows ("etc.", "a.m.", and any ordinary word).
    Lower,
    /// A single-letter initial: as `Starter`, but never before another initial.
    Initial,
}

pub(super) struct Lists {
    /// Abbreviations without their final full stop, sorted.
    pub(super) abbreviations: Vec<(&'static str, Rule)>,
    /// Sentence starters, sorted.
    pub(super) starters: Vec<&'static str>,
}

pub(super) const ABBREVIATIONS: &str = include_str!("../../data/text/abbreviations.tsv");
pub(super) const STARTERS: &str = include_str!("../../data/text/sentence-starters.txt");

/// Data lines of an embedded file: no comments, no blanks.
pub(super) fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

pub(super) fn parse_rule(s: &str) -> Option<Rule> {
    Some(match s {
        "never" => Rule::Never,
        "number" => Rule::Number,
        "month" => Rule::Month,
        "starter" => Rule::Starter,
        "lower" => Rule::Lower,
        _ => return None,
    })
}

pub(super) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // Malformed lines are skipped here; a unit test keeps the file clean.
        let mut abbreviations: Vec<(&'static str, Rule)> = data_lines(ABBREVIATIONS)
            .skip(1) // header
            .filter_map(|l| {
                let (word, rule) = l.split_once('\t')?;
                Some((word.strip_suffix('.')?, parse_rule(rule.trim())?))
            })
            .collect();
        abbreviations.sort_unstable_by(|a, b| a.0.cmp(b.0));
        let mut starters: Vec<&'static str> = data_lines(STARTERS).collect();
        starters.sort_unstable();
        Lists {
            abbreviations,
            starters,
        }
    })
}

impl Lists {
    pub(super) fn abbreviation(&self, word: &str) -> Option<Rule> {
        self.abbreviations
            .binary_search_by(|(w, _)| (*w).cmp(word))
            .ok()
            .map(|i| self.abbreviations[i].1)
    }

    pub(super) fn is_starter(&self, word: &str) -> bool {
        self.starters.binary_search(&word).is_ok()
    }
}
