//! Relations that depend on the syntax of the sentence: which noun heads a phrase,
//! which clause a name sits in, what the subject and the object of a verb are, how far
//! a coordination reaches. Sentences are written for these tests (invented names and
//! places, well-known states), judged by shared/ANNOTATION.md.

mod common;

use common::extraction::{expect_edge, expect_no_edge};
use newsgraph::RelationType;

const MET: RelationType = RelationType::MetWith;
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
