//! Typed errors of the library: every failure names the file (and line) it came from,
//! so the binary can print one clear line and exit 1.

use std::path::PathBuf;

/// Everything that can go wrong while reading, extracting, merging or writing.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// An input is not usable as an article (bad UTF-8, empty, binary, malformed).
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    BadInput {
        /// The offending file (`<stdin>` for standard input).
        path: PathBuf,
        /// 1-based line number, when the problem is on one line.
        line: Option<usize>,
        /// What is wrong, in a few words.
        message: String,
    },
    /// Two inputs carry the same document id.
    #[error("duplicate document id `{id}`: in {first} and in {second}")]
    DuplicateDocument {
        /// The id both documents carry.
        id: String,
        /// Where it was first seen.
        first: String,
        /// Where it was seen again.
        second: String,
    },
    /// A lexicon file has a malformed line.
    #[error("{path}:{line}: {message}")]
    Lexicon {
        /// The lexicon file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A query named an actor that is not in the graph.
    #[error("no actor named `{name}` in the graph{}", suggest(.suggestions))]
    UnknownActor {
        /// The name asked for.
        name: String,
        /// The closest names in the graph.
        suggestions: Vec<String>,
    },
    /// A query named more than one actor.
    #[error("`{name}` is ambiguous: it names {}", .candidates.join(", "))]
    AmbiguousActor {
        /// The name asked for.
        name: String,
        /// Every actor the name matches ("label (id)").
        candidates: Vec<String>,
    },
    /// Graphviz is needed but not installed.
    #[error("Graphviz `{program}` not found on PATH: install the `graphviz` package (apt-get install graphviz)")]
    GraphvizMissing {
        /// The layout program that was looked for.
        program: String,
    },
    /// Graphviz ran but failed.
    #[error("Graphviz `{program}` failed: {message}")]
    Graphviz {
        /// The layout program.
        program: String,
        /// Its message.
        message: String,
    },
    /// A value given by the user is not valid (a format, a filter, a date).
    #[error("{0}")]
    Invalid(String),
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", s.join(", "))
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A bad-input error for `path`, optionally at a 1-based `line`.
    pub fn bad_input(path: impl Into<PathBuf>, line: Option<usize>, message: impl Into<String>) -> Self {
        Error::BadInput {
            path: path.into(),
            line,
            message: message.into(),
        }
    }

    /// An I/O error for `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
