#![warn(missing_docs)]
//! newsgraph turns news articles into a knowledge graph of actors (people,
//! organisations, countries, named groups) and what they did to each other, keeps the
//! sentence behind every edge, and hands the graph on: node-link JSON, DOT, GraphML,
//! GEXF, neo4j-admin CSV, openCypher and an interactive HTML page ([`export`]), and
//! query answers ([`query`]).
//!
//! The unit of work is one article: [`Pipeline::extract`] is a pure function from a
//! [`Document`] to an [`Extraction`]; [`KnowledgeGraph::merge`] is the reduce step.
//!
//! ```
//! use newsgraph::export::{self, dot::DotOptions, Exported, Format};
//! use newsgraph::{Document, Pipeline, RelationType};
//!
//! let doc = Document {
//!     id: "demo".into(),
//!     text: "French President Pierre Lemaire met Austrian Chancellor Ilse Varga.".into(),
//!     title: None, date: None, source: None, url: None,
//! };
//! let pipeline = Pipeline::default();
//! // map: one article's actors and relations, each with its evidence sentence
//! let x = pipeline.extract(&doc);
//! assert!(x.entities.iter().any(|e| e.name == "Pierre Lemaire"));
//! // reduce: the graph (one edge per source, relation, target)
//! let g = pipeline.build(&[doc])?;
//! let met = &g.edges[&("ilse-varga".to_string(), RelationType::MetWith, "pierre-lemaire".to_string())];
//! assert_eq!(met.evidence.first().unwrap().cue, "met");
//! // hand it on: any format, as text (or a directory of files for CSV)
//! let Exported::File(graphml) = export::export(&g, Format::Graphml, &DotOptions::default()) else {
//!     unreachable!()
//! };
//! assert!(graphml.contains("<data key=\"n_label\">Ilse Varga</data>"));
//! # Ok::<(), newsgraph::Error>(())
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
pub mod progress;
pub mod query;
pub mod stream;
pub mod syntax;
pub mod text;

pub use error::{Error, Result};
pub use graph::KnowledgeGraph;
pub use lexicon::Lexicon;
pub use model::{Document, Entity, EntityType, Evidence, Extraction, Modality, Relation, RelationType};

use rayon::prelude::*;

/// How many documents `Pipeline::build` extracts at a time before folding them into
/// the graph: enough to keep every core busy, few enough that memory is the graph's.
const BUILD_BATCH: usize = 1024;

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

    /// Extracts and merges: the graph of all `docs`. Documents are extracted in
    /// parallel a batch at a time and folded into the graph as they come, so memory
    /// holds the graph and one batch, not one extraction per document.
    pub fn build(&self, docs: &[Document]) -> Result<KnowledgeGraph> {
        let mut g = KnowledgeGraph::new();
        for batch in docs.chunks(BUILD_BATCH) {
            let parts: Vec<KnowledgeGraph> = batch
                .par_iter()
                .map(|d| KnowledgeGraph::from_extraction(&self.extract(d)))
                .collect();
            for p in parts {
                g.absorb(p)?;
            }
        }
        g.resolve_actors();
        Ok(g)
    }
}
