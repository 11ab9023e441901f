//! The syntactic layer on sentences written for it (invented names): what a rule in
//! the extractor relies on when it asks for a subject, an object, a clause or a
//! coordination.

use newsgraph::syntax::{self, ClauseKind, SentenceSyntax, Tense};
use newsgraph::text;

struct Parsed {
    text: String,
    words: Vec<String>,
    s: SentenceSyntax,
}

fn parse(sentence: &str) -> Parsed {
    let text = sentence.to_string();
    let seg = text::segment(&text);
    assert_eq!(seg.sentences.len(), 1, "one sentence: {sentence}");
    let toks = seg.sentence_tokens(0);
    let s = syntax::analyse(&text, toks);
    let words = toks.iter().map(|t| t.text(&text).to_string()).collect();
    Parsed { text, words, s }
}

impl Parsed {
    fn at(&self, word: &str) -> usize {
        self.words
            .iter()
            .position(|w| w == word)
            .unwrap_or_else(|| panic!("no {word} in {}", self.text))
    }
    /// The verb group whose head is `word`.
    fn verb(&self, word: &str) -> &syntax::VerbGroup {
        let t = self.at(word);
        self.s
            .verbs
            .iter()
            .find(|v| v.head == t)
            .unwrap_or_else(|| panic!("{word} heads no verb group: {:?}", self.s))
    }
    fn head(&self, chunk: Option<usize>) -> &str {
        &self.words[self.s.chunks[chunk.expect("a chunk")].head]
    }
    fn chunk_of(&self, word: &str) -> usize {
        self.s
            .chunk_at(self.at(word))
            .unwrap_or_else(|| panic!("{word} is in no chunk"))
    }
}

#[test]
fn subject_and_object() {
    let p = parse("The envoy met the president.");
    let v = p.verb("met");
    assert_eq!(p.head(v.subject), "envoy");
    assert_eq!(p.head(v.object), "president");
    assert_eq!(v.tense, Tense::Past);
    assert!(!v.negated && !v.modal && !v.passive);
}

#[test]
fn passive_with_agent() {
    let p = parse("Smith was accused by the minister of corruption.");
    let v = p.verb("accused");
    assert!(v.passive);
    assert_eq!(v.tense, Tense::Past);
    assert_eq!(p.head(v.subject), "Smith");
    assert_eq!(p.head(v.agent), "minister");
    assert!(v.object.is_none());
    let of = p.at("of");
    assert!(v
        .prep_objects
        .iter()
        .any(|&(prep, c)| prep == of && p.s.chunks[c].head == p.at("corruption")));
}

#[test]
fn negation() {
    let p = parse("The envoy did not meet Petrov.");
    let v = p.verb("meet");
    assert!(v.negated);
    assert_eq!(v.tense, Tense::Past);
    assert_eq!(p.head(v.subject), "envoy");
    assert_eq!(p.head(v.object), "Petrov");
    assert!(parse("The envoy never met Petrov.").verb("met").negated);
    assert!(parse("The envoy didn't meet Petrov.").verb("meet").negated);
    assert!(parse("The envoy held no talks with Petrov.").verb("held").negated);
}

#[test]
fn modal_and_future() {
    let p = parse("The envoy could meet Petrov on Monday.");
    let v = p.verb("meet");
    assert!(v.modal && !v.negated);
    assert_eq!(p.head(v.object), "Petrov");
    let on = p.at("on");
    assert!(v.prep_objects.iter().any(|&(prep, _)| prep == on));
    let f = parse("The envoy will meet Petrov.");
    assert_eq!(f.verb("meet").tense, Tense::Future);
    assert!(!f.verb("meet").modal);
}

#[test]
fn progressive_is_active_and_the_possessor_is_not_the_subject() {
    let p = parse("The president's special envoy is meeting Petrov.");
    let v = p.verb("meeting");
    assert!(!v.passive);
    assert_eq!(v.tense, Tense::Present);
    assert_eq!(p.head(v.subject), "envoy");
    assert_eq!(p.head(v.object), "Petrov");
    let owner = p.chunk_of("president");
    assert!(p.s.chunks[owner].possessive);
    assert_eq!(p.s.chunks[v.subject.unwrap()].possessor, Some(owner));
    assert!(p.s.is_modifier(p.at("special")));
}

