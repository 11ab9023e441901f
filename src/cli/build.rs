//! `newsgraph build INPUT... [-o FILE] [--format F] [--max-evidence N]`: extract and
//! merge, the graph of all inputs, streamed in bounded batches (docs/scale.md).

use super::args::{choose_format, graph_summary, write_graph, InputArgs, MergeArgs};
use anyhow::Result;
use newsgraph::export::Format;
use newsgraph::progress::Reporter;
use newsgraph::{io, stream};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output file (format from its extension; a directory for csv); stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format: json, dot, graphml, gexf, csv (a directory), cypher or html
    /// (default: from -o's extension, else json).
    #[arg(long, value_name = "FORMAT")]
    format: Option<Format>,
    #[command(flatten)]
    merge: MergeArgs,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let format = choose_format(args.format, args.output.as_deref())?;
    // refused before any work: an output that is one of the inputs, a directory, a device
    io::check_output(args.output.as_deref(), &args.input.files())?;
    let documents = args.input.stream()?;
    let mut report = Reporter::new("build", documents.total_bytes(), quiet);
    let batching = stream::Batching::default();
    let (graph, _) = stream::build(
        &args.input.pipeline()?,
        documents,
        &batching,
        &args.merge.into(),
        &mut report,
    )?;
    write_graph(&graph, format, args.output.as_deref())?;
    report.finish(&graph_summary(&graph));
    Ok(())
}
