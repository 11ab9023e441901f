//! `newsgraph export GRAPH.json [--format json|dot] [-o FILE] [filters]`: a graph, or
//! the part the filters keep, in another format.

use super::args::{FilterArgs, GraphFormat, PictureArgs};
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A graph JSON file (from `build` or `merge`).
    graph: PathBuf,
    /// Output format (default: from -o's extension, else json).
    #[arg(long, value_enum)]
    format: Option<GraphFormat>,
    /// Output file; stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    picture: PictureArgs,
}

pub fn run(args: Args) -> Result<()> {
    let format = GraphFormat::choose(args.format, args.output.as_deref())?;
    let graph = args.filter.read_filtered_graph(&args.graph)?;
    let text = format.write_to_string(&graph, &args.picture.into());
    Ok(newsgraph::io::write_output(args.output.as_deref(), text.as_bytes())?)
}