#[test]
fn trailing_speech_frame_keeps_the_speaker_out_of_the_reported_clause() {
    let p = parse("Talks between Alpha and Beta will continue, Petrov said.");
    let said = p.verb("said");
    assert_eq!(p.head(said.subject), "Petrov");
    assert_eq!(said.clause, 0);
    assert_eq!(p.s.clauses[0].kind, ClauseKind::Main);
    for name in ["Alpha", "Beta"] {
        let c = p.s.clause_of[p.at(name)];
        assert_eq!(p.s.clauses[c].kind, ClauseKind::Reported, "{name}");
    }
    let (alpha, beta, petrov) = (p.chunk_of("Alpha"), p.chunk_of("Beta"), p.chunk_of("Petrov"));
    assert_eq!(p.s.coordinated_with(alpha), &[alpha, beta]);
    assert_eq!(p.s.coordinated_with(petrov), &[petrov]);
    let cont = p.verb("continue");
    assert_eq!(cont.tense, Tense::Future);
    assert_eq!(p.head(cont.subject), "Talks");
    let reported = p.s.clause_of[p.at("continue")];
    assert_eq!(
        p.s.clauses[reported].reported_by,
        p.s.verbs.iter().position(|v| v.head == p.at("said"))
    );
}

#[test]
fn forward_speech_frame() {
    let p = parse("Petrov said that the envoy would meet Smith.");
    let said = p.verb("said");
    assert_eq!(p.head(said.subject), "Petrov");
    assert!(said.object.is_none());
    let meet = p.verb("meet");
    assert_eq!(p.s.clauses[meet.clause].kind, ClauseKind::Reported);
    assert_eq!(p.head(meet.subject), "envoy");
    assert_eq!(p.head(meet.object), "Smith");
    assert_eq!(p.s.clauses[0].kind, ClauseKind::Main);
    assert_eq!(p.s.clause_of[p.at("Petrov")], 0);
}

#[test]
fn quoted_speech() {
    let p = parse("\"We will not give up,\" Petrov told reporters.");
    let give = p.verb("give");
    assert_eq!(p.s.clauses[give.clause].kind, ClauseKind::Quote);
    assert!(give.negated);
    let told = p.verb("told");
    assert_eq!(told.clause, 0);
    assert_eq!(p.head(told.subject), "Petrov");
    assert_eq!(
        p.s.clauses[give.clause].reported_by,
        p.s.verbs.iter().position(|v| v.head == p.at("told"))
    );
}

#[test]
fn relative_clause() {
    let p = parse("The minister, who met Petrov on Monday, criticised the plan.");
    let met = p.verb("met");
    assert_eq!(p.s.clauses[met.clause].kind, ClauseKind::Relative);
    assert_eq!(p.head(met.subject), "minister");
    assert_eq!(p.head(met.object), "Petrov");
    let main = p.verb("criticised");
    assert_eq!(main.clause, 0);
    assert_eq!(p.head(main.subject), "minister");
    assert_eq!(p.head(main.object), "plan");
    assert_eq!(
        p.s.verb_of_clause(0),
        p.s.verbs.iter().position(|v| v.head == p.at("criticised"))
    );
}

#[test]
fn coordination_inside_a_chunk() {
    let p = parse("Smith met French, British and German diplomats.");
    let v = p.verb("met");
    assert_eq!(p.head(v.object), "diplomats");
    let obj = v.object.unwrap();
    for adj in ["French", "British", "German"] {
        assert_eq!(p.s.chunk_at(p.at(adj)), Some(obj), "{adj}");
        assert!(p.s.is_modifier(p.at(adj)), "{adj}");
    }
}

#[test]
fn coordination_of_chunks() {
    let p = parse("The envoy met Smith, Jones and Brown in Paris.");
    let v = p.verb("met");
    let group = p.s.coordinated_with(v.object.unwrap());
    let heads: Vec<&str> = group.iter().map(|&c| p.words[p.s.chunks[c].head].as_str()).collect();
    assert_eq!(heads, ["Smith", "Jones", "Brown"]);
    assert_eq!(p.s.coordinated_with(p.chunk_of("envoy")).len(), 1);
}

#[test]
fn coordination_stops_at_the_next_subject() {
    let p = parse("Smith met Jones and Brown said nothing.");
    let jones = p.chunk_of("Jones");
    assert_eq!(p.s.coordinated_with(jones), &[jones]);
    assert_eq!(p.head(p.verb("said").subject), "Brown");
}

#[test]
fn noun_modifiers_are_not_heads() {
    let p = parse("Ruritania peace talks with Petrov collapsed.");
    let c = p.chunk_of("Ruritania");
    assert_eq!(p.words[p.s.chunks[c].head], "talks");
    assert!(p.s.is_modifier(p.at("Ruritania")));
    assert!(p.s.is_modifier(p.at("peace")));
    assert!(!p.s.is_modifier(p.at("talks")));
    let petrov = p.chunk_of("Petrov");
    assert_eq!(p.s.chunks[petrov].preposition, Some(p.at("with")));
    assert_eq!(p.head(p.verb("collapsed").subject), "talks");
}

