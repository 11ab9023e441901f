//! Function words the relation rules test for, by class: `data/lexicon/relation-words.tsv`.
//!
//! Keeping them as data keeps the rules readable ("a relative pronoun", "an office
//! verb") and lets a word list grow without touching code.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("../../../data/lexicon/relation-words.tsv");

/// Classes of `relation-words.tsv` (bit flags; a word may have several).
pub(super) struct RelationWord;

impl RelationWord {
    /// Articles that may open a noun phrase.
    pub const ARTICLE: u128 = 1 << 0;
    /// Determiners and quantities that open a noun phrase before its head.
    pub const DETERMINER: u128 = 1 << 1;
    /// Words that end a noun phrase: prepositions, conjunctions, auxiliaries, 'said'.
    pub const BOUNDARY: u128 = 1 << 2;
    /// Words that may stand between a subject and its verb ('he has also said').
    pub const AUX: u128 = 1 << 3;
    /// Relative pronouns that open a relative clause.
    pub const RELATIVE: u128 = 1 << 4;
    /// Words that open a comma-enclosed aside right after an actor.
    pub const ASIDE: u128 = 1 << 5;
    /// Words after which a mention is no grammatical subject.
    pub const OBJECT_MARKER: u128 = 1 << 6;
    /// Pronouns that never stand for a person speaker.
    pub const NON_PERSON_PRONOUN: u128 = 1 << 7;
    /// Pronouns that stand for a named person.
    pub const PERSON_PRONOUN: u128 = 1 << 8;
    /// Pronouns of a man.
    pub const MASCULINE_PRONOUN: u128 = 1 << 9;
    /// Pronouns of a woman.
    pub const FEMININE_PRONOUN: u128 = 1 << 10;
    /// Honorifics of a woman.
    pub const FEMALE_HONORIFIC: u128 = 1 << 11;
    /// Honorifics of a man.
    pub const MALE_HONORIFIC: u128 = 1 << 12;
    /// Nouns after a country that make it describe a body, not speak ('a French court ruled').
    pub const BODY_NOUN: u128 = 1 << 13;
    /// Words that start a new clause between a subject and its verb.
    pub const CLAUSE_LINK: u128 = 1 << 14;
    /// Auxiliaries of the passive voice.
    pub const PASSIVE_AUX: u128 = 1 << 15;
    /// Adverbs that may stand between a passive auxiliary and its participle.
    pub const PASSIVE_SKIP: u128 = 1 << 16;
    /// Words that end the search for an owner after a cue ('any bid from X').
    pub const OWNER_STOP: u128 = 1 << 17;
    /// Prepositions that introduce the owner of what is opposed or backed.
    pub const OWNER_MARKER: u128 = 1 << 18;
    /// Verbs of a reported view after 'is said to' ('is said to believe').
    pub const BELIEF_VERB: u128 = 1 << 19;
    /// Auxiliaries of 'as did X': more speakers.
    pub const ECHO_VERB: u128 = 1 << 20;
    /// Prepositions that introduce the audience of a speech noun.
    pub const AUDIENCE_MARKER: u128 = 1 << 21;
    /// Nouns of a statement made to an audience ('a speech to the Commons').
    pub const SPEECH_NOUN: u128 = 1 << 22;
    /// Speech verbs whose object is the audience, never the speaker.
    pub const TELLING_VERB: u128 = 1 << 23;
    /// Words that list the members of a group.
    pub const LISTING: u128 = 1 << 24;
    /// Words that say a tie was cut, so a title no longer binds.
    pub const TIE_CUT: u128 = 1 << 25;
    /// Words that open no apposition after a comma.
    pub const APPOSITION_STOP: u128 = 1 << 26;
    /// Words before an office that make it someone else's ('his term as US president, X').
    pub const SOMEONE_ELSES: u128 = 1 << 27;
    /// Verbs by which a person takes an office ('became chairman of').
    pub const OFFICE_VERB: u128 = 1 << 28;
    /// Words between an office verb and the office.
    pub const OFFICE_LEAD: u128 = 1 << 29;
    /// Prepositions joining an office to its body ('chairman of', 'director at').
    pub const OFFICE_LINK: u128 = 1 << 30;
    /// Nouns of holding a position in a body ('presidency of the G8').
    pub const TENURE_NOUN: u128 = 1 << 31;
    /// Verbs of taking or holding a tenure ('will assume the presidency of').
    pub const HOLD_VERB: u128 = 1 << 32;
    /// Possessive pronouns of a person.
    pub const POSSESSIVE_PRONOUN: u128 = 1 << 33;
    /// Possessive pronouns of a body or group ('their support for').
    pub const COLLECTIVE_POSSESSIVE: u128 = 1 << 34;
    /// Prepositions after a person that name their body ('X of the Countryside Alliance').
    pub const PERSON_OF_LINK: u128 = 1 << 35;
    /// Conjunctions that join a list.
    pub const COORDINATOR: u128 = 1 << 36;

