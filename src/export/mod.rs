//! Exporters: one module per output format. They read only the graph.
//!
//! The node-link JSON contract is read and written by [`crate::io::graph_json`];
//! [`json`] is the same writer under the export formats' roof.

pub mod dot;
pub mod render;

/// The node-link JSON graph (the contract): see [`crate::io::graph_json`].
pub mod json {
    pub use crate::io::graph_json::{from_str, from_value, is_graph, read, to_string};
}

pub use crate::io::write_output;
