//! `newsgraph merge FILE... [-o FILE] [--format json|dot]`: extraction JSONL files
//! and graph JSON files, mixed, merged into one graph.

use super::args::{write_graph, GraphFormat};
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Extraction JSONL and graph JSON files, mixed; - for stdin.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output file; stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format (default: from -o's extension, else json).
    #[arg(long, value_enum)]
    format: Option<GraphFormat>,
}

pub fn run(args: Args) -> Result<()> {
    let format = GraphFormat::choose(args.format, args.output.as_deref())?;
    let graph = newsgraph::io::merge_files(&args.files)?;
    write_graph(&graph, format, args.output.as_deref())
}
