//! `newsgraph extract INPUT... [-o FILE] [--explain]`: one Extraction per document,
//! as JSON Lines (or, with `--explain`, why each edge exists), streamed in input order.

use super::args::InputArgs;
use anyhow::Result;
use newsgraph::progress::Reporter;
use newsgraph::{io, stream};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Print, per edge, the rule and cue that fired and the sentence, instead of JSON.
    #[arg(long)]
    explain: bool,
    /// Output file; stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(args: Args, quiet: bool) -> Result<()> {
    io::check_output(args.output.as_deref(), &args.input.files())?;
    let documents = args.input.stream()?;
    let mut report = Reporter::new("extract", documents.total_bytes(), quiet);
    let format = match args.explain {
        true => stream::LineFormat::Explain,
        false => stream::LineFormat::Json,
    };
    let mut out = stream::Output::create(args.output.as_deref())?;
    let batching = stream::Batching::default();
    let totals = stream::extract(
        &args.input.pipeline()?,
        documents,
        &batching,
        format,
        &mut out,
        &mut report,
    )?;
    out.finish()?;
    report.finish(&format!(
        "{} documents ({:.1} MB), {} actors, {} relations",
        totals.documents,
        totals.bytes as f64 / 1e6,
        totals.actors,
        totals.relations
    ));
    Ok(())
}