    /// Verbs that keep someone from what follows "from" ("barred X from joining Y").
    pub const PREVENTION: u128 = 1 << 37;

    /// Nouns through which a body or state acts ("US officials", "the Biden administration").
    pub const VOICE_NOUN: u128 = 1 << 38;

    /// Prepositions that end a noun cue which may stand after a gap ("a meeting in X with").
    pub const GAPPED_CUE_END: u128 = 1 << 39;

    /// Prepositions of place or time that open the gap of a gapped noun cue.
    pub const GAP_OPENER: u128 = 1 << 40;

    /// Nouns of a meeting held by those who take part ("talks", "summit").
    pub const MEETING_NOUN: u128 = 1 << 41;

    /// Verbs by which participants hold a meeting ("held", "began", "chaired").
    pub const MEETING_VERB: u128 = 1 << 42;

    /// Prepositions by which a noun cue's phrase is an adjunct of a verb whose subject
    /// does what the noun names ("after a meeting with X", "in talks with X").
    pub const GOVERNED_CUE_PREPOSITION: u128 = 1 << 43;

    /// Verbs of backing that, with a person as their object, mean receiving them
    /// ("welcomed X to the palace").
    pub const HOSTING_VERB: u128 = 1 << 44;

    /// Verbs of intending or deciding: a meeting governed by them is not yet held
    /// ("trying to arrange a meeting", "decide whether to begin talks").
    pub const INTENTION_VERB: u128 = 1 << 45;

    /// Verb cues that are as often nouns or adjectives ("strike", "back", "help",
    /// "fighting"): they act only where the layer tags them as a verb.
    pub const NOUN_VERB: u128 = 1 << 46;

    /// Verbs that end or ease a measure, so the measure is no hostility ("lifted
    /// sanctions on X").
    pub const LIFTING: u128 = 1 << 47;

    /// Verbs of a hostility both sides do to each other ("traded accusations",
    /// "exchanged fire").
    pub const MUTUAL_VERB: u128 = 1 << 48;

    /// Verbs of a visit that are also verbs of asking ("will call on the president"
    /// against "called on Israel to halt"): a visit only where no "to" or "for" of a
    /// demand follows in the clause.
    pub const CALL_VERB: u128 = 1 << 49;

    /// Words that open what a demand asks for ("to", "for").
    pub const DEMAND_MARKER: u128 = 1 << 50;

    /// Opposition and backing said in words ("accused", "condemned", "praised"): the
    /// source also made a statement about the target.
    pub const VOICED_STANCE: u128 = 1 << 51;
    /// Nouns of the same office in another state ('his Congolese counterpart X').
    pub const COUNTERPART: u128 = 1 << 52;
    /// Verbs of talking something over with someone ('discussed', 'reviewed'): with a
    /// fronted 'With X,' they are a meeting with X.
    pub const DISCUSSION_VERB: u128 = 1 << 53;
    /// Verbs that stop or withhold what is given, so what follows is no backing
    /// ('paused weapons deliveries to X', 'froze aid to X').
    pub const HALTING: u128 = 1 << 54;

    /// Prepositions by which a phrase says what the object of a statement is about
    /// ("attacks on X", "the agreement between A and B", "sanctions against X").
    pub const ABOUT_PREPOSITION: u128 = 1 << 55;

    /// Head words of a state's own institutions ("Syria's Interior Ministry",
    /// "Bangladesh's International Crimes Tribunal"): a state's possessive owns them.
    pub const STATE_INSTITUTION: u128 = 1 << 56;

    /// Verbs of urging someone to do something ("urged", "pressed"; "called" with "on").
    pub const URGING_VERB: u128 = 1 << 57;

    /// Verbs of ending or taking back what one does ("halt", "retract", "withdraw"):
    /// urging an actor to do them criticises what it does.
    pub const STOP_VERB: u128 = 1 << 58;

    /// Plural nouns of persons that "the two ..." or "both ..." name ("the two leaders").
    pub const PAIR_OF_PERSONS: u128 = 1 << 59;

    /// Plural nouns of states that "the two ..." or "both ..." name ("both sides").
    pub const PAIR_OF_STATES: u128 = 1 << 60;

    /// Nouns of a journey made by someone ("a visit by X to Y").
    pub const VISIT_NOUN: u128 = 1 << 61;

    /// Nouns that, after "his" or "her", stand for the person's state ("his country").
    pub const OWN_STATE_NOUN: u128 = 1 << 62;

    /// Verbs of joining: a body is joined as a member, a person only as a companion
    /// ("joined NATO", not "joined X for talks").
    pub const JOIN_VERB: u128 = 1 << 63;

    /// Verbs of fighting that, with no object, say the coordinated subjects fight
    /// each other ("A and B have clashed", "A and B, which have been fighting").
    pub const CONFLICT_VERB: u128 = 1 << 64;

    /// Words after a conflict verb that make its subjects fight side by side, not each
    /// other ("fought together", "fought alongside X", "fought against Y").
    pub const ALLIED_MARKER: u128 = 1 << 65;