#[test]
fn barred_from_joining() {
    let p = parse("The council barred Smith from ever joining the alliance.");
    let barred = p.verb("barred");
    assert_eq!(p.head(barred.subject), "council");
    assert_eq!(p.head(barred.object), "Smith");
    let joining = p.verb("joining");
    assert!(joining.non_finite);
    assert_eq!(joining.preposition, Some(p.at("from")));
    assert_eq!(
        joining.governor,
        p.s.verbs.iter().position(|v| v.head == p.at("barred"))
    );
    assert_eq!(p.head(joining.object), "alliance");
    // "Smith" is not the object of "joining": the alliance is, and Smith is only its
    // (prevented) subject
    assert_eq!(p.head(joining.subject), "Smith");
}

#[test]
fn subordinate_clause() {
    let p = parse("Because the talks failed, the envoy left Ruritania.");
    let failed = p.verb("failed");
    assert_eq!(p.s.clauses[failed.clause].kind, ClauseKind::Subordinate);
    let left = p.verb("left");
    assert_eq!(left.clause, 0);
    assert_eq!(p.head(left.subject), "envoy");
}

#[test]
fn infinitive_takes_its_controller_as_subject() {
    let p = parse("Smith agreed to meet Jones.");
    let meet = p.verb("meet");
    assert!(meet.non_finite);
    assert_eq!(p.head(meet.subject), "Smith");
    assert_eq!(p.head(meet.object), "Jones");
}

#[test]
fn a_travel_phrase_between_leaves_the_subject_in_control() {
    let p = parse("Minister Ana Pires will pay a visit to Lisbon to meet her counterpart.");
    assert_eq!(p.head(p.verb("meet").subject), "Pires");
    // an object right before the infinitive still controls it
    let p = parse("Smith urged Jones to resign.");
    assert_eq!(p.head(p.verb("resign").subject), "Jones");
}

#[test]
fn what_is_asked_for_is_not_done_by_the_one_who_asks() {
    let p = parse("Smith extended an invitation to Jones to visit Paris.");
    assert_eq!(p.head(p.verb("visit").subject), "invitation");
}

#[test]
fn a_gerund_after_a_subordinator_is_done_by_the_clause_it_hangs_on() {
    let p = parse("Smith met Jones in the capital, after earlier visiting Brown at his home.");
    assert_eq!(p.head(p.verb("visiting").subject), "Smith");
    let p = parse("Before meeting Jones, Smith spoke to reporters.");
    assert_eq!(p.head(p.verb("meeting").subject), "Smith");
    // "quoted X as saying": the one quoted speaks
    let p = parse("The agency quoted a senior official as saying the talks had failed.");
    assert_eq!(p.head(p.verb("saying").subject), "official");
}

#[test]
fn the_comma_after_an_opening_phrase_starts_the_subject() {
    let p = parse("During their meeting on Monday, Smith and Jones stressed the need for talks.");
    assert_eq!(p.head(p.verb("stressed").subject), "Jones");
    let monday = p.chunk_of("Monday");
    assert!(!p.s.coordinated_with(monday).contains(&p.chunk_of("Smith")));
}

#[test]
fn words_reported_inside_an_aside_end_with_it() {
    let p = parse("The talks, which Iran says will start on Friday, will be the first since June.");
    assert_eq!(p.head(p.verb("be").subject), "talks");
    let start = p.verb("start");
    assert_eq!(p.s.clauses[start.clause].kind, ClauseKind::Reported);
    assert_ne!(p.s.clauses[p.verb("be").clause].kind, ClauseKind::Reported);
}

#[test]
fn every_index_is_in_range() {
    let p = parse("Smith, who said \"no\" twice, told Jones (and Brown) that - if asked - he would.");
    let n = p.words.len();
    assert_eq!(p.s.tags.len(), n);
    assert_eq!(p.s.clause_of.len(), n);
    for c in &p.s.chunks {
        assert!(c.start <= c.head && c.head < c.end && c.end <= n);
    }
    for v in &p.s.verbs {
        assert!(v.start <= v.head && v.head < v.end && v.end <= n && v.clause < p.s.clauses.len());
    }
    for (i, c) in p.s.clauses.iter().enumerate() {
        assert!(c.start < c.end && c.end <= n);
        assert_eq!(c.parent.is_none(), i == 0);
    }
}

