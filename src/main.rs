//! The `newsgraph` command line: parses arguments, calls the library, reports errors.

use anyhow::Result;
use clap::{Parser, Subcommand, ValueEnum};
use newsgraph::document::{read_inputs, ReadOptions};
use newsgraph::export::{self, write_output};
use newsgraph::{KnowledgeGraph, Lexicon, Pipeline};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Turn news articles into a knowledge graph of actors and what they did to each other.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct InputArgs {
    /// Articles: .txt, .md, .html, .jsonl files, directories, or - for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Extra lexicon (TSV: name, type, aliases, wikidata); may be repeated.
    #[arg(long = "lexicon", value_name = "FILE.tsv")]
    lexicons: Vec<PathBuf>,
    /// Warn about bad inputs and go on, instead of stopping at the first.
    #[arg(long)]
    skip_bad: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Extract and merge: the graph of all inputs.
    Build {
        #[command(flatten)]
        input: InputArgs,
        /// Output file (format from its extension); stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format (default: from -o's extension, else json).
        #[arg(long, value_enum)]
        format: Option<Format>,
    },
    /// One Extraction per document, as JSON Lines.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Print, per edge, the rule and cue that fired and the sentence, instead of JSON.
        #[arg(long)]
        explain: bool,
        /// Output file; stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Merge extraction JSONL files and graph JSON files into one graph.
    Merge {
        /// Extraction JSONL and graph JSON files, mixed.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output file; stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format (default: from -o's extension, else json).
        #[arg(long, value_enum)]
        format: Option<Format>,
    },
    /// Score extraction against gold files (shared/ANNOTATION.md).
    Eval {
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
    },
}

/// Graph output formats.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// node-link JSON (the contract; see docs/json.md)
    Json,
}

fn format_for(format: Option<Format>, output: Option<&Path>) -> Result<Format> {
    if let Some(f) = format {
        return Ok(f);
    }
    match output.and_then(|p| p.extension()).and_then(|e| e.to_str()) {
        None | Some("json") => Ok(Format::Json),
        Some(other) => anyhow::bail!("cannot tell the format from `.{other}`: use --format"),
    }
}

fn pipeline(input: &InputArgs) -> Result<Pipeline> {
    Ok(Pipeline::new(Lexicon::with_user_files(&input.lexicons)?))
}

fn load(input: &InputArgs) -> Result<Vec<newsgraph::Document>> {
    let loaded = read_inputs(
        &input.inputs,
        &ReadOptions {
            skip_bad: input.skip_bad,
        },
    )?;
    for s in &loaded.skipped {
        eprintln!("newsgraph: warning: skipped {s}");
    }
    if !loaded.skipped.is_empty() {
        eprintln!("newsgraph: warning: skipped {} bad input(s)", loaded.skipped.len());
    }
    if loaded.documents.is_empty() {
        anyhow::bail!("no articles found in the inputs");
    }
    Ok(loaded.documents)
}

fn write_graph(g: &KnowledgeGraph, format: Format, output: Option<&Path>) -> Result<()> {
    let bytes = match format {
        Format::Json => export::json::to_string(g),
    };
    write_output(output, bytes.as_bytes())?;
    Ok(())
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build { input, output, format } => {
            let format = format_for(format, output.as_deref())?;
            let docs = load(&input)?;
            let g = pipeline(&input)?.build(&docs)?;
            write_graph(&g, format, output.as_deref())
        }
        Command::Extract { input, output, explain } => {
            let docs = load(&input)?;
            let xs = pipeline(&input)?.extract_all(&docs);
            let lines = if explain {
                newsgraph::extract::explain(&xs)
            } else {
                newsgraph::extract::to_jsonl(&xs)
            };
            Ok(write_output(output.as_deref(), lines.as_bytes())?)
        }
        Command::Merge { files, output, format } => {
            let format = format_for(format, output.as_deref())?;
            let g = newsgraph::graph::merge_files(&files)?;
            write_graph(&g, format, output.as_deref())
        }
        Command::Eval {
            gold,
            input,
            json,
            verbose,
        } => {
            let docs = load(&input)?;
            let g = pipeline(&input)?;
            let graphs = docs
                .iter()
                .map(|d| {
                    let one = KnowledgeGraph::merge([KnowledgeGraph::from_extraction(&g.extract(d))]);
                    one.map(|one| (d.id.clone(), one))
                })
                .collect::<newsgraph::Result<_>>()?;
            let report = newsgraph::eval::score(&gold, &graphs)?;
            let text = if json {
                report.to_json()
            } else {
                report.to_text(verbose)
            };
            Ok(write_output(None, text.as_bytes())?)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // one line: the error and its causes, each cause only if not already said
            let mut msg = e.to_string();
            for cause in e.chain().skip(1) {
                let cause = cause.to_string();
                if !msg.contains(&cause) {
                    msg = format!("{msg}: {cause}");
                }
            }
            eprintln!("newsgraph: error: {msg}");
            ExitCode::from(1)
        }
    }
}
