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

use anyhow::Result;
use clap::{Parser, Subcommand};

/// Turn news articles into a knowledge graph of actors and what they did to each other.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract and merge: the graph of all inputs.
    Build(build::Args),
    /// One Extraction per document, as JSON Lines.
    Extract(extract::Args),
    /// Merge extraction JSONL files and graph JSON files into one graph.
    Merge(merge::Args),
    /// Write a graph (or the part the filters keep) as JSON or DOT.
    Export(export::Args),
    /// Draw a graph (or the part the filters keep) as SVG, PNG or PDF with Graphviz.
    Render(render::Args),
    /// Score extraction against gold files (shared/ANNOTATION.md).
    Eval(eval::Args),
    /// Answer relationship questions over a graph JSON from `build` or `merge`.
    Query(query::Args),
}

/// Runs the subcommand the command line names.
pub fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Export(args) => export::run(args),
        Command::Render(args) => render::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Query(args) => query::run(args),
    }
}