#[test]
fn a_participle_after_a_comma_takes_the_subject_of_the_verb_before_it() {
    let p = parse("Senator Ilse Varga sent Mr Lemaire her congratulations, saying: \"We look to him.\"");
    assert_eq!(p.head(p.verb("saying").subject), "Varga");
}

#[test]
fn a_participle_phrase_between_commas_is_passed_over() {
    let p = parse("The Andean Pact, including Chile, Peru and Bolivia, issued a joint statement.");
    assert_eq!(p.head(p.verb("issued").subject), "Pact");
}

#[test]
fn a_verb_after_and_shares_the_subject_of_the_last_finite_verb() {
    let p = parse("Senator Ilse Varga accused Pierre Lemaire of neglecting farmers and said the party would object.");
    assert_eq!(p.head(p.verb("said").subject), "Varga");
    // "accused X of ..." reports nothing: only "said" opens a reported clause
    let said = p.at("said");
    assert_eq!(p.s.clauses[p.s.clause_of[said]].kind, ClauseKind::Main);
    assert_eq!(p.s.clauses[p.s.clause_of[p.at("farmers")]].kind, ClauseKind::Main);
    assert_eq!(p.s.clauses[p.s.clause_of[p.at("party")]].kind, ClauseKind::Reported);
}

#[test]
fn said_on_a_day_that_reports_what_follows_that() {
    let p = parse("Pierre Lemaire said on Monday that the talks would resume.");
    assert_eq!(p.s.clauses[p.s.clause_of[p.at("talks")]].kind, ClauseKind::Reported);
    assert_eq!(p.s.clauses[p.s.clause_of[p.at("Monday")]].kind, ClauseKind::Main);
}

#[test]
fn an_adjective_after_a_name_opens_the_next_phrase() {
    let p = parse("Mr Lemaire will meet Prime Minister Ilse Varga next week.");
    assert_eq!(p.head(p.verb("meet").object), "Varga");
}

#[test]
fn coordinated_demonyms_stay_in_one_phrase() {
    let p = parse("The envoy met French, British, German, Italian and Ukrainian senior diplomats.");
    assert_eq!(p.head(p.verb("met").object), "diplomats");
    assert_eq!(p.chunk_of("French"), p.chunk_of("diplomats"));
}

#[test]
fn a_bare_participle_after_a_noun_modifies_it() {
    let p = parse("Pierre Lemaire was hosting Ilse Varga and Tom Hale for a summit aimed at easing tensions.");
    assert_eq!(p.head(p.verb("aimed").subject), "summit");
    // so the hosted conjuncts stay coordinated
    assert_eq!(
        p.s.coordinated_with(p.chunk_of("Varga")),
        p.s.coordinated_with(p.chunk_of("Hale"))
    );
    assert!(p.s.coordinated_with(p.chunk_of("Varga")).len() == 2);
}

#[test]
fn a_short_form_in_brackets_stays_inside_its_phrase() {
    let p = parse("Tom Hale met his Kenyan (KE) counterpart Ivan Orlov in Nairobi.");
    assert_eq!(
        p.head(p.s.verbs.iter().find(|v| v.head == p.at("met")).and_then(|v| v.object)),
        "Orlov"
    );
}

#[test]
fn an_adverbial_aside_does_not_hide_the_subject() {
    let p = parse("The minister, currently under scrutiny due to protests at home, was represented by his deputy.");
    assert_eq!(p.head(p.verb("represented").subject), "minister");
}

#[test]
fn an_opening_phrase_without_a_verb_is_no_statement() {
    // "accused" reports, but "After the talks with Petrov" was not said by anyone, and
    // the list after the object goes on with the object
    let p = parse("After the talks with Petrov, Smith accused Alpha, Beta and Gamma of what he called provocations.");
    for name in ["Petrov", "Alpha", "Beta", "Gamma"] {
        assert_eq!(p.s.clause_of[p.at(name)], 0, "{name} is in the main clause");
    }
    let v = p.verb("accused");
    let heads: Vec<&str> =
        p.s.coordinated_with(v.object.unwrap())
            .iter()
            .map(|&c| p.words[p.s.chunks[c].head].as_str())
            .collect();
    assert_eq!(heads, ["Alpha", "Beta", "Gamma"]);
    // a statement before a mid-sentence frame is still reported
    let p = parse("The talks will resume, Smith told Jones, and the envoy will attend.");
    let c = p.s.clause_of[p.at("resume")];
    assert_eq!(p.s.clauses[c].kind, ClauseKind::Reported);
}

