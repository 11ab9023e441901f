//! The syntactic layer on sentences written for these tests: what a rule built on it
//! relies on (the subject and object of a verb, its voice, negation and tense, the
//! clause of reported speech, how far a coordination reaches, which noun heads a
//! phrase).

use newsgraph::syntax::{analyse, ClauseKind, SentenceSyntax, Tense};

/// The syntax of one sentence and its words.
fn parse(text: &str) -> (SentenceSyntax, Vec<String>) {
    let seg = newsgraph::text::segment(text);
    assert_eq!(seg.sentences.len(), 1, "one sentence: {text}");
    let toks = seg.sentence_tokens(0);
    let words = toks.iter().map(|t| t.text(text).to_string()).collect();
    (analyse(text, toks), words)
}

/// The words of chunk `c`.
fn chunk(s: &SentenceSyntax, w: &[String], c: usize) -> String {
    w[s.chunks[c].start..s.chunks[c].end].join(" ")
}

/// The index of the verb group whose main verb is `verb`.
fn verb(s: &SentenceSyntax, w: &[String], verb: &str) -> usize {
    s.verbs
        .iter()
        .position(|v| w[v.head] == verb)
        .unwrap_or_else(|| panic!("no verb group headed by {verb:?} in {w:?}"))
}

fn subject(s: &SentenceSyntax, w: &[String], v: &str) -> Option<String> {
    s.verbs[verb(s, w, v)].subject.map(|c| chunk(s, w, c))
}

fn object(s: &SentenceSyntax, w: &[String], v: &str) -> Option<String> {
    s.verbs[verb(s, w, v)].object.map(|c| chunk(s, w, c))
}

#[test]
fn subject_and_object_of_a_verb() {
    let (s, w) = parse("The envoy met the president on Monday.");
    assert_eq!(subject(&s, &w, "met").as_deref(), Some("The envoy"));
    assert_eq!(object(&s, &w, "met").as_deref(), Some("the president"));
    assert_eq!(s.verbs[verb(&s, &w, "met")].tense, Tense::Past);
}

#[test]
fn passive_voice_and_its_agent() {
    let (s, w) = parse("Tom Smith was accused by the minister of lying.");
    let v = &s.verbs[verb(&s, &w, "accused")];
    assert!(v.passive);
    assert_eq!(subject(&s, &w, "accused").as_deref(), Some("Tom Smith"));
    assert_eq!(v.agent.map(|c| chunk(&s, &w, c)).as_deref(), Some("the minister"));
}

#[test]
fn a_progressive_is_active() {
    let (s, w) = parse("The president's special envoy is meeting Ivan Petrov in Moscow.");
    let v = &s.verbs[verb(&s, &w, "meeting")];
    assert!(!v.passive);
    assert_eq!(w[s.chunks[v.subject.unwrap()].head], "envoy");
    assert_eq!(object(&s, &w, "meeting").as_deref(), Some("Ivan Petrov"));
}

#[test]
fn negation_and_modality() {
    let (s, w) = parse("The two leaders did not meet in Vienna.");
    assert!(s.verbs[verb(&s, &w, "meet")].negated);
    let (s, w) = parse("The minister could meet the envoy next week.");
    let v = &s.verbs[verb(&s, &w, "meet")];
    assert!(v.modal && !v.negated);
    let (s, w) = parse("The minister will meet the envoy next week.");
    assert_eq!(s.verbs[verb(&s, &w, "meet")].tense, Tense::Future);
}

#[test]
fn a_trailing_speaker_frames_what_was_said() {
    let (s, w) = parse("Talks between Alphania and Betania will resume next week, Ivan Petrov said.");
    let said = &s.verbs[verb(&s, &w, "said")];
    assert_eq!(subject(&s, &w, "said").as_deref(), Some("Ivan Petrov"));
    assert_eq!(s.clauses[said.clause].kind, ClauseKind::Main);
    let resume = &s.verbs[verb(&s, &w, "resume")];
    assert_eq!(s.clauses[resume.clause].kind, ClauseKind::Reported);
    assert_eq!(subject(&s, &w, "resume").as_deref(), Some("Talks"));
    // the speaker is coordinated with neither country
    let petrov = s.chunks.iter().position(|c| w[c.head] == "Petrov").unwrap();
    assert_eq!(s.coordinated_with(petrov), vec![petrov]);
    let alphania = s.chunks.iter().position(|c| w[c.head] == "Alphania").unwrap();
    assert_eq!(s.coordinated_with(alphania).len(), 2);
}

#[test]
fn a_reporting_verb_opens_a_reported_clause() {
    let (s, w) = parse("The minister said that the envoy would meet Ivan Petrov.");
    let meet = &s.verbs[verb(&s, &w, "meet")];
    assert_eq!(s.clauses[meet.clause].kind, ClauseKind::Reported);
    assert_eq!(subject(&s, &w, "meet").as_deref(), Some("the envoy"));
}

#[test]
fn a_relative_clause_hangs_on_its_noun() {
    let (s, w) = parse("The alliance, which does not include Alphania, met in Vienna.");
    let include = &s.verbs[verb(&s, &w, "include")];
    assert_eq!(s.clauses[include.clause].kind, ClauseKind::Relative);
    assert!(include.negated);
    assert_eq!(subject(&s, &w, "include").as_deref(), Some("The alliance"));
    assert_eq!(subject(&s, &w, "met").as_deref(), Some("The alliance"));
}

#[test]
fn coordinated_adjectives_stay_in_one_phrase_and_names_coordinate() {
    let (s, w) = parse("The envoy met French, British and German diplomats.");
    assert_eq!(
        object(&s, &w, "met").as_deref(),
        Some("French , British and German diplomats")
    );
    let (s, w) = parse("The envoy met Alphania, Betania and Gammaland on Monday.");
    let first = s.verbs[verb(&s, &w, "met")].object.unwrap();
    let names: Vec<String> = s
        .coordinated_with(first)
        .into_iter()
        .map(|c| chunk(&s, &w, c))
        .collect();
    assert_eq!(names, ["Alphania", "Betania", "Gammaland"]);
}

#[test]
fn a_noun_modifier_does_not_head_its_phrase() {
    let (s, w) = parse("The Ruritania peace talks with Ivan Petrov failed.");
    let ruritania = w.iter().position(|x| x == "Ruritania").unwrap();
    assert!(s.is_modifier(ruritania));
    assert_eq!(w[s.chunks[s.chunk_at(ruritania).unwrap()].head], "talks");
    assert_eq!(subject(&s, &w, "failed").as_deref(), Some("The Ruritania peace talks"));
}

#[test]
fn coordinated_verbs_share_their_subject() {
    let (s, w) = parse("The envoy spoke by phone with Ivan Petrov and praised the deal.");
    assert_eq!(subject(&s, &w, "praised").as_deref(), Some("The envoy"));
    let spoke = &s.verbs[verb(&s, &w, "spoke")];
    let with: Vec<String> = spoke
        .prep_objects
        .iter()
        .map(|&(p, c)| format!("{} {}", w[p], chunk(&s, &w, c)))
        .collect();
    assert!(with.contains(&"with Ivan Petrov".to_string()), "{with:?}");
}

#[test]
fn kept_from_doing_has_no_subject_of_its_own() {
    let (s, w) = parse("The summit barred Alphania from ever joining the alliance.");
    assert_eq!(subject(&s, &w, "joining"), None);
    assert_eq!(object(&s, &w, "barred").as_deref(), Some("Alphania"));
}
