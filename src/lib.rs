#![warn(missing_docs)]
//! newsgraph turns news articles into a knowledge graph of actors (people,
//! organisations, countries, named groups) and what they did to each other, keeps the
//! sentence behind every edge, and hands the graph on as JSON, DOT or query answers.
//!
//! The unit of work is one article: [`Pipeline::extract`] is a pure function from a
//! [`Document`] to an [`Extraction`]; [`KnowledgeGraph::merge`] is the reduce step.
//!
//! ```
//! use newsgraph::{Document, Pipeline};
//! let doc = Document {
//!     id: "demo".into(),
//!     text: "French President Pierre Lemaire met Austrian Chancellor Ilse Varga.".into(),
//!     title: None, date: None, source: None, url: None,
//! };
//! let pipeline = Pipeline::default();
//! let x = pipeline.extract(&doc);
//! assert!(x.entities.iter().any(|e| e.name == "Pierre Lemaire"));
//! ```

pub mod document;
mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod filter;
pub mod graph;
pub mod io;
pub mod lexicon;
pub mod model;
pub mod query;
pub mod text;

pub use error::{Error, Result};
pub use graph::KnowledgeGraph;
pub use lexicon::Lexicon;
pub use model::{Document, Entity, EntityType, Evidence, Extraction, Modality, Relation, RelationType};

use rayon::prelude::*;

/// The extraction pipeline: a lexicon and the rules that use it.
#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    lexicon: Lexicon,
}

impl Pipeline {
    /// A pipeline over the given lexicon (built-in data plus any user lexicons).
    pub fn new(lexicon: Lexicon) -> Self {
        Pipeline { lexicon }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Extracts one document's actors and relations.
    pub fn extract(&self, doc: &Document) -> Extraction {
        extract::extract(&self.lexicon, doc)
    }

    /// Extracts many documents in parallel; the result keeps the input order.
    pub fn extract_all(&self, docs: &[Document]) -> Vec<Extraction> {
        docs.par_iter().map(|d| self.extract(d)).collect()
    }

    /// Extracts and merges: the graph of all `docs`.
    pub fn build(&self, docs: &[Document]) -> Result<KnowledgeGraph> {
        let parts: Vec<KnowledgeGraph> = self
            .extract_all(docs)
            .iter()
            .map(KnowledgeGraph::from_extraction)
            .collect();
        KnowledgeGraph::merge(parts)
    }
}
