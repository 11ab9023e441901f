//! Extraction: Document -> Extraction. `mentions` finds actor mentions, `entities`
//! groups them into the document's entities, `relations` finds relations between them.

pub mod entities;
pub mod mentions;
pub mod relations;

use crate::lexicon::Lexicon;
use crate::model::{Document, Entity, Extraction, Mention, Relation, EXTRACTION_SCHEMA};
use indexmap::IndexMap;

/// Extracts one document's actors and relations.
pub fn extract(lexicon: &Lexicon, doc: &Document) -> Extraction {
    run(lexicon, doc, true)
}

/// Extracts one document's actors only (no relations): the first half of `extract`,
/// for callers that need only the nodes, and for benchmarks.
pub fn extract_actors(lexicon: &Lexicon, doc: &Document) -> Extraction {
    run(lexicon, doc, false)
}

fn run(lexicon: &Lexicon, doc: &Document, with_relations: bool) -> Extraction {
    let text = doc.text.as_str();
    let seg = crate::text::segment(text);
    let d = mentions::Article::new(text, &seg, lexicon);
    let raw = mentions::find(&d);
    let res = entities::resolve(&d, raw);
    let found = if with_relations {
        relations::find(&d, &res)
    } else {
        Vec::new()
    };

    // entities with their mentions, in order of first mention
    let mut entities: IndexMap<usize, Entity> = IndexMap::new();
    for m in &res.mentions {
        let e = &res.entities[m.entity];
        let entry = entities.entry(m.entity).or_insert_with(|| Entity {
            id: res.id(m.entity),
            name: e.name.clone(),
            kind: e.kind,
            roles: Vec::new(),
            wikidata: e
                .lexicon
                .and_then(|a| lexicon.actors[a].wikidata.as_deref().map(String::from)),
            mentions: Vec::new(),
        });
        let (s, t) = (seg.tokens[m.raw.first].start, seg.tokens[m.raw.end - 1].end);
        entry.mentions.push(Mention {
            text: text[s..t].to_string(),
            span: [s, t],
            sentence: m.raw.sentence,
            how: m.raw.how,
        });
        if let (Some(title), true) = (&m.raw.title, m.raw.office) {
            let role = title_case(title);
            if !entry.roles.contains(&role) {
                entry.roles.push(role);
            }
        }
    }
    // (an entity's id is `res.id`, computed once above for each listed entity)
    let relations = found
        .iter()
        // an extraction line never names an actor it does not list, nor links an
        // actor to itself: `merge` refuses lines that do (io::extraction_lines::validate)
        .filter_map(|f| match (entities.get(&f.source), entities.get(&f.target)) {
            (Some(s), Some(t)) if s.id != t.id => Some((f, s.id.clone(), t.id.clone())),
            _ => None,
        })
        .map(|(f, source, target)| Relation {
            source,
            relation: f.relation,
            target,
            evidence: relations::evidence(&d, &doc.id, f.sentence, f),
        })
        .collect();
    Extraction {
        schema: EXTRACTION_SCHEMA.to_string(),
        document: doc.meta(),
        entities: entities.into_values().collect(),
        relations,
    }
}

/// A role as a title: "foreign secretary" -> "Foreign Secretary", so that one role
/// written in two cases is one role.
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if w.chars().all(|x| x.is_lowercase() || !x.is_alphabetic()) => {
                    f.to_uppercase().chain(c).collect()
                }
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Serialises extractions as JSON Lines, one document per line.
pub fn to_jsonl(xs: &[Extraction]) -> String {
    let mut out = String::new();
    for x in xs {
        out.push_str(&serde_json::to_string(x).expect("extraction serialises"));
        out.push('\n');
    }
    out
}

/// A human-readable account of why each relation exists: per edge, the rule and cue
/// that fired, the modality and the sentence (for `newsgraph extract --explain`).
pub fn explain(xs: &[Extraction]) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for x in xs {
        let name = |id: &str| {
            x.entities
                .iter()
                .find(|e| e.id == id)
                .map_or_else(|| id.to_string(), |e| e.name.clone())
        };
        let _ = writeln!(
            out,
            "== {} ({} actors, {} relations)",
            x.document.id,
            x.entities.len(),
            x.relations.len()
        );
        for e in &x.entities {
            let forms: std::collections::BTreeSet<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            let _ = writeln!(
                out,
                "   actor {} [{}] x{}: {}",
                e.name,
                e.kind,
                e.mentions.len(),
                forms.into_iter().collect::<Vec<_>>().join(" | ")
            );
        }
        for r in &x.relations {
            let ev = &r.evidence;
            let _ = writeln!(
                out,
                "   {} -{}-> {}  [rule {}, cue \"{}\", {}{}]\n      s{}: {}",
                name(&r.source),
                r.relation,
                name(&r.target),
                ev.rule.as_deref().unwrap_or("-"),
                ev.cue,
                ev.modality,
                ev.role.as_deref().map(|r| format!(", role {r}")).unwrap_or_default(),
                ev.sentence,
                ev.text.replace('\n', " ")
            );
        }
    }
    out
}