    fn parse(name: &str) -> Option<u128> {
        Some(match name {
            "article" => Self::ARTICLE,
            "determiner" => Self::DETERMINER,
            "boundary" => Self::BOUNDARY,
            "aux" => Self::AUX,
            "relative" => Self::RELATIVE,
            "aside" => Self::ASIDE,
            "object-marker" => Self::OBJECT_MARKER,
            "non-person-pronoun" => Self::NON_PERSON_PRONOUN,
            "person-pronoun" => Self::PERSON_PRONOUN,
            "masculine-pronoun" => Self::MASCULINE_PRONOUN,
            "feminine-pronoun" => Self::FEMININE_PRONOUN,
            "female-honorific" => Self::FEMALE_HONORIFIC,
            "male-honorific" => Self::MALE_HONORIFIC,
            "body-noun" => Self::BODY_NOUN,
            "clause-link" => Self::CLAUSE_LINK,
            "passive-aux" => Self::PASSIVE_AUX,
            "passive-skip" => Self::PASSIVE_SKIP,
            "owner-stop" => Self::OWNER_STOP,
            "owner-marker" => Self::OWNER_MARKER,
            "belief-verb" => Self::BELIEF_VERB,
            "echo-verb" => Self::ECHO_VERB,
            "audience-marker" => Self::AUDIENCE_MARKER,
            "speech-noun" => Self::SPEECH_NOUN,
            "telling-verb" => Self::TELLING_VERB,
            "listing" => Self::LISTING,
            "tie-cut" => Self::TIE_CUT,
            "apposition-stop" => Self::APPOSITION_STOP,
            "someone-elses" => Self::SOMEONE_ELSES,
            "office-verb" => Self::OFFICE_VERB,
            "office-lead" => Self::OFFICE_LEAD,
            "office-link" => Self::OFFICE_LINK,
            "tenure-noun" => Self::TENURE_NOUN,
            "hold-verb" => Self::HOLD_VERB,
            "possessive-pronoun" => Self::POSSESSIVE_PRONOUN,
            "collective-possessive" => Self::COLLECTIVE_POSSESSIVE,
            "person-of-link" => Self::PERSON_OF_LINK,
            "coordinator" => Self::COORDINATOR,
            "prevention" => Self::PREVENTION,
            "voice-noun" => Self::VOICE_NOUN,
            "gapped-cue-end" => Self::GAPPED_CUE_END,
            "gap-opener" => Self::GAP_OPENER,
            "meeting-noun" => Self::MEETING_NOUN,
            "meeting-verb" => Self::MEETING_VERB,
            "governed-cue-preposition" => Self::GOVERNED_CUE_PREPOSITION,
            "hosting-verb" => Self::HOSTING_VERB,
            "intention-verb" => Self::INTENTION_VERB,
            "noun-verb" => Self::NOUN_VERB,
            "lifting" => Self::LIFTING,
            "mutual-verb" => Self::MUTUAL_VERB,
            "call-verb" => Self::CALL_VERB,
            "demand-marker" => Self::DEMAND_MARKER,
            "voiced-stance" => Self::VOICED_STANCE,
            "counterpart" => Self::COUNTERPART,
            "discussion-verb" => Self::DISCUSSION_VERB,
            "halting" => Self::HALTING,
            "about-preposition" => Self::ABOUT_PREPOSITION,
            "state-institution" => Self::STATE_INSTITUTION,
            "urging-verb" => Self::URGING_VERB,
            "stop-verb" => Self::STOP_VERB,
            "pair-of-persons" => Self::PAIR_OF_PERSONS,
            "pair-of-states" => Self::PAIR_OF_STATES,
            "visit-noun" => Self::VISIT_NOUN,
            "own-state-noun" => Self::OWN_STATE_NOUN,
            "join-verb" => Self::JOIN_VERB,
            "conflict-verb" => Self::CONFLICT_VERB,
            "allied-marker" => Self::ALLIED_MARKER,
            _ => return None,
        })
    }
}

fn table() -> &'static HashMap<&'static str, u128> {
    static TABLE: OnceLock<HashMap<&'static str, u128>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: HashMap<&'static str, u128> = HashMap::default();
        for line in DATA.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let (word, class) = line.split_once('\t').expect("relation-words.tsv: word<TAB>class");
            let bit = RelationWord::parse(class).unwrap_or_else(|| panic!("relation-words.tsv: unknown class {class}"));
            *t.entry(word).or_default() |= bit;
        }
        t
    })
}

/// Whether lower-case word `w` belongs to `class` (a `RelationWord` constant).
pub(super) fn is(w: &str, class: u128) -> bool {
    table().get(w).is_some_and(|c| c & class != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_data_parses_and_classes_are_distinct() {
        assert!(table().len() > 100);
        assert!(is("which", RelationWord::RELATIVE) && is("which", RelationWord::CLAUSE_LINK));
        assert!(!is("which", RelationWord::ARTICLE));
        assert!(is("\u{2019}s", RelationWord::OBJECT_MARKER));
    }
}
