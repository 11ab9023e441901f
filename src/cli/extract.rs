//! `newsgraph extract INPUT... [-o FILE] [--explain]`: one Extraction per document,
//! as JSON Lines (or, with `--explain`, why each edge exists).

use super::args::InputArgs;
use anyhow::Result;
use newsgraph::io;
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

pub fn run(args: Args) -> Result<()> {
    let documents = args.input.documents()?;
    let extractions = args.input.pipeline()?.extract_all(&documents);
    let text = if args.explain {
        newsgraph::extract::explain(&extractions)
    } else {
        io::extraction_lines::to_string(&extractions)
    };
    Ok(io::write_output(args.output.as_deref(), text.as_bytes())?)
}