#[test]
fn a_description_in_apposition_to_a_name_is_not_the_subject() {
    let p = parse("Vera Lind, deputy director of the ruling party's Central Committee, said the talks had failed.");
    assert_eq!(p.head(p.verb("said").subject), "Lind");
    let p = parse("Vera Lind, Petrov's sister, said the talks had failed.");
    assert_eq!(p.head(p.verb("said").subject), "Lind");
    // a name after a role is the subject itself
    let p = parse("The envoy, Tom Hale, said the talks had failed.");
    assert_eq!(p.head(p.verb("said").subject), "Hale");
}

#[test]
fn a_verb_after_a_comma_shares_the_subject_of_the_verb_before() {
    // the headline's comma for "and"
    let p = parse("Petrov slams Smith's plan, says talks are over");
    assert_eq!(p.head(p.verb("says").subject), "Petrov");
    let p = parse("Petrov rejects Smith's plan, says Alpha not a partner");
    assert_eq!(p.head(p.verb("says").subject), "Petrov");
    assert_eq!(p.s.clause_of[p.at("Smith")], 0, "nothing before the comma was reported");
    // an inverted frame keeps its speaker
    let p = parse("The talks will resume on Monday, said Petrov.");
    assert_eq!(p.head(p.verb("said").subject), "Petrov");
}

#[test]
fn american_spellings_are_verbs_as_british_ones_are() {
    let p = parse("Vera Lind criticizes Smith's plan.");
    assert_eq!(p.head(p.verb("criticizes").subject), "Lind");
    let p = parse("The envoy apologized to Petrov.");
    assert_eq!(p.head(p.verb("apologized").subject), "envoy");
}

#[test]
fn a_day_after_a_noun_is_a_phrase_of_its_own() {
    let p = parse("Smith and Jones raised concerns in their first call Friday.");
    assert_eq!(p.words[p.s.chunks[p.chunk_of("call")].head], "call");
    assert_ne!(p.chunk_of("call"), p.chunk_of("Friday"));
}

#[test]
fn an_absolute_phrase_with_a_list_is_done_by_its_first_conjunct() {
    let p = parse("Anger grew, with union leaders, farmers and students accusing Smith of lying.");
    assert_eq!(p.head(p.verb("accusing").subject), "leaders");
    let p = parse("Anger grew, with union leaders accusing Smith of lying.");
    assert_eq!(p.head(p.verb("accusing").subject), "leaders");
    // two phrases set apart by a comma alone are no list
    let p = parse("Talks stalled with the union, Smith accusing Jones of lying.");
    assert_ne!(p.head(p.verb("accusing").subject), "union");
}

#[test]
fn a_unit_of_time_before_after_is_a_phrase_of_its_own() {
    let p = parse("Tom Hale held talks with Vera Lind hours after the vote.");
    assert_eq!(p.words[p.s.chunks[p.chunk_of("Lind")].head], "Lind");
    assert_ne!(p.chunk_of("Lind"), p.chunk_of("hours"));
    // a unit of time inside a phrase stays there
    let p = parse("Tom Hale ended two years of talks.");
    assert_eq!(p.chunk_of("two"), p.chunk_of("years"));
}

#[test]
fn a_phrase_of_time_before_the_verb_is_no_subject() {
    let p = parse("The council last week warned that the talks had failed.");
    assert_eq!(p.head(p.verb("warned").subject), "council");
    let p = parse("Smith on Monday morning met Jones.");
    assert_eq!(p.head(p.verb("met").subject), "Smith");
}

#[test]
fn an_absolute_phrase_after_with_does_its_gerund() {
    let p = parse("Tensions rose, with Alpha accusing Beta of provocations.");
    assert_eq!(p.head(p.verb("accusing").subject), "Alpha");
    // a dash is punctuation, not a name, and "backing" before it is a noun
    let p = parse("The force is feasible with Alpha backing \u{2013} something Smith promised.");
    assert!(p.s.verbs.iter().all(|v| p.words[v.head] != "backing"), "{:?}", p.s.tags);
}

#[test]
fn a_bare_participle_before_a_noun_modifies_it() {
    let p = parse("The council voted to impose targeted sanctions on the regime.");
    assert_eq!(p.head(p.verb("impose").object), "sanctions");
    assert_eq!(p.chunk_of("targeted"), p.chunk_of("sanctions"));
    let p = parse("The talks collapsed after repeated attacks on the convoy.");
    assert_eq!(p.chunk_of("repeated"), p.chunk_of("attacks"));
    // after an auxiliary it is the verb
    let p = parse("The army has targeted civilians.");
    assert_eq!(p.head(p.verb("targeted").object), "civilians");
}
