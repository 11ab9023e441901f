//! Relationship questions over a `KnowledgeGraph`: one function per query kind, each
//! returning a typed report that serialises with serde (the stable `--json` shape,
//! documented in docs/query.md) and renders as aligned text for people.
//!
//! Names are resolved with [`KnowledgeGraph::find`](crate::graph::KnowledgeGraph::find). `met-with` is symmetric and
//! stored once, so neighbours, edges and paths treat it as undirected. Every query
//! builds one O(|V| + |E|) index and walks only what it needs from there.
//! One file per query kind, each beside its report types; [`render`] writes every
//! report out (table, JSON, CSV, JSON Lines).

mod edges;
mod entity;
mod index;
mod neighbors;
mod path;
pub mod render;
mod report;
mod stats;
mod subgraph;
mod top;

pub use edges::{edges, EdgeQuery, EdgesReport};
pub use entity::{entity, EntityReport, OtherReading, RelationCount};
pub use neighbors::{neighbors, Neighbor, NeighborsReport};
pub use path::{path, Hop, Path, PathOptions, PathReport};
pub use render::{to_csv, to_jsonl, to_pretty_json, CsvHeader, EvidenceRow, HopItem, ListReport, Render, TextStyle};
pub use report::{ActorRef, Direction, EdgeReport, EvidenceReport};
pub use stats::{stats, RelationStats, StatsReport};
pub use subgraph::subgraph;
pub use top::{top, Ranked, Ranking, TopOptions, TopReport, PAGERANK_DAMPING};
