//! Exporters: one module per output format. They read only the graph.

pub mod dot;
pub mod json;
pub mod render;

use crate::Result;
use std::path::Path;

/// Writes `bytes` to `path` whole or not at all, or to stdout when `path` is `None`
/// or `-`: see [`crate::output::write_output`].
pub fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    crate::output::write_output(path, bytes)
}
