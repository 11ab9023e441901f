//! Extraction: Document -> Extraction. `mentions` finds actor mentions, `resolve`
//! groups them into the document's entities, `relations` finds relations between them.

use crate::lexicon::Lexicon;
use crate::model::{Document, Extraction, EXTRACTION_SCHEMA};

/// Extracts one document's actors and relations.
pub fn extract(_lexicon: &Lexicon, doc: &Document) -> Extraction {
    Extraction {
        schema: EXTRACTION_SCHEMA.to_string(),
        document: doc.meta(),
        entities: Vec::new(),
        relations: Vec::new(),
    }
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
