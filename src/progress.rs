//! What a long run tells its user on stderr (never on stdout): a progress bar with
//! documents per second and an ETA when stderr is a terminal, a one-line summary
//! otherwise, nothing but warnings with `--quiet`.

use crate::stream::Observer;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressFinish, ProgressStyle};
use std::io::IsTerminal;
use std::time::Instant;

/// Reports a streaming run (see [`Observer`]).
pub struct Reporter {
    command: &'static str,
    bar: Option<ProgressBar>,
    quiet: bool,
    start: Instant,
    skipped: u64,
}

impl Reporter {
    /// A reporter for `command` (`extract`, `build`, `merge`) over `total_bytes` of
    /// input (for the ETA; `None` when unknown, as for standard input).
    pub fn new(command: &'static str, total_bytes: Option<u64>, quiet: bool) -> Reporter {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = match total_bytes {
                Some(total) => {
                    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{prefix} {wide_bar} {bytes}/{total_bytes} {msg} [{elapsed_precise}, ETA {eta}]",
                        )
                        .expect("valid template"),
                    );
                    bar
                }
                None => {
                    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
                    bar.set_style(
                        ProgressStyle::with_template("{prefix} {spinner} {bytes} {msg} [{elapsed_precise}]")
                            .expect("valid template"),
                    );
                    bar
                }
            };
            bar.set_prefix(format!("newsgraph {command}"));
            // a run that fails clears its bar too, before the error is printed
            bar.with_finish(ProgressFinish::AndClear)
        });
        Reporter {
            command,
            bar,
            quiet,
            start: Instant::now(),
            skipped: 0,
        }
    }

    /// Seconds since the reporter was made.
    pub fn seconds(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    /// Ends the run: clears the bar, warns about skipped inputs, and (unless quiet)
    /// prints `newsgraph <command>: <what>, <seconds> s` on one line.
    pub fn finish(self, what: &str) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.skipped > 0 {
            eprintln!("newsgraph: warning: skipped {} bad input(s)", self.skipped);
        }
        if !self.quiet {
            eprintln!("newsgraph {}: {what}, {:.2} s", self.command, self.seconds());
        }
    }
}

impl Observer for Reporter {
    fn warning(&mut self, message: &str) {
        let line = format!("newsgraph: warning: {}", crate::text::escape_control(message));
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn skipped(&mut self, message: &str) {
        self.skipped += 1;
        let line = format!("newsgraph: warning: skipped {}", crate::text::escape_control(message));
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn advanced(&mut self, items: u64, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(bytes);
            let rate = items as f64 / self.seconds().max(1e-3);
            bar.set_message(format!("{items} documents, {rate:.0}/s"));
        }
    }
}
