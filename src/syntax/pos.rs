//! Penn Treebank part-of-speech tags, with the punctuation classes spaCy's English
//! models use split out so that the shallow parser can tell a comma from a full stop.

/// Penn Treebank part-of-speech tag.
#[allow(missing_docs)] // the variants are the standard Penn Treebank tag names
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Pos {
    CC,
    CD,
    DT,
    EX,
    FW,
    IN,
    JJ,
    JJR,
    JJS,
    LS,
    MD,
    NN,
    NNS,
    NNP,
    NNPS,
    PDT,
    POS,
    PRP,
    /// `PRP$`
    PRPS,
    RB,
    RBR,
    RBS,
    RP,
    SYM,
    TO,
    UH,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    WDT,
    WP,
    /// `WP$`
    WPS,
    WRB,
    /// `,`
    Comma,
    /// Sentence-final `.`, `!`, `?`.
    Period,
    /// `:`, `;`, dashes, `...`.
    Colon,
    /// `(`, `[`, `{` (`-LRB-`).
    LRB,
    /// `)`, `]`, `}` (`-RRB-`).
    RRB,
    /// A hyphen between words (`HYPH`).
    Hyph,
    /// A currency sign (`$`).
    Dollar,
    /// A quotation mark (` `` ` or `''`).
    Quote,
    /// Any other punctuation or symbol (`NFP`, `_SP`, ...).
    Punct,
}

impl Pos {
    /// Every tag, in discriminant order (the model's class order).
    pub const ALL: [Pos; 45] = [
        Pos::CC,
        Pos::CD,
        Pos::DT,
        Pos::EX,
        Pos::FW,
        Pos::IN,
        Pos::JJ,
        Pos::JJR,
        Pos::JJS,
        Pos::LS,
        Pos::MD,
        Pos::NN,
        Pos::NNS,
        Pos::NNP,
        Pos::NNPS,
        Pos::PDT,
        Pos::POS,
        Pos::PRP,
        Pos::PRPS,
        Pos::RB,
        Pos::RBR,
        Pos::RBS,
        Pos::RP,
        Pos::SYM,
        Pos::TO,
        Pos::UH,
        Pos::VB,
        Pos::VBD,
        Pos::VBG,
        Pos::VBN,
        Pos::VBP,
        Pos::VBZ,
        Pos::WDT,
        Pos::WP,
        Pos::WPS,
        Pos::WRB,
        Pos::Comma,
        Pos::Period,
        Pos::Colon,
        Pos::LRB,
        Pos::RRB,
        Pos::Hyph,
        Pos::Dollar,
        Pos::Quote,
        Pos::Punct,
    ];

    /// The number of tags.
    pub const COUNT: usize = Pos::ALL.len();

    /// The tag with this index in [`Pos::ALL`].
    pub fn from_index(i: usize) -> Option<Pos> {
        Pos::ALL.get(i).copied()
    }

    /// Its index in [`Pos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag for a Penn Treebank / spaCy `tag_` string; unknown strings are `None`.
    /// spaCy's `ADD` (an address) is read as `NN`, `AFX` as `JJ`, `XX` as `FW`.
    pub fn from_ptb(s: &str) -> Option<Pos> {
        Some(match s {
            "," => Pos::Comma,
            "." => Pos::Period,
            ":" => Pos::Colon,
            "-LRB-" => Pos::LRB,
            "-RRB-" => Pos::RRB,
            "HYPH" => Pos::Hyph,
            "$" => Pos::Dollar,
            "``" | "''" => Pos::Quote,
            "NFP" | "_SP" => Pos::Punct,
            "ADD" => Pos::NN,
            "AFX" => Pos::JJ,
            "XX" => Pos::FW,
            "PRP$" => Pos::PRPS,
            "WP$" => Pos::WPS,
            _ => return Pos::ALL.iter().copied().find(|p| p.name() == s),
        })
    }

    /// The Penn Treebank name ("NN", "PRP$", ","; `Quote` is "``" and `Punct` "NFP").
    pub fn name(self) -> &'static str {
        match self {
            Pos::Comma => ",",
            Pos::Period => ".",
            Pos::Colon => ":",
            Pos::LRB => "-LRB-",
            Pos::RRB => "-RRB-",
            Pos::Hyph => "HYPH",
            Pos::Dollar => "$",
            Pos::Quote => "``",
            Pos::Punct => "NFP",
            Pos::PRPS => "PRP$",
            Pos::WPS => "WP$",
            p => POS_NAMES[p as usize],
        }
    }

    /// A common or proper noun, singular or plural.
    pub fn is_noun(self) -> bool {
        matches!(self, Pos::NN | Pos::NNS | Pos::NNP | Pos::NNPS)
    }

    /// A proper noun (`NNP`, `NNPS`).
    pub fn is_proper(self) -> bool {
        matches!(self, Pos::NNP | Pos::NNPS)
    }

    /// Any verb form (`VB*`), not modals.
    pub fn is_verb(self) -> bool {
        matches!(self, Pos::VB | Pos::VBD | Pos::VBG | Pos::VBN | Pos::VBP | Pos::VBZ)
    }

    /// A finite verb form: past (`VBD`) or present (`VBP`, `VBZ`).
    pub fn is_finite(self) -> bool {
        matches!(self, Pos::VBD | Pos::VBP | Pos::VBZ)
    }

    /// An adjective, comparative or superlative included.
    pub fn is_adjective(self) -> bool {
        matches!(self, Pos::JJ | Pos::JJR | Pos::JJS)
    }

    /// An adverb, comparative or superlative included.
    pub fn is_adverb(self) -> bool {
        matches!(self, Pos::RB | Pos::RBR | Pos::RBS)
    }

    /// A personal or possessive pronoun, or a wh-pronoun.
    pub fn is_pronoun(self) -> bool {
        matches!(self, Pos::PRP | Pos::PRPS | Pos::WP | Pos::WPS)
    }

    /// A wh-word (`WDT`, `WP`, `WP$`, `WRB`).
    pub fn is_wh(self) -> bool {
        matches!(self, Pos::WDT | Pos::WP | Pos::WPS | Pos::WRB)
    }

    /// Punctuation of any kind, quotes included.
    pub fn is_punct(self) -> bool {
        matches!(
            self,
            Pos::Comma | Pos::Period | Pos::Colon | Pos::LRB | Pos::RRB | Pos::Hyph | Pos::Quote | Pos::Punct
        )
    }
}

const POS_NAMES: [&str; 36] = [
    "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
    "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
    "WP$", "WRB",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for p in Pos::ALL {
            assert_eq!(Pos::from_ptb(p.name()), Some(p), "{p:?}");
            assert_eq!(Pos::from_index(p.index()), Some(p));
        }
        assert_eq!(Pos::from_ptb("''"), Some(Pos::Quote));
        assert_eq!(Pos::from_ptb("nonsense"), None);
    }
}
