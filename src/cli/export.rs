//! `newsgraph export GRAPH.json [--format F] [-o FILE] [filters]`: a graph, or the part
//! the filters keep, as JSON, DOT, GraphML, GEXF, CSV, Cypher or an HTML page
//! (docs/interop.md).

use super::args::{choose_format, FilterArgs, PictureArgs};
use anyhow::Result;
use newsgraph::export::{self, Format};
use newsgraph::io;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A graph JSON file (from `build` or `merge`).
    graph: PathBuf,
    /// Output format: json, dot, graphml, gexf, csv (a directory), cypher or html
    /// (default: from -o's extension, else json).
    #[arg(long, value_name = "FORMAT")]
    format: Option<Format>,
    /// Output file (a directory for csv); stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    #[command(flatten)]
    filter: FilterArgs,
    #[command(flatten)]
    picture: PictureArgs,
}

pub fn run(args: Args) -> Result<()> {
    let format = choose_format(args.format, args.output.as_deref())?;
    io::check_output(args.output.as_deref(), std::slice::from_ref(&args.graph))?;
    let graph = args.filter.read_filtered_graph(&args.graph)?;
    Ok(export::write(
        &graph,
        format,
        args.output.as_deref(),
        &args.picture.into(),
    )?)
}
