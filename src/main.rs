//! The `newsgraph` command line: parses arguments, runs the subcommand (see `cli/`),
//! reports errors. Exit codes: 0 success, 1 error, 2 bad usage (from clap).

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let command_line = cli::Cli::parse();
    // outputs being written are removed, and Graphviz ended, on SIGINT/SIGTERM/SIGHUP
    if let Err(e) = newsgraph::io::output::install_signal_handlers() {
        eprintln!("newsgraph: warning: {e}");
    }
    match cli::run(command_line) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // names from the input may hold control characters: shown escaped
            eprintln!("newsgraph: error: {}", newsgraph::text::escape_control(&one_line(&e)));
            ExitCode::from(1)
        }
    }
}

/// The error and its causes on one line, each cause only if not already said.
fn one_line(error: &anyhow::Error) -> String {
    let mut message = error.to_string();
    for cause in error.chain().skip(1) {
        let cause = cause.to_string();
        if !message.contains(&cause) {
            message = format!("{message}: {cause}");
        }
    }
    message
}
