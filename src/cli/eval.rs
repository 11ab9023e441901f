//! `newsgraph eval --gold DIR INPUT... [--json] [--verbose]`: scores extraction
//! against gold files (shared/ANNOTATION.md, docs/eval.md).

use super::args::InputArgs;
use anyhow::Result;
use newsgraph::KnowledgeGraph;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Directory of gold `<doc>.json` files.
    #[arg(long)]
    gold: PathBuf,
    #[command(flatten)]
    input: InputArgs,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// List every false positive and false negative per document.
    #[arg(long)]
    verbose: bool,
}

pub fn run(args: Args) -> Result<()> {
    let documents = args.input.documents()?;
    let pipeline = args.input.pipeline()?;
    // one graph per document, merged alone so that its actors are resolved as `build` would
    let graph_by_document: BTreeMap<String, KnowledgeGraph> = documents
        .iter()
        .map(|d| {
            let one = KnowledgeGraph::merge([KnowledgeGraph::from_extraction(&pipeline.extract(d))]);
            one.map(|one| (d.id.clone(), one))
        })
        .collect::<newsgraph::Result<_>>()?;
    let report = newsgraph::eval::score(&args.gold, &graph_by_document)?;
    let text = if args.json {
        report.to_json()
    } else {
        report.to_text(args.verbose)
    };
    Ok(newsgraph::io::write_output(None, text.as_bytes())?)
}
