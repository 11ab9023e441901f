//! Relations that depend on the syntax of the sentence: which noun heads a phrase,
//! which clause a name sits in, what the subject and the object of a verb are, how far
//! a coordination reaches. Sentences are written for these tests (invented names and
//! places, well-known states), judged by shared/ANNOTATION.md.

mod common;

use common::extraction::{expect_edge, expect_no_edge};
use newsgraph::{Modality, RelationType};

const MET: RelationType = RelationType::MetWith;
const SAID: RelationType = RelationType::SaidAbout;
const OPP: RelationType = RelationType::Opposes;
const SUP: RelationType = RelationType::Supports;
const AFF: RelationType = RelationType::AffiliatedWith;

#[test]
fn being_kept_from_joining_is_no_membership() {
    let text = "The summit barred Georgia from ever joining NATO.";
    expect_no_edge(text, "Georgia", AFF, "NATO");
    let text = "Border guards prevented Tom Hale from meeting Vera Lind.";
    expect_no_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn joining_a_body_is_membership() {
    expect_edge("Georgia joined NATO in 2030.", "Georgia", AFF, "NATO");
}

#[test]
fn an_unnamed_role_is_its_one_holder_in_the_article() {
    let text = "The president's special envoy is meeting Vladimir Petrov in Moscow on Thursday. \
                Tom Hale, the envoy, arrived in the city on Wednesday.";
    expect_edge(text, "Tom Hale", MET, "Vladimir Petrov");
    let text = "Special envoy Tom Hale and special envoy Ann Roe flew in on Monday. \
                The envoy is meeting Vladimir Petrov on Thursday.";
    expect_no_edge(text, "Tom Hale", MET, "Vladimir Petrov");
    expect_no_edge(text, "Ann Roe", MET, "Vladimir Petrov");
}

#[test]
fn a_country_modifying_a_noun_takes_no_part() {
    let text = "Tom Hale discussed the Ukraine peace talks with Vladimir Petrov on Monday.";
    expect_edge(text, "Tom Hale", MET, "Vladimir Petrov");
    expect_no_edge(text, "Ukraine", MET, "Vladimir Petrov");
}

#[test]
fn a_trailing_speaker_is_not_coordinated_into_the_statement() {
    let text = "Tom Hale discussed the peace talks with Vladimir Petrov, Kremlin spokesman Ivan Orlov said.";
    expect_edge(text, "Ivan Orlov", SAID, "Tom Hale");
    expect_no_edge(text, "Tom Hale", MET, "Ivan Orlov");
    expect_no_edge(text, "Vladimir Petrov", MET, "Ivan Orlov");
    expect_no_edge(text, "Vladimir Petrov", SAID, "Tom Hale");
    expect_no_edge(text, "Vladimir Petrov", AFF, "Russia");
    let text = "Talks between Ukraine and Russia will resume next week, Ivan Orlov said.";
    let met = expect_edge(text, "Ukraine", MET, "Russia");
    assert_eq!(met.evidence.modality, Modality::Expected);
    expect_edge(text, "Ivan Orlov", SAID, "Ukraine");
    expect_no_edge(text, "Russia", MET, "Ivan Orlov");
    expect_no_edge(text, "Ukraine", SAID, "Russia");
}

#[test]
fn calling_something_a_name_is_no_call() {
    let text = "Foreign Minister Li Wei criticised Japan for what he called provocative drills near Taiwan.";
    expect_edge(text, "Li Wei", OPP, "Japan");
    expect_no_edge(text, "Li Wei", MET, "Taiwan");
}

#[test]
fn coordinated_verbs_share_their_subject() {
    let text = "Secretary of State Mark Dunn spoke by phone with Ravi Sharma and praised India's role in the region.";
    expect_edge(text, "Mark Dunn", MET, "Ravi Sharma");
    expect_edge(text, "Mark Dunn", SUP, "India");
    let text = "Opposition leader Priya Rao accused Ravi Sharma of neglecting farmers and said the Labour Party \
                would oppose the deal.";
    expect_edge(text, "Priya Rao", OPP, "Ravi Sharma");
    expect_edge(text, "Priya Rao", SAID, "Labour Party");
}

#[test]
fn a_statement_does_not_reach_into_a_sibling_clause() {
    let text = "Russia condemned the drills, while Germany and France called for restraint.";
    expect_no_edge(text, "Germany", SAID, "Russia");
    expect_no_edge(text, "France", SAID, "Russia");
}

#[test]
fn being_due_to_meet_is_an_expected_meeting() {
    let met = expect_edge(
        "Mark Dunn is due to meet Akira Tanaka next month.",
        "Mark Dunn",
        MET,
        "Akira Tanaka",
    );
    assert_eq!(met.evidence.modality, Modality::Expected);
}

#[test]
fn a_state_before_the_noun_it_acts_through_is_the_actor() {
    let text = "US officials said Iran had broken the truce.";
    expect_edge(text, "United States", SAID, "Iran");
    let text = "Kremlin spokesman Ivan Orlov said the talks with Iran had failed.";
    expect_edge(text, "Ivan Orlov", SAID, "Iran");
}

#[test]
fn counterparts_from_states_are_the_states_met() {
    let text = "Foreign Minister Vera Lind met with her counterparts from Germany, France and Poland.";
    for state in ["Germany", "France", "Poland"] {
        expect_edge(text, "Vera Lind", MET, state);
    }
    let text = "Tom Hale held talks with the foreign ministers of Japan and India.";
    expect_edge(text, "Tom Hale", MET, "Japan");
    expect_edge(text, "Tom Hale", MET, "India");
}

#[test]
fn a_possessed_name_is_a_conjunct() {
    let text = "President Tom Hale was hosting European leaders and Ukraine's Vera Lind for a summit.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn coordinated_subjects_all_act() {
    let text = "Chad and Senegal sharply criticised President Tom Hale's remarks.";
    expect_edge(text, "Chad", OPP, "Tom Hale");
    expect_edge(text, "Senegal", OPP, "Tom Hale");
    // the conjuncts of a meeting are met, not meeting someone else
    let text = "Tom Hale and Vera Lind met in Geneva.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn each_other_is_both_ways() {
    let text = "The Philippines and China accused each other of aggressive actions.";
    expect_edge(text, "Philippines", OPP, "China");
    expect_edge(text, "China", OPP, "Philippines");
}

#[test]
fn the_possessor_of_a_noun_cue_acts() {
    let text = "The talks come three years into Russia's invasion of Ukraine.";
    expect_edge(text, "Russia", OPP, "Ukraine");
    let text = "Analysts said Tom Hale's criticism of NATO had worried allies.";
    expect_edge(text, "Tom Hale", OPP, "NATO");
}

#[test]
fn a_body_speaks_through_its_officials() {
    let text = "Hamas officials accused Tom Hale of prolonging the conflict.";
    expect_edge(text, "Hamas", OPP, "Tom Hale");
}

#[test]
fn drills_around_a_state_oppose_it() {
    expect_edge(
        "China launched military drills around Taiwan on Monday.",
        "China",
        OPP,
        "Taiwan",
    );
}

#[test]
fn a_summit_aimed_at_something_keeps_the_hosted_list() {
    let text = "President Tom Hale was hosting European leaders and Ukraine's Vera Lind for a summit aimed at boosting security.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn a_meeting_noun_reaches_its_partner_past_a_phrase_of_place_or_time() {
    let text = "Tom Hale held a meeting on Monday with Vera Lind.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    let text = "Tom Hale held talks in the Weimar format with German Chancellor Ivan Orlov.";
    expect_edge(text, "Tom Hale", MET, "Ivan Orlov");
    // an actor in the gap is no place: the cue does not reach over it
    let text = "Tom Hale praised the meeting of Vera Lind with Ivan Orlov.";
    expect_no_edge(text, "Tom Hale", MET, "Ivan Orlov");
}

#[test]
fn a_noun_cue_is_done_by_the_subject_of_the_verb_that_holds_it() {
    let text = "Tom Hale said he started the day with a meeting with Vera Lind.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    let text = "Tom Hale left the party after a blazing row with Vera Lind.";
    expect_edge(text, "Tom Hale", OPP, "Vera Lind");
    // a phrase about a thing is not the verb's adjunct: Hale opposes the war, not Iraq
    let text = "Tom Hale was expelled because of his opposition to the war on Iraq.";
    expect_no_edge(text, "Tom Hale", OPP, "Iraq");
}

#[test]
fn a_coordinated_subject_holding_a_meeting_meets() {
    expect_edge(
        "Tom Hale and Vera Lind held talks in Geneva on Monday.",
        "Tom Hale",
        MET,
        "Vera Lind",
    );
    let text = "Tom Hale and Vera Lind are set to begin nuclear negotiations in Muscat on Friday.";
    let met = expect_edge(text, "Tom Hale", MET, "Vera Lind");
    assert_eq!(met.evidence.modality, Modality::Expected);
    let text = "Tom Hale and Vera Lind stressed the need for aid during their meeting on Monday.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    // welcoming talks is not holding them
    expect_no_edge("France and Germany welcomed the talks.", "France", MET, "Germany");
}

#[test]
fn he_is_never_a_state_and_a_title_before_a_comma_marks_a_person() {
    let text = "Senegal's Prime Minister, Ousmane Sonko, dismissed the claim. \
                He criticised France's military presence in the region.";
    expect_edge(text, "Ousmane Sonko", OPP, "France");
    expect_no_edge(text, "Senegal", OPP, "France");
}

#[test]
fn welcoming_a_person_is_receiving_them() {
    let text = "President Tom Hale welcomed Ruritania's President-elect Vera Lind at the palace.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    expect_no_edge(text, "Tom Hale", SUP, "Vera Lind");
    expect_edge(
        "Tom Hale welcomed Vera Lind's decision to stay.",
        "Tom Hale",
        SUP,
        "Vera Lind",
    );
}

#[test]
fn a_named_person_owned_by_a_state_is_the_object_not_the_state() {
    let text = "Saudi Crown Prince Tom Hale received Syria's Interim President Vera Lind in Riyadh.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    expect_no_edge(text, "Tom Hale", MET, "Syria");
}

#[test]
fn a_role_named_after_a_comma_is_the_object() {
    let text = "Foreign Minister Tom Hale will travel to Ankara to meet his counterpart, Vera Lind, on Friday.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn his_meeting_is_the_meeting_of_the_one_he_stands_for() {
    let text = "Prime Minister Tom Hale said that his meeting with President Vera Lind covered trade.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn a_person_of_a_state_belongs_to_it() {
    let text = "Tom Hale met foreign ministers Vera Lind of Lesotho and Ivan Orlov of the Netherlands.";
    expect_edge(text, "Vera Lind", AFF, "Lesotho");
    expect_edge(text, "Ivan Orlov", AFF, "Netherlands");
    expect_no_edge(text, "Tom Hale", AFF, "Lesotho");
}

#[test]
fn expressing_affirming_and_highlighting_are_statements() {
    expect_edge(
        "Tom Hale expressed concern about Russia's military build-up.",
        "Tom Hale",
        SAID,
        "Russia",
    );
    expect_edge(
        "Vera Lind reaffirmed Turkey's commitment to supporting Somalia.",
        "Vera Lind",
        SAID,
        "Somalia",
    );
    expect_edge(
        "Ivan Orlov highlighted the role of Saudi Arabia in the reconstruction.",
        "Ivan Orlov",
        SAID,
        "Saudi Arabia",
    );
}

#[test]
fn a_meeting_in_an_opening_phrase_is_the_main_subjects() {
    let text = "In a meeting with Foreign Minister Vera Lind, Tom Hale reiterated Britain's support.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    let text = "The meeting follows last week's discussions in Damascus between Tom Hale and Vera Lind.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn a_role_named_by_its_whole_title_is_its_one_holder() {
    let text = "External Affairs Minister Tom Hale held talks in New York with Foreign Minister Ivan Orlov. \
                The External Affairs Minister also met with Foreign Minister Vera Lind on Monday.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    expect_no_edge(text, "Ivan Orlov", MET, "Vera Lind");
}

#[test]
fn where_words_were_said_is_not_what_they_were_about() {
    let text = "Tom Hale underlined the issue of global warming during a Commons debate on Wednesday.";
    expect_no_edge(text, "Tom Hale", SAID, "House of Commons");
    let text = "Tom Hale said on Truth Social that Russia must end the war.";
    expect_edge(text, "Tom Hale", SAID, "Russia");
    expect_no_edge(text, "Tom Hale", SAID, "Truth Social");
}

#[test]
fn review_misfires_stay_fixed() {
    // a possessed thing welcomed is backed, not met
    let text = "Labour welcomed Gordon Brown's \"bold budget\" on Tuesday.";
    expect_no_edge(text, "Labour Party", MET, "Gordon Brown");
    // a role before a comma that opens a new clause is no apposition
    expect_no_edge(
        "Tom Hale attacked the chancellor, Vera Lind said on Monday.",
        "Tom Hale",
        OPP,
        "Vera Lind",
    );
    // "the king" in a phrase before a name is no role of that person
    let text = "After meeting the king, Tom Hale flew home. The king later criticised Vera Lind.";
    expect_no_edge(text, "Tom Hale", OPP, "Vera Lind");
    // a meeting being arranged is not held
    let text = "Tom Hale is said to be trying to arrange a meeting with Brazil's President Vera Lind.";
    expect_no_edge(text, "Tom Hale", MET, "Brazil");
}

#[test]
fn a_meeting_after_a_subordinator_is_the_main_subjects() {
    let text = "Ana Pires met Tom Hale in Lisbon, after earlier visiting Vera Lind at her home.";
    expect_edge(text, "Ana Pires", MET, "Vera Lind");
    expect_no_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn a_visit_to_a_country_to_meet_someone_is_the_visitors_meeting() {
    let text = "Iranian Foreign Minister Ali Rahimi will pay a visit to Türkiye to meet his counterpart, Kemal Aydin, on Friday.";
    expect_edge(text, "Ali Rahimi", MET, "Kemal Aydin");
    expect_edge(text, "Ali Rahimi", MET, "Turkey");
}

#[test]
fn an_invitation_to_visit_is_no_visit() {
    let text = "Prime Minister Ana Pires extended an invitation to Tom Hale to visit Portugal next year.";
    expect_no_edge(text, "Tom Hale", MET, "Portugal");
    expect_no_edge(text, "Ana Pires", MET, "Portugal");
}

#[test]
fn the_person_after_a_role_and_its_posting_is_the_one_met() {
    let text = "Lebanese President Karim Haddad met Prime Minister Nadim Aziz on Friday. \
                The president also met U.S. Ambassador to Lebanon Ruth Miller on a farewell visit.";
    expect_edge(text, "Karim Haddad", MET, "Ruth Miller");
    expect_no_edge(text, "Karim Haddad", MET, "United States");
    expect_no_edge(text, "Karim Haddad", AFF, "Ruth Miller");
}

#[test]
fn a_role_after_a_verb_that_is_no_verb_of_being_is_not_the_subjects() {
    let text = "Tom Hale met the adviser to Vera Lind on Monday.";
    expect_no_edge(text, "Tom Hale", AFF, "Vera Lind");
    let text = "Tom Hale was named adviser to Vera Lind on Monday.";
    expect_edge(text, "Tom Hale", AFF, "Vera Lind");
}

#[test]
fn a_title_with_two_portfolios_names_one_person() {
    let text = "President Karim Haddad received Energy and Water Minister Sami Nasr, who briefed him on the talks.";
    expect_edge(text, "Karim Haddad", MET, "Sami Nasr");
}

#[test]
fn a_relative_clause_after_two_names_is_about_the_nearer() {
    let text = "The row began with a talk between coach Tom Hale and referee Ivan Orlov, who later sent off Vera Lind.";
    expect_no_edge(text, "Tom Hale", OPP, "Vera Lind");
}

#[test]
fn their_meeting_in_a_phrase_opening_the_sentence_is_the_subjects() {
    let text = "During their meeting on Monday, Ali Rahimi and Tom Hale underlined the need for a ceasefire.";
    expect_edge(text, "Ali Rahimi", MET, "Tom Hale");
    let text = "During the meeting on Monday, Ali Rahimi and Tom Hale underlined the need for a ceasefire.";
    expect_no_edge(text, "Ali Rahimi", MET, "Tom Hale");
}

#[test]
fn war_and_strikes_against_an_actor_are_opposition() {
    expect_edge(
        "Russia has been at war with Ukraine since 2022.",
        "Russia",
        OPP,
        "Ukraine",
    );
    // both conjuncts of the subject launch the strikes
    let text = "Israel and the United States launched strikes against Iran on Sunday.";
    expect_edge(text, "Israel", OPP, "Iran");
    expect_edge(text, "United States", OPP, "Iran");
    expect_edge(
        "Ukraine struck a Russian oil refinery overnight.",
        "Ukraine",
        OPP,
        "Russia",
    );
    expect_edge("Turkey shot down a Russian jet.", "Turkey", OPP, "Russia");
    // a war fought with an actor named in apposition, who heads a relative clause
    let text = "Tom Hale has been at war with his former deputy, Ann Roe, who commands the militia.";
    expect_edge(text, "Tom Hale", OPP, "Ann Roe");
}

#[test]
fn a_cue_word_used_as_a_noun_or_adverb_is_no_verb_cue() {
    // "strike" of workers, "back" as an adverb, "help" as a noun
    let text = "Rail workers in France will strike on Monday, Tom Hale said.";
    expect_no_edge(text, "Tom Hale", OPP, "France");
    expect_no_edge("Tom Hale flew back to Germany on Monday.", "Tom Hale", SUP, "Germany");
    let text = "With the help of Germany, Tom Hale rebuilt the port.";
    expect_no_edge(text, "Tom Hale", SUP, "Germany");
}

#[test]
fn backing_and_arming_verbs_are_support() {
    expect_edge("Iran has supplied drones to Russia.", "Iran", SUP, "Russia");
    expect_edge("Germany will stand with Ukraine.", "Germany", SUP, "Ukraine");
    expect_edge("Poland pledged to help Ukraine.", "Poland", SUP, "Ukraine");
    expect_no_edge("Hungary did not back Ukraine.", "Hungary", SUP, "Ukraine");
}

#[test]
fn an_apposition_of_ally_or_critic_describes_the_actor_before_it() {
    let text = "Tom Hale, a close ally of Vladimir Putin, blocked the package.";
    expect_edge(text, "Tom Hale", SUP, "Vladimir Putin");
    let text = "Ann Roe, a fierce critic of Tom Hale, praised Germany.";
    expect_edge(text, "Ann Roe", OPP, "Tom Hale");
    expect_edge(text, "Ann Roe", SUP, "Germany");
    expect_no_edge(text, "Ann Roe", OPP, "Germany");
}

#[test]
fn the_owner_of_a_commitment_does_what_it_commits_to() {
    let text = "Tom Hale conveyed Indonesia's commitment to support Malaysia's chairmanship.";
    expect_edge(text, "Indonesia", SUP, "Malaysia");
    // a refusal is no commitment
    let text = "Hungary's refusal to back Ukraine angered its partners.";
    expect_no_edge(text, "Hungary", SUP, "Ukraine");
}

#[test]
fn traded_accusations_and_exchanged_fire_go_both_ways() {
    let text = "The Philippines and China traded accusations over the collision.";
    expect_edge(text, "Philippines", OPP, "China");
    expect_edge(text, "China", OPP, "Philippines");
    let text = "India exchanged fire with Pakistan along the border.";
    expect_edge(text, "India", OPP, "Pakistan");
    expect_edge(text, "Pakistan", OPP, "India");
}

#[test]
fn lifting_a_measure_is_no_hostility() {
    expect_edge("The EU imposed a ban on Russian oil.", "European Union", OPP, "Russia");
    let text = "Saudi Arabia backed efforts to lift sanctions on Syria.";
    expect_no_edge(text, "Saudi Arabia", OPP, "Syria");
    expect_no_edge("Kenya reversed its ban on Uganda.", "Kenya", OPP, "Uganda");
}

#[test]
fn a_courtesy_call_and_an_exchange_of_views_are_meetings() {
    let text = "Emir Tamim Al Thani paid a courtesy call on President Ana Pires during his visit.";
    expect_edge(text, "Tamim Al Thani", MET, "Ana Pires");
    expect_edge(
        "Tom Hale exchanged views with Vera Lind on the crisis.",
        "Tom Hale",
        MET,
        "Vera Lind",
    );
}

#[test]
fn the_patient_of_a_passive_is_the_layers_subject_not_a_modifier() {
    let text = "Key NATO member Turkey was represented by Vice President Cemal Aydin.";
    expect_edge(text, "Cemal Aydin", AFF, "Turkey");
    expect_no_edge(text, "Cemal Aydin", AFF, "NATO");
}

#[test]
fn what_a_delegation_or_a_body_includes_belongs_to_it() {
    let text = "The Turkish delegation featured Foreign Minister Kemal Aydin, Defence Minister Ali Demir, \
                and Communications Director Selim Kaya.";
    expect_edge(text, "Ali Demir", AFF, "Turkey");
    expect_edge(text, "Selim Kaya", AFF, "Turkey");
    expect_edge("NATO includes Finland and Sweden.", "Finland", AFF, "NATO");
    // a person includes nobody
    expect_no_edge("Tom Hale included Vera Lind in his team.", "Vera Lind", AFF, "Tom Hale");
}

#[test]
fn accompanying_someone_is_no_meeting_with_them() {
    let text = "Cabinet members Tom Hale and Vera Lind accompanied Prime Minister Ana Pires on the trip.";
    expect_no_edge(text, "Tom Hale", MET, "Ana Pires");
}

#[test]
fn calling_on_someone_is_a_visit_unless_it_asks_for_something() {
    let text = "Emir Tamim Al Thani will also call on President Ana Pires during his visit.";
    expect_edge(text, "Tamim Al Thani", MET, "Ana Pires");
    expect_no_edge("Tom Hale called on Vera Lind to resign.", "Tom Hale", MET, "Vera Lind");
    let text = "Tom Hale called for new sanctions on Russia.";
    expect_no_edge(text, "Tom Hale", MET, "Russia");
}

#[test]
fn a_quoted_word_is_a_term_not_a_continued_quote() {
    let text = "\"We will not give up,\" Tom Hale said. \
                The talks will be the first since the strikes that followed an 'Israeli' attack.";
    expect_no_edge(text, "Tom Hale", SAID, "Israel");
    let text = "\"We will not give up,\" Tom Hale said. \"Israel must stop the attacks now.\"";
    expect_edge(text, "Tom Hale", SAID, "Israel");
}

#[test]
fn meeting_someones_envoy_is_meeting_the_envoy() {
    let text = "Ali Rahimi is scheduled to meet US President Tom Hale's Middle East envoy Ivan Orlov on Friday.";
    expect_edge(text, "Ali Rahimi", MET, "Ivan Orlov");
    expect_no_edge(text, "Ali Rahimi", MET, "Tom Hale");
}

#[test]
fn opposition_or_backing_said_in_words_is_also_a_statement_about_the_target() {
    let text = "Tom Hale accused Vera Lind of ducking tough choices.";
    expect_edge(text, "Tom Hale", OPP, "Vera Lind");
    expect_edge(text, "Tom Hale", SAID, "Vera Lind");
    // fighting is opposition, not a statement
    let text = "Russia has been at war with Ukraine since 2022.";
    expect_no_edge(text, "Russia", SAID, "Ukraine");
    // praise is backing said in words; funding is not
    expect_edge(
        "Tom Hale praised Vera Lind for her work.",
        "Tom Hale",
        SAID,
        "Vera Lind",
    );
    expect_no_edge("Germany funded Ukraine's army.", "Germany", SAID, "Ukraine");
}

#[test]
fn an_office_holder_arriving_in_another_state_visits_it() {
    let text = "Foreign Minister Ali Rahimi arrived in India on Tuesday for a two-day visit.";
    expect_edge(text, "Ali Rahimi", MET, "India");
    // a capital stands for its state
    let text = "India's prime minister hosted talks. Foreign Minister Ali Rahimi arrived in New Delhi on Tuesday.";
    expect_edge(text, "Ali Rahimi", MET, "India");
    // home is no visit
    let text = "British Foreign Secretary Tom Hale arrived in London on Sunday night.";
    expect_no_edge(text, "Tom Hale", MET, "United Kingdom");
    // nor is a place that is no state
    let text = "Foreign Minister Ali Rahimi arrived in the Middle East on Tuesday.";
    expect_no_edge(text, "Ali Rahimi", MET, "Middle East");
}

#[test]
fn the_state_owning_the_first_office_of_a_list_owns_them_all() {
    let text = "Chile's National Security Adviser Tom Hale, Principal Secretary Ann Roe, \
                and Trade Coordinator Ivan Orlov were also present at the meeting.";
    expect_edge(text, "Tom Hale", AFF, "Chile");
    expect_edge(text, "Ann Roe", AFF, "Chile");
    expect_edge(text, "Ivan Orlov", AFF, "Chile");
    // a list of people with no office of the state: no edge
    let text = "Chile's Foreign Minister Tom Hale met Ann Roe and Ivan Orlov.";
    expect_no_edge(text, "Ann Roe", AFF, "Chile");
}

#[test]
fn a_counterpart_holds_the_office_in_the_state_before_it() {
    let text = "Rwandan President Tom Hale met his Democratic Republic of Congo (DRC) \
                counterpart Ivan Orlov in Qatar on Tuesday.";
    expect_edge(text, "Ivan Orlov", AFF, "Democratic Republic of Congo");
    expect_edge(text, "Tom Hale", MET, "Ivan Orlov");
    expect_no_edge(text, "Tom Hale", MET, "Democratic Republic of Congo");
    expect_no_edge(text, "Ivan Orlov", AFF, "Tom Hale");
    let text = "Tom Hale and his Kenyan counterpart Ivan Orlov held talks on Friday.";
    expect_edge(text, "Ivan Orlov", AFF, "Kenya");
}

#[test]
fn a_joint_news_conference_is_a_meeting_of_who_holds_it() {
    let text = "Chilean Foreign Minister Tom Hale held a joint press conference with \
                Peruvian Prime Minister Ivan Orlov on Monday.";
    expect_edge(text, "Tom Hale", MET, "Ivan Orlov");
    // an opening participle is done by the main clause's subject, past a relative clause
    let text = "Speaking at a joint news conference with Peruvian Prime Minister Ivan Orlov, \
                who arrived on Sunday, Chilean Foreign Minister Tom Hale said the border was open.";
    expect_edge(text, "Tom Hale", MET, "Ivan Orlov");
    expect_no_edge(text, "Ivan Orlov", MET, "Ivan Orlov");
}

#[test]
fn who_is_briefed_is_the_audience_not_the_topic() {
    let text = "Chile's Prime Minister Tom Hale briefed Peru's acting foreign minister, \
                Ivan Orlov, on the talks with Bolivia.";
    expect_edge(text, "Tom Hale", SAID, "Bolivia");
    expect_no_edge(text, "Tom Hale", SAID, "Ivan Orlov");
    expect_no_edge(text, "Tom Hale", SAID, "Peru");
}

#[test]
fn a_phrase_of_the_place_words_were_said_names_no_topic() {
    let text = "Tom Hale said during a question session at an event of the Chilean Mining Association in Santiago.";
    expect_no_edge(text, "Tom Hale", SAID, "Chilean Mining Association");
}

#[test]
fn a_threat_is_said_about_who_is_threatened() {
    let text = "Tom Hale has threatened Iran with new sanctions.";
    expect_edge(text, "Tom Hale", OPP, "Iran");
    expect_edge(text, "Tom Hale", SAID, "Iran");
}

#[test]
fn a_war_between_two_sides_is_fought_by_each_against_the_other() {
    let text = "Clashes between Thailand and Cambodia erupted in July.";
    expect_edge(text, "Thailand", OPP, "Cambodia");
    expect_edge(text, "Cambodia", OPP, "Thailand");
    expect_no_edge("There is no conflict between Chile and Peru.", "Chile", OPP, "Peru");
    // a meeting between two sides stays one symmetric edge
    expect_no_edge("Talks between Chile and Peru resumed.", "Chile", OPP, "Peru");
}

#[test]
fn vowing_to_destroy_is_hostility() {
    let text = "Israeli Prime Minister Tom Hale vowed to destroy Hamas.";
    expect_edge(text, "Tom Hale", OPP, "Hamas");
}

#[test]
fn a_capital_owning_a_decision_or_forces_is_its_state() {
    expect_edge("China condemned Washington's decision.", "China", OPP, "United States");
    expect_edge("Chile criticised Moscow's forces.", "Chile", OPP, "Russia");
    // a capital owning a thing of the city stays a place
    expect_no_edge(
        "Chilean President Tom Hale praised London's museums.",
        "Tom Hale",
        SUP,
        "United Kingdom",
    );
}

#[test]
fn a_state_named_after_a_body_and_member_belongs_to_it() {
    let text = "Key NATO member Turkey, currently under scrutiny due to protests at home, \
                was represented by Vice President Tom Hale.";
    expect_edge(text, "Turkey", AFF, "NATO");
    expect_edge(text, "Tom Hale", AFF, "Turkey");
    expect_no_edge(text, "Tom Hale", AFF, "NATO");
    expect_edge(
        "EU member state Hungary has blocked the package.",
        "Hungary",
        AFF,
        "European Union",
    );
}

#[test]
fn a_clause_of_contrast_after_a_comma_is_no_apposition() {
    let text = "The Chilean delegation will be led by envoy Tom Hale, while Peru will be \
                represented by Foreign Minister Ivan Orlov.";
    expect_no_edge(text, "Tom Hale", AFF, "Peru");
    expect_edge(text, "Ivan Orlov", AFF, "Peru");
}

#[test]
fn an_office_of_no_named_state_is_not_given_the_article_s_state_over_the_holder_s_own() {
    let text = "German Chancellor Tom Hale met officials in Washington. The United States \
                and the United States' allies were discussed, and the United States wants more. \
                The chancellor emphasized the importance of the dialogue.";
    expect_edge(text, "Tom Hale", AFF, "Germany");
    expect_no_edge(text, "Tom Hale", AFF, "United States");
}

#[test]
fn a_cue_that_names_its_audience_leaves_the_names_after_it_to_the_statement() {
    let text = "Kremlin spokesman Tom Hale told reporters Ivan Orlov and Ann Roe would fly to Chile on Monday.";
    expect_edge(text, "Tom Hale", SAID, "Ivan Orlov");
    expect_edge(text, "Tom Hale", SAID, "Ann Roe");
}

#[test]
fn what_an_accusation_says_is_a_statement_about_who_it_names() {
    let text = "Chilean President Tom Hale accused Peru of arming Hamas and Hezbollah.";
    expect_edge(text, "Tom Hale", OPP, "Peru");
    expect_edge(text, "Tom Hale", SAID, "Hamas");
    expect_edge(text, "Tom Hale", SAID, "Hezbollah");
    expect_no_edge(text, "Tom Hale", OPP, "Hamas");
}

#[test]
fn a_titled_person_after_a_comma_is_the_next_of_a_list_not_an_apposition() {
    let text = "Tom Hale was received by Chile's Deputy Foreign Minister Ivan Orlov, \
                Peru's Ambassador to Santiago Ann Roe, and senior officials.";
    expect_edge(text, "Ivan Orlov", AFF, "Chile");
    expect_no_edge(text, "Ivan Orlov", AFF, "Peru");
    // "an aide to Y": the person after a preposition is whose aide X is
    let text = "Ivan Orlov, an aide to President Tom Hale, said the talks would go on.";
    expect_edge(text, "Ivan Orlov", AFF, "Tom Hale");
}

#[test]
fn an_office_someone_is_named_to_is_not_the_title_of_the_next_person() {
    let text = "Wishing luck to Tom Hale, who is set to be inaugurated as the 8th President of \
                Peru, Ivan Orlov also expressed hope for closer ties.";
    expect_no_edge(text, "Ivan Orlov", AFF, "Peru");
}

#[test]
fn a_fronted_with_before_talking_things_over_is_a_meeting() {
    let text = "With Peruvian Foreign Minister Ivan Orlov, Chilean Foreign Minister Tom Hale \
                reviewed the progress of bilateral cooperation.";
    expect_edge(text, "Tom Hale", MET, "Ivan Orlov");
    let text = "With the help of Peru, Chilean President Tom Hale discussed the plan.";
    expect_no_edge(text, "Tom Hale", MET, "Peru");
    let text = "With Ivan Orlov absent, Chilean President Tom Hale did not discuss the plan.";
    expect_no_edge(text, "Tom Hale", MET, "Ivan Orlov");
}

#[test]
fn what_two_sides_do_together_during_a_summit_they_do_meeting() {
    let text = "Japanese Prime Minister Tom Hale and South Korean President Ivan Orlov agreed \
                to deepen ties during a summit in Tokyo.";
    expect_edge(text, "Tom Hale", MET, "Ivan Orlov");
    let text = "Japanese Prime Minister Tom Hale and South Korean President Ivan Orlov agreed \
                to deepen ties after a summit with Chile.";
    expect_no_edge(text, "Tom Hale", MET, "Ivan Orlov");
}

#[test]
fn a_role_of_states_as_direct_object_stands_for_them() {
    let text = "UN Secretary-General Tom Hale met the foreign ministers of Armenia and Azerbaijan.";
    expect_edge(text, "Tom Hale", MET, "Armenia");
    expect_edge(text, "Tom Hale", MET, "Azerbaijan");
    // a thing of a state is no role of it
    let text = "UN Secretary-General Tom Hale met the people of Armenia.";
    expect_no_edge(text, "Tom Hale", MET, "Armenia");
}

#[test]
fn backing_that_is_stopped_or_withheld_is_no_backing() {
    let text = "US President Tom Hale paused weapons deliveries to Ukraine.";
    expect_no_edge(text, "Tom Hale", SUP, "Ukraine");
    let text = "US President Tom Hale approved weapons deliveries to Ukraine.";
    expect_edge(text, "Tom Hale", SUP, "Ukraine");
    expect_no_edge(
        "The EU froze financial aid to Hungary.",
        "European Union",
        SUP,
        "Hungary",
    );
}

#[test]
fn vowing_to_punish_is_hostility() {
    let text = "Indian Prime Minister Tom Hale vowed to punish Pakistan.";
    expect_edge(text, "Tom Hale", OPP, "Pakistan");
}

#[test]
fn a_state_in_front_of_a_noun_of_hostility_or_backing_does_it() {
    let text = "Germany condemned Russian attacks on Ukraine.";
    expect_edge(text, "Russia", OPP, "Ukraine");
    expect_no_edge(text, "Germany", OPP, "Ukraine");
    let text = "Qatar welcomed American support for Egypt.";
    expect_edge(text, "United States", SUP, "Egypt");
    expect_no_edge(text, "Qatar", SUP, "Egypt");
    let text = "China denounced the Japanese sanctions against Russia.";
    expect_edge(text, "Japan", OPP, "Russia");
    expect_no_edge(text, "China", OPP, "Russia");
    // a pact's own name in front of it is no party to it
    let text = "Australia signed the ANZUS treaty with New Zealand.";
    expect_no_edge(text, "ANZUS", SUP, "New Zealand");
}

#[test]
fn a_state_s_ministry_or_government_acts_for_the_state() {
    let text = "Iran's foreign ministry condemned the sanctions imposed by Britain.";
    expect_edge(text, "Iran", OPP, "United Kingdom");
    let text = "Egypt's government criticised Israel on Monday.";
    expect_edge(text, "Egypt", OPP, "Israel");
}

#[test]
fn an_it_opening_what_a_state_or_body_said_is_the_speaker() {
    let text = "Hamas said that it had rejected the Israeli conditions.";
    expect_edge(text, "Hamas", OPP, "Israel");
    let text = "The Kremlin said it would retaliate against Britain.";
    expect_edge(text, "Russia", OPP, "United Kingdom");
    // a person is no "it": the pronoun is the thing talked about
    let text = "Tom Hale said it would hurt Canada.";
    expect_no_edge(text, "Tom Hale", OPP, "Canada");
}

#[test]
fn meeting_with_someone_in_any_tense_is_a_meeting() {
    for text in [
        "Tom Hale said he would meet with Vladimir Petrov on Monday.",
        "Tom Hale added that he was to meet with Vladimir Petrov on Monday.",
        "Tom Hale is due to meet with Vladimir Petrov.",
        "Tom Hale had talks with Vladimir Petrov in Geneva.",
        "Tom Hale was speaking with Vladimir Petrov when the news broke.",
    ] {
        expect_edge(text, "Tom Hale", MET, "Vladimir Petrov");
    }
    // a verb with its own object takes no partner from a far "with"
    let text = "Tom Hale will travel to Turkey to meet his counterpart, Ann Roe, amid tensions with Iran.";
    expect_no_edge(text, "Tom Hale", MET, "Iran");
}

#[test]
fn a_statement_names_the_actors_its_object_is_about() {
    let text = "Tom Hale condemned Israel's attacks on Syria during a phone call with Vera Lind.";
    expect_edge(text, "Tom Hale", SAID, "Syria");
    expect_edge(text, "Tom Hale", SAID, "Israel");
    expect_no_edge(text, "Tom Hale", SAID, "Vera Lind");
    let text = "Tom Hale welcomed the ceasefire agreement between Pakistan and India.";
    expect_edge(text, "Tom Hale", SAID, "Pakistan");
    expect_edge(text, "Tom Hale", SAID, "India");
    // receiving a visitor is no statement about his state
    let text = "Tom Hale welcomed Ghana's President, John Mahama, to his residence.";
    expect_no_edge(text, "Tom Hale", SAID, "Ghana");
    expect_no_edge(text, "Tom Hale", SUP, "Ghana");
}

#[test]
fn the_two_leaders_are_the_two_named_last() {
    let text = "Tom Hale flew to Delhi on Monday to see Vera Lind. The two leaders held talks on trade.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    // one acted upon in passing is not one of the two
    let text = "Tom Hale said he sought Vera Lind's help to stop Ivan Orlov from speaking when the two \
                leaders held a bilateral meeting in April.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    expect_no_edge(text, "Vera Lind", MET, "Ivan Orlov");
    let text = "Qatar and Egypt backed the plan. The two countries held talks on Gaza.";
    expect_edge(text, "Qatar", MET, "Egypt");
}

#[test]
fn a_visit_by_someone_to_a_state_is_their_visit() {
    let text = "The two nations signed a deal during a rare visit by Russian President Vladimir Petrov to North Korea.";
    expect_edge(text, "Vladimir Petrov", MET, "North Korea");
    expect_no_edge(text, "Russia", MET, "North Korea");
}

#[test]
fn a_state_s_institution_and_a_colleague_s_state() {
    let text = "She will face charges in Bangladesh's International Crimes Tribunal.";
    expect_edge(text, "International Crimes Tribunal", AFF, "Bangladesh");
    let text = "The group is chaired by me and my British colleague John Healy.";
    expect_edge(text, "John Healy", AFF, "United Kingdom");
    // a company a state's possessive names is no institution of it
    let text = "Brazil's Petrobras raised its prices.";
    expect_no_edge(text, "Petrobras", AFF, "Brazil");
}

#[test]
fn a_plural_office_holds_every_person_listed_after_it() {
    let text = "The delegation included US envoys Tom Barrack and Morgan Ortagus.";
    expect_edge(text, "Tom Barrack", AFF, "United States");
    expect_edge(text, "Morgan Ortagus", AFF, "United States");
    let text = "EU foreign ministers Ann Roe, Tom Hale and Vera Lind met in Brussels.";
    expect_edge(text, "Vera Lind", AFF, "European Union");
    // a singular office is the first person's only
    let text = "French President Emmanuel Macron and Tom Hale met in Paris.";
    expect_no_edge(text, "Tom Hale", AFF, "France");
}

#[test]
fn his_country_is_the_state_he_serves() {
    let text = "Chinese Foreign Minister Wang Yi said that his country would continue to stand by Pakistan.";
    expect_edge(text, "China", SUP, "Pakistan");
    // nobody's office known: no state
    let text = "Tom Hale said that his country would stand by Pakistan.";
    expect_no_edge(text, "Tom Hale", SUP, "Pakistan");
}

#[test]
fn two_who_discuss_together_meet() {
    let text = "Foreign Minister Tom Hale and Ambassador Vera Lind also discussed the border issue.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    let text = "They praised the recent State Visit of Mauritian Prime Minister Navin Ramgoolam to India.";
    expect_edge(text, "Navin Ramgoolam", MET, "India");
    // one who discusses another's plan does not meet its author
    let text = "Tom Hale discussed Vera Lind's plan on television.";
    expect_no_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn blocking_a_measure_and_labelling_an_act_are_not_doing_it() {
    let text = "Viktor Orban has been blocking all sanctions against Moscow.";
    expect_no_edge(text, "Viktor Orban", OPP, "Russia");
    let text = "Tom Hale rejected what he described as an attack on Brazil's sovereignty.";
    expect_no_edge(text, "Tom Hale", OPP, "Brazil");
    // doing it is
    expect_edge("Tom Hale launched an attack on Brazil.", "Tom Hale", OPP, "Brazil");
}

#[test]
fn a_verb_ends_the_phrase_in_front_of_an_office() {
    let text = "China urged Japanese Prime Minister Sanae Takaichi to retract her remarks.";
    expect_edge(text, "Sanae Takaichi", AFF, "Japan");
    expect_no_edge(text, "Sanae Takaichi", AFF, "China");
}

#[test]
fn urging_an_actor_to_stop_what_it_does_opposes_it() {
    let text = "Egypt called on Israel to halt its offensive.";
    expect_edge(text, "Egypt", OPP, "Israel");
    let text = "China urged Japanese Prime Minister Sanae Takaichi to immediately correct and retract her remarks.";
    expect_edge(text, "China", OPP, "Sanae Takaichi");
    // urging it to do something else is no hostility
    let text = "Egypt urged Qatar to help end the war.";
    expect_no_edge(text, "Egypt", OPP, "Qatar");
    let text = "Egypt urged Qatar to continue its mediation.";
    expect_no_edge(text, "Egypt", OPP, "Qatar");
}

#[test]
fn protests_breaks_and_killings_are_hostility() {
    expect_edge("Beijing lodged a protest with Tokyo.", "China", OPP, "Japan");
    expect_edge("Iran vowed revenge against Israel.", "Iran", OPP, "Israel");
    expect_edge(
        "Nicaragua severed diplomatic relations with Israel.",
        "Nicaragua",
        OPP,
        "Israel",
    );
    expect_edge(
        "Israel assassinated Hamas leader Ismail Haniyeh.",
        "Israel",
        OPP,
        "Ismail Haniyeh",
    );
    // who condemns a killing did not kill
    let text = "Iran condemned the assassination of Ismail Haniyeh by Israel.";
    expect_no_edge(text, "Iran", OPP, "Ismail Haniyeh");
}

#[test]
fn a_verb_cue_that_is_a_noun_or_a_title_here_is_no_cue() {
    let text = "Tom Hale said. Vera Lind starred in the comedy Meet The Parents with Ivan Orlov.";
    expect_no_edge(text, "Vera Lind", MET, "Ivan Orlov");
    let text = "Tom Hale is a proponent of talks to bring Turkey into the European Union.";
    expect_no_edge(text, "Tom Hale", MET, "Turkey");
    let text = "The regulator wrote to the phone operators Vodafone and T-Mobile.";
    expect_no_edge(text, "Vodafone", MET, "T-Mobile");
}

#[test]
fn everyone_in_a_coordinated_subject_attends_the_talks_with_a_partner() {
    let text = "Mike Dale and Steve Roe will join him at the talks with Sergei Lavrov.";
    expect_edge(text, "Mike Dale", MET, "Sergei Lavrov");
    expect_edge(text, "Steve Roe", MET, "Sergei Lavrov");
}

#[test]
fn calls_and_meals_are_meetings_and_joining_a_person_is_no_membership() {
    expect_edge("Tom Hale received a call from Vera Lind.", "Tom Hale", MET, "Vera Lind");
    expect_edge("Tom Hale had lunch with Vera Lind.", "Tom Hale", MET, "Vera Lind");
    expect_edge("Tom Hale hosted a dinner for Vera Lind.", "Tom Hale", MET, "Vera Lind");
    let text = "Tom Hale joined Vera Lind in criticising the plan.";
    expect_no_edge(text, "Tom Hale", AFF, "Vera Lind");
    let text = "Britain joined France in condemning the attack.";
    expect_no_edge(text, "United Kingdom", AFF, "France");
    let text = "Tom Hale, joined by Vera Lind, met Ivan Orlov.";
    expect_no_edge(text, "Vera Lind", AFF, "Tom Hale");
    expect_edge("Georgia joined NATO in 2030.", "Georgia", AFF, "NATO");
}

#[test]
fn a_cue_object_list_ends_before_a_second_verb() {
    let text = "Tom Hale expressed solidarity with Qatar and strongly condemned the Israeli attack.";
    expect_edge(text, "Tom Hale", SUP, "Qatar");
    expect_no_edge(text, "Tom Hale", SUP, "Israel");
    let text = "Tom Hale expressed solidarity with Qatar and Jordan.";
    expect_edge(text, "Tom Hale", SUP, "Jordan");
}

#[test]
fn a_noun_whose_agent_follows_from_is_done_by_that_agent() {
    let text = "Tom Hale drew sharp criticism from Vera Lind.";
    expect_edge(text, "Vera Lind", OPP, "Tom Hale");
    expect_no_edge(text, "Tom Hale", OPP, "Vera Lind");
    expect_edge("Ukraine won support from Germany.", "Germany", SUP, "Ukraine");
    expect_edge("Tom Hale came under fire from Germany.", "Germany", OPP, "Tom Hale");
    // what is withdrawn is no backing
    let text = "Ukraine suffered the withdrawal of support from Germany.";
    expect_no_edge(text, "Germany", SUP, "Ukraine");
}

#[test]
fn nobody_meets_the_state_they_hold_office_in() {
    let text = "Trade was among the issues Mexican President Ana Lopez and Colombian President \
                Juan Ruiz spoke about at a meeting in Mexico City on Monday.";
    expect_no_edge(text, "Ana Lopez", MET, "Mexico");
    expect_edge(text, "Juan Ruiz", MET, "Mexico");
}

#[test]
fn a_possessive_in_an_opening_phrase_is_the_subject_after_it() {
    let text = "Ivan Orlov spoke on Monday. During his visit to Egypt, Tom Hale met Vera Lind.";
    expect_edge(text, "Tom Hale", MET, "Egypt");
    expect_no_edge(text, "Ivan Orlov", MET, "Egypt");
    // a clause of its own before the comma keeps the pronoun's earlier antecedent
    let text = "Ivan Orlov spoke on Monday. After his visit to Egypt ended, Tom Hale met Vera Lind.";
    expect_no_edge(text, "Tom Hale", MET, "Egypt");
}

#[test]
fn a_reduced_relative_is_a_passive_of_the_phrase_before_it() {
    let text = "The Broad Front, led by Tom Hale, won the vote.";
    expect_edge(text, "Tom Hale", AFF, "Broad Front");
    let text = "The Rapid Support Forces, backed by the United Arab Emirates, took the city.";
    expect_edge(text, "United Arab Emirates", SUP, "Rapid Support Forces");
    // a phrase that names no actor gives its agent to nobody
    let text = "Vera Lind criticised the plans, backed by Britain, to lift the embargo.";
    expect_no_edge(text, "United Kingdom", SUP, "Vera Lind");
}

#[test]
fn people_of_a_state_are_not_its_voice() {
    let text = "Israeli protesters accused Benjamin Netanyahu of prolonging the war.";
    expect_no_edge(text, "Israel", OPP, "Benjamin Netanyahu");
    expect_edge("Israeli officials accused Hamas of stalling.", "Israel", OPP, "Hamas");
    let text = "Pressure grew, with Hamas officials, analysts and Israeli protesters accusing \
                Benjamin Netanyahu of prolonging the war.";
    expect_edge(text, "Hamas", OPP, "Benjamin Netanyahu");
    expect_no_edge(text, "Israel", OPP, "Benjamin Netanyahu");
}

#[test]
fn a_partner_followed_by_a_phrase_of_time_is_met() {
    let text = "Tom Hale held talks with Vera Lind hours after a call with Ivan Orlov.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    expect_edge(text, "Tom Hale", MET, "Ivan Orlov");
}

#[test]
fn every_form_of_a_hostile_or_backing_verb_is_a_cue() {
    expect_edge(
        "Russia pummelled Ukraine with drones overnight.",
        "Russia",
        OPP,
        "Ukraine",
    );
    expect_edge(
        "The Menatep Group is suing Russia for damages.",
        "Menatep Group",
        OPP,
        "Russia",
    );
    expect_edge(
        "Tom Hale said he had been betrayed by Britain.",
        "United Kingdom",
        OPP,
        "Tom Hale",
    );
    expect_edge("Iran has long bankrolled Hezbollah.", "Iran", SUP, "Hezbollah");
    expect_edge("Germany deplores China's pressure on Taiwan.", "Germany", OPP, "China");
    // a word of the list that is a noun here is no cue
    let text = "Vera Lind said the loan from Germany would help to steady Ukraine's budget.";
    expect_no_edge(text, "Germany", SUP, "Ukraine");
    let text = "Tom Hale paid two pounds to Vera Lind.";
    expect_no_edge(text, "Tom Hale", OPP, "Vera Lind");
    expect_edge(
        "Russia's overnight blitz on Ukraine killed nine.",
        "Russia",
        OPP,
        "Ukraine",
    );
    expect_edge("Israel's barrage on Lebanon went on.", "Israel", OPP, "Lebanon");
}

#[test]
fn the_agent_after_by_does_what_the_noun_names() {
    let text = "Egypt condemned the attacks on Syria by Israel.";
    expect_edge(text, "Israel", OPP, "Syria");
    expect_no_edge(text, "Egypt", OPP, "Syria");
}

#[test]
fn a_statement_ends_where_another_speakers_attribution_begins() {
    let text = "Tom Hale stressed the importance of a ceasefire with Russia, while Hamas announced its approval of a proposal by Egypt.";
    expect_edge(text, "Tom Hale", SAID, "Russia");
    expect_no_edge(text, "Tom Hale", SAID, "Hamas");
    expect_no_edge(text, "Tom Hale", SAID, "Egypt");
    expect_edge(text, "Hamas", SAID, "Egypt");
    let text = "Tom Hale said that North Korean officials had backed the offensive in Ukraine, \
                according to the Korean news agency Yonhap.";
    expect_edge(text, "Tom Hale", SAID, "Ukraine");
    expect_no_edge(text, "Tom Hale", SAID, "Yonhap");
    expect_edge(text, "Yonhap", SAID, "Ukraine");
    let text = "Vera Lind said Tom Hale would visit Iran, Kremlin spokesman Ivan Orlov said.";
    expect_edge(text, "Vera Lind", SAID, "Iran");
    expect_no_edge(text, "Vera Lind", SAID, "Ivan Orlov");
    expect_edge(text, "Ivan Orlov", SAID, "Iran");
}

#[test]
fn a_speaker_the_statement_reports_is_what_was_said() {
    let text = "Tom Hale said Vera Lind told him that Russia would attack.";
    expect_edge(text, "Tom Hale", SAID, "Vera Lind");
    expect_edge(text, "Tom Hale", SAID, "Russia");
}

#[test]
fn a_state_in_front_of_an_office_speaks_as_its_holder() {
    let intro = "Estonian Foreign Minister Tom Hale arrived in Moscow on Monday.";
    let text = format!("{intro} According to the Estonian minister, Russia had been trying to end the war.");
    expect_edge(&text, "Tom Hale", SAID, "Russia");
    expect_no_edge(&text, "Estonia", SAID, "Russia");
    let text = format!("{intro} As the Estonian leader stated, there is no difference between Russia and Iran.");
    expect_edge(&text, "Tom Hale", SAID, "Iran");
    expect_no_edge(&text, "Estonia", SAID, "Iran");
    let text = format!("{intro} \"We will defend ourselves against Russia,\" warned the Estonian minister.");
    expect_edge(&text, "Tom Hale", SAID, "Russia");
    expect_no_edge(&text, "Tom Hale", SAID, "Estonia");
}

#[test]
fn an_attribution_names_the_actor_it_is_headed_by() {
    let text = "Tom Hale said that Iran had backed the plan, according to the Russian state agency Tass.";
    expect_edge(text, "Tass", SAID, "Tom Hale");
    expect_edge(text, "Tass", SAID, "Iran");
    expect_no_edge(text, "Russia", SAID, "Iran");
    expect_no_edge(text, "Tom Hale", SAID, "Tass");
}

#[test]
fn a_quote_given_to_a_voice_that_names_no_actor_is_not_the_last_speakers() {
    let text = "Ivan Orlov said Russia would respond. \
                \"Tom Hale arrived in Oman for talks with Iran,\" the agency said.";
    expect_edge(text, "Ivan Orlov", SAID, "Russia");
    expect_no_edge(text, "Ivan Orlov", SAID, "Oman");
    expect_no_edge(text, "Ivan Orlov", SAID, "Iran");
    // an office written as a name stands for the person named before
    let text = "Tom Hale said Russia would respond. \
                \"We talked about Iran and the security of Europe,\" the Foreign Minister wrote.";
    expect_edge(text, "Tom Hale", SAID, "Iran");
}

#[test]
fn the_body_in_front_of_a_statement_noun_speaks() {
    let text = "Ivan Orlov said Russia would respond. \
                \"Tom Hale raised concerns about China,\" said a Kremlin readout.";
    expect_edge(text, "Russia", SAID, "Tom Hale");
    expect_edge(text, "Russia", SAID, "China");
    expect_no_edge(text, "Ivan Orlov", SAID, "China");
}

#[test]
fn a_comma_closing_the_subjects_apposition_does_not_invert_the_cue() {
    let text = "Vera Lind, deputy director of the North Korean ruling party's Central Committee, \
                said Tom Hale is unfit to lead.";
    expect_edge(text, "Vera Lind", SAID, "Tom Hale");
    expect_no_edge(text, "Tom Hale", SAID, "Vera Lind");
    expect_no_edge(text, "Tom Hale", SAID, "North Korea");
    // a statement before the comma is what an inverted cue's speaker said
    let text = "Russia will respond to Tom Hale, said Vera Lind.";
    expect_edge(text, "Vera Lind", SAID, "Russia");
}

#[test]
fn a_participle_before_a_cue_noun_keeps_the_cue() {
    let text = "Tom Hale called on the world to impose targeted sanctions on Russia.";
    expect_edge(text, "Tom Hale", OPP, "Russia");
}

#[test]
fn a_title_owned_by_one_state_is_not_another_states_holder() {
    let text = "Ruritanian President Tom Hale spoke in the capital on Wednesday. \
                The Congolese president later met Vera Lind.";
    expect_no_edge(text, "Tom Hale", MET, "Vera Lind");
    let text = "DR Congo President Tom Hale spoke in Kinshasa on Wednesday. \
                The Congolese president also accused Rwanda of backing the rebels.";
    expect_edge(text, "Tom Hale", OPP, "Rwanda");
    let text = "DR Congo President Tom Hale spoke in Kinshasa on Wednesday. \
                India's president condemned Rwanda.";
    expect_no_edge(text, "Tom Hale", OPP, "Rwanda");
}

#[test]
fn a_surname_that_is_also_a_town_names_the_titled_person() {
    let text = "Ruritanian Prime Minister Mark Lincoln arrived on Monday. \
                Lincoln met Vera Lind on Tuesday.";
    expect_edge(text, "Mark Lincoln", MET, "Vera Lind");
}

#[test]
fn a_headline_in_title_case_is_read_as_lower_case_words() {
    let text = "Hale and Lind Hold Summit Talks in Busan\n\n\
                Ruritanian President Tom Hale and Vera Lind, the prime minister of Elbonia, \
                arrived on Monday.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn a_bid_to_join_is_no_membership() {
    expect_no_edge("Georgia's bid to join NATO stalled again.", "Georgia", AFF, "NATO");
    expect_no_edge(
        "Georgia is seeking to join the European Union.",
        "Georgia",
        AFF,
        "European Union",
    );
    expect_no_edge("Georgia will join NATO next year.", "Georgia", AFF, "NATO");
    expect_edge(
        "Georgia, which joined NATO in 2030, sent troops.",
        "Georgia",
        AFF,
        "NATO",
    );
}

#[test]
fn condemning_an_attack_is_not_attacking() {
    let text = "During the call, Tom Hale condemned the attack on Ukraine.";
    expect_no_edge(text, "Tom Hale", OPP, "Ukraine");
    let text = "Tom Hale condemned Russia's attack on Ukraine.";
    expect_edge(text, "Russia", OPP, "Ukraine");
    expect_no_edge(text, "Tom Hale", OPP, "Ukraine");
    expect_edge("Israel launched an attack on Hamas.", "Israel", OPP, "Hamas");
}

#[test]
fn a_demonym_before_a_states_act_names_the_state() {
    let text = "Saudi Arabia and Jordan also condemned the Israeli strikes.";
    expect_edge(text, "Jordan", OPP, "Israel");
    expect_edge(text, "Saudi Arabia", OPP, "Israel");
    expect_edge("Jordan condemned the Israeli airstrikes.", "Jordan", OPP, "Israel");
    // a demonym before a body or a place is no voice of the state
    expect_no_edge(
        "Tom Hale works for Sri Lankan television.",
        "Tom Hale",
        AFF,
        "Sri Lanka",
    );
}

#[test]
fn the_two_leaders_meeting_without_an_object_is_their_meeting() {
    let text = "Ruritanian President Tom Hale and Elbonian President Vera Lind arrived on Monday. \
                The two leaders met at State House on Tuesday.";
    expect_edge(text, "Tom Hale", MET, "Vera Lind");
    let text = "Tom Hale and Vera Lind have called for a ceasefire.";
    expect_no_edge(text, "Tom Hale", MET, "Vera Lind");
}

#[test]
fn a_definite_office_of_a_state_acts_as_its_one_holder() {
    let text = "Chinese Foreign Minister Li Wen said China would stand by Pakistan. \
                The Chinese foreign minister made the comments during a telephone conversation \
                with Pakistani Foreign Minister Ali Raza.";
    expect_edge(text, "Li Wen", MET, "Ali Raza");
    expect_no_edge(text, "China", MET, "Ali Raza");
}

#[test]
fn briefing_a_named_person_is_meeting_them() {
    let text = "Qatari Prime Minister Karim Haddad briefed Iran's acting foreign minister, \
                Ali Rostami, on the talks.";
    expect_edge(text, "Karim Haddad", MET, "Ali Rostami");
    // the press or a body briefed is no partner
    let text = "Karim Haddad briefed reporters and the United Nations on the talks.";
    expect_no_edge(text, "Karim Haddad", MET, "United Nations");
    // telling is no meeting
    let text = "Karim Haddad told Ali Rostami that Iran must wait.";
    expect_no_edge(text, "Karim Haddad", MET, "Ali Rostami");
}

#[test]
fn meeting_a_host_in_their_capital_is_a_visit_to_their_state() {
    let text = "Sudanese army chief Omar Haddad on Thursday met with Egyptian President \
                Karim Nasser in Cairo. Egypt backs the army.";
    expect_edge(text, "Omar Haddad", MET, "Egypt");
    expect_no_edge(text, "Karim Nasser", MET, "Egypt");
    let text = "Iranian Foreign Minister Ali Rostami was to meet with Russian President Ivan Orlov \
                Monday morning in Moscow. Russia backs Iran.";
    expect_edge(text, "Ali Rostami", MET, "Russia");
    // no host of that state named: no visit
    let text = "Iranian Foreign Minister Ali Rostami and Indian Foreign Minister Ravi Kumar \
                would meet in Saudi Arabia later this month.";
    expect_no_edge(text, "Ali Rostami", MET, "Saudi Arabia");
    expect_no_edge(text, "Ravi Kumar", MET, "Saudi Arabia");
}

#[test]
fn meeting_on_the_sidelines_of_a_body_attends_it() {
    let text = "Omar Haddad said he sought Ravi Kumar's help when the two leaders held a \
                bilateral meeting on the margins of a Bimstec Summit in Bangkok in April.";
    expect_edge(text, "Omar Haddad", MET, "Bimstec");
    expect_edge(text, "Ravi Kumar", MET, "Bimstec");
    let text = "\"Iran will defend itself,\" said Iranian Foreign Minister Ali Rostami on the \
                sidelines of a meeting of the Organization of Islamic Cooperation (OIC) in Istanbul.";
    expect_edge(text, "Ali Rostami", MET, "Organisation of Islamic Cooperation");
    // a state visited in the sentence attends nothing
    let text = "The meeting between Omar Haddad and Ravi Kumar follows talks on the sidelines of \
                the Group of Seven summit in Canada and Omar Haddad's visit to Tokyo. Japan welcomed it.";
    expect_edge(text, "Omar Haddad", MET, "G7");
    expect_no_edge(text, "Japan", MET, "G7");
}

#[test]
fn the_people_a_delegation_included_meet_its_partner() {
    let text = "A US delegation met with Lebanese President Karim Nasser on Tuesday. \
                The delegation included US envoys Tom Hale and Ann Roe, and Senator Vera Lind.";
    expect_edge(text, "Tom Hale", MET, "Karim Nasser");
    expect_edge(text, "Ann Roe", MET, "Karim Nasser");
    expect_edge(text, "Vera Lind", MET, "Karim Nasser");
    // a delegation that met nobody
    let text = "A US delegation arrived in Beirut on Tuesday. \
                The delegation included US envoys Tom Hale and Ann Roe.";
    expect_no_edge(text, "Tom Hale", MET, "Ann Roe");
}

#[test]
fn a_meeting_noun_with_no_actor_before_it_is_the_last_meeters() {
    let text = "Indian Foreign Minister Ravi Kumar met Danish Foreign Minister Lars Holm on Monday. \
                Bilateral ties were also on the agenda in separate meetings with foreign ministers \
                Ali Rostami of Iran.";
    expect_edge(text, "Ravi Kumar", MET, "Ali Rostami");
    let text = "Indian Foreign Minister Ravi Kumar met Danish Foreign Minister Lars Holm on Monday. \
                During meetings with Ali Rostami and Omar Haddad, trade was discussed.";
    expect_edge(text, "Ravi Kumar", MET, "Ali Rostami");
    expect_edge(text, "Ravi Kumar", MET, "Omar Haddad");
    // an actor before the noun holds it; a definite meeting is one already known
    let text = "Indian Foreign Minister Ravi Kumar met Danish Foreign Minister Lars Holm on Monday. \
                Iran also welcomed talks with Omar Haddad.";
    expect_no_edge(text, "Ravi Kumar", MET, "Omar Haddad");
    let text = "Indian Foreign Minister Ravi Kumar met Danish Foreign Minister Lars Holm on Monday. \
                The negotiations with the European Union would be reviewed next week.";
    expect_no_edge(text, "Ravi Kumar", MET, "European Union");
}

#[test]
fn titled_people_listed_as_a_states_officials_hold_office_in_it() {
    let text = "Philippine officials present were Executive Secretary Tom Reyes, Tourism Secretary \
                Ann Cruz and Japanese Ambassador Ken Sato.";
    expect_edge(text, "Tom Reyes", AFF, "Philippines");
    expect_edge(text, "Ann Cruz", AFF, "Philippines");
    expect_no_edge(text, "Ken Sato", AFF, "Philippines");
    // a state that is not the officials' own; no list
    let text = "Philippine officials met Executive Secretary Tom Reyes.";
    expect_no_edge(text, "Tom Reyes", AFF, "Philippines");
    let text = "Iran's foreign minister arrived on Monday. The US delegation will be led by \
                Middle East envoy Tom Hale, while Iran will be represented by Foreign Minister Ali Rostami.";
    expect_no_edge(text, "Ali Rostami", AFF, "United States");
    let text = "The British Government is not going down the road that Mr Tom Hale suggests.";
    expect_no_edge(text, "Tom Hale", AFF, "United Kingdom");
}

#[test]
fn having_spoken_with_someone_is_a_meeting() {
    let text = "The Kremlin said Vladimir Petrov had also spoken by phone with Tom Hale before the trip.";
    expect_edge(text, "Vladimir Petrov", MET, "Tom Hale");
}

#[test]
fn a_stance_noun_in_a_conjunct_of_an_adjunct_is_the_subjects() {
    let text = "Iran responded on Friday with missile and drone strikes on Israel.";
    expect_edge(text, "Iran", OPP, "Israel");
    // (an office in a conjunct of the object is not the subject's)
    let text = "Tom Hale will meet Prime Minister Vera Lind, and Chief of Staff of the Army Ivan Orlov.";
    expect_no_edge(text, "Tom Hale", AFF, "Ivan Orlov");
}

#[test]
fn a_verb_cue_whose_subject_is_a_measure_is_done_by_who_takes_it() {
    let text = "Russia launched drone attacks targeting Ukraine overnight.";
    expect_edge(text, "Russia", OPP, "Ukraine");
    let text = "The European Union imposed new sanctions aimed at supporting Ukraine.";
    expect_edge(text, "European Union", SUP, "Ukraine");
    let text = "Tom Hale hosted a summit aimed at strengthening Ukraine.";
    expect_edge(text, "Tom Hale", SUP, "Ukraine");
    // a noun that names no measure does nothing
    let text = "Prosecutors charged nine suppliers with helping Tom Hale.";
    expect_no_edge(text, "Prosecutors", SUP, "Tom Hale");
}

#[test]
fn coordinated_subjects_of_a_verb_of_fighting_fight_each_other() {
    let text = "Armenia and Azerbaijan have clashed repeatedly since 2020.";
    expect_edge(text, "Armenia", OPP, "Azerbaijan");
    expect_edge(text, "Azerbaijan", OPP, "Armenia");
    let text =
        "Peace talks between Sudan and the Rapid Support Forces, which have been fighting for two years, failed.";
    expect_edge(text, "Sudan", OPP, "Rapid Support Forces");
    expect_edge(text, "Rapid Support Forces", OPP, "Sudan");
    // side by side, or not at all
    let text = "Britain and France fought together in Iraq.";
    expect_no_edge(text, "Britain", OPP, "France");
    let text = "Britain and France fought alongside the United States.";
    expect_no_edge(text, "Britain", OPP, "France");
    expect_no_edge(text, "Britain", OPP, "United States");
    let text = "Armenia and Azerbaijan have not fought since 2023.";
    expect_no_edge(text, "Armenia", OPP, "Azerbaijan");
}

#[test]
fn him_or_her_after_a_stance_verb_is_the_person_named_before() {
    let text = "Tom Hale met Ruth Lane on Monday and praised her.";
    expect_edge(text, "Tom Hale", SUP, "Ruth Lane");
    // not the owner of a thing in a phrase before
    let text = "Liam Roe said the remarks were at odds with Vera Lind's plan. \
                But Tom Hale accused him of scoring points.";
    expect_edge(text, "Tom Hale", OPP, "Liam Roe");
    expect_no_edge(text, "Tom Hale", OPP, "Vera Lind");
}

#[test]
fn a_stance_verb_joined_to_a_reported_clause_is_the_reporters() {
    let text = "Tom Hale asserted Ruritania's decision was made independently and accused France of \
                destabilising the region.";
    expect_edge(text, "Tom Hale", OPP, "France");
}

#[test]
fn strengthening_an_actor_backs_it() {
    expect_edge("Tom Hale wants to strengthen NATO.", "Tom Hale", SUP, "NATO");
}

#[test]
fn a_subject_conjunct_that_names_nobody_leaves_the_cue_to_the_named_one() {
    let text = "Kenya and Western countries accuse Rwanda of backing the rebels.";
    expect_edge(text, "Kenya", OPP, "Rwanda");
    expect_no_edge(text, "Rwanda", OPP, "Kenya");
    let text = "Pressure has grown, with Hamas officials, analysts, and Israeli protesters accusing \
                Benjamin Netanyahu of prolonging the war.";
    expect_edge(text, "Hamas", OPP, "Benjamin Netanyahu");
    // (a conjunct after the subject, in a clause of its own, is not it)
    let text = "Russia condemned the drills, while Germany and France called for restraint.";
    expect_no_edge(text, "Germany", SAID, "Russia");
}

#[test]
fn a_party_named_in_apposition_makes_the_person_its_member() {
    let text = "Tom Hale, a Republican from South Carolina, criticised the plan.";
    let aff = expect_edge(text, "Tom Hale", AFF, "Republican Party");
    assert_eq!(aff.evidence.role.as_deref(), Some("member"));
    expect_edge(
        "Tom Hale, a Democrat, praised the plan.",
        "Tom Hale",
        AFF,
        "Democratic Party",
    );
    expect_no_edge("Tom Hale, a NATO ally, said.", "Tom Hale", AFF, "NATO");
}
