//! `newsgraph build INPUT... [-o FILE] [--format json|dot]`: extract and merge, the
//! graph of all inputs.

use super::args::{write_graph, GraphFormat, InputArgs};
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output file (format from its extension); stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format (default: from -o's extension, else json).
    #[arg(long, value_enum)]
    format: Option<GraphFormat>,
}

pub fn run(args: Args) -> Result<()> {
    let format = GraphFormat::choose(args.format, args.output.as_deref())?;
    let documents = args.input.documents()?;
    let graph = args.input.pipeline()?.build(&documents)?;
    write_graph(&graph, format, args.output.as_deref())
}
