//! `newsgraph merge FILE... [-o FILE] [--format F] [--max-evidence N] [--partial]`:
//! extraction JSONL files and graph JSON files, mixed, merged into one graph.

use super::args::{choose_format, graph_summary, write_graph, MergeArgs};
use anyhow::Result;
use newsgraph::export::Format;
use newsgraph::graph::MergeOptions;
use newsgraph::progress::Reporter;
use newsgraph::{io, stream};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Extraction JSONL and graph JSON files, mixed; - for stdin.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output file (a directory for csv); stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format: json, dot, graphml, gexf, csv (a directory), cypher or html
    /// (default: from -o's extension, else json).
    #[arg(long, value_name = "FORMAT")]
    format: Option<Format>,
    #[command(flatten)]
    merge: MergeArgs,
    /// Leave actors unresolved: an intermediate merge of a tree whose last merge
    /// (without --partial) resolves them, for build's exact bytes.
    #[arg(long)]
    partial: bool,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    let format = choose_format(args.format, args.output.as_deref())?;
    let merge = MergeOptions {
        partial: args.partial,
        ..args.merge.into()
    };
    // the graph grows in place (`merge graph.json today.jsonl -o graph.json`): a graph
    // input may be replaced by the merged graph, written atomically after every input
    // is read; extraction lines may not
    let not_graphs: Vec<PathBuf> = args
        .files
        .iter()
        .filter(|f| !f.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")))
        .cloned()
        .collect();
    io::check_output(args.output.as_deref(), &not_graphs)?;
    let total = args
        .files
        .iter()
        .map(|f| std::fs::metadata(f).map(|m| m.len()).ok())
        .sum();
    let mut report = Reporter::new("merge", total, quiet);
    let batching = stream::Batching::default();
    let (graph, _) = stream::merge_files(&args.files, &batching, &merge, &mut report)?;
    write_graph(&graph, format, args.output.as_deref())?;
    report.finish(&graph_summary(&graph));
    Ok(())
}
