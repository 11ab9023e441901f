//! The command line: one file per subcommand (its arguments, its run function, its
//! output), the flags several subcommands share in [`args`], and [`run`] dispatching.
//!
//! It lives in the binary, not the library: clap types and terminal concerns stay out
//! of `newsgraph`'s public API (see docs/architecture.md).

mod args;
mod build;
mod eval;
mod export;
mod extract;
mod merge;
mod query;
mod render;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

/// Turn news articles into a knowledge graph of actors and what they did to each other.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Worker threads for extract, build and merge (default: all cores); the output
    /// is the same whatever the number.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// No progress bar and no summary line on stderr (warnings and errors still show).
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Extract and merge: the graph of all inputs.
    Build(build::Args),
    /// One Extraction per document, as JSON Lines.
    Extract(extract::Args),
    /// Merge extraction JSONL files and graph JSON files into one graph.
    Merge(merge::Args),
    /// Write a graph (or the part the filters keep) as JSON, DOT, GraphML, GEXF, CSV,
    /// Cypher or an HTML page.
    Export(export::Args),
    /// Draw a graph (or the part the filters keep) as SVG, PNG or PDF with Graphviz.
    Render(render::Args),
    /// Score extraction against gold files (shared/ANNOTATION.md).
    Eval(eval::Args),
    /// Answer relationship questions over a graph JSON from `build` or `merge`.
    Query(query::Args),
}

/// Runs the subcommand the command line names, on `--threads` worker threads.
pub fn run(cli: Cli) -> Result<()> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.into())
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let quiet = cli.quiet;
    match cli.command {
        Command::Build(args) => build::run(args, quiet),
        Command::Extract(args) => extract::run(args, quiet),
        Command::Merge(args) => merge::run(args, quiet),
        Command::Export(args) => export::run(args),
        Command::Render(args) => render::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Query(args) => query::run(args),
    }
}
