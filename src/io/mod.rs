//! Every file and standard-input read, and every output write, goes through here:
//! the graph JSON contract ([`graph_json`]), extraction JSON Lines
//! ([`extraction_lines`]), mixed `merge` inputs ([`merge_inputs`]), `-` for standard
//! input, and outputs ([`output`]): written whole or not at all, never onto an input,
//! a directory or a device, and cleaned up when the run is interrupted.
//!
//! `io` sits above `graph` and `model` and below `document`, `export`, `eval` and the
//! command line, so the graph itself never touches a file.

pub mod extraction_lines;
pub mod graph_json;
pub mod merge_inputs;
pub mod output;

pub use graph_json::read as read_graph;
pub use merge_inputs::{merge_files, merge_str, parse_merge_input};
pub use output::{check_output, write_output, AtomicFile};

use crate::{Error, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Whether a path stands for standard input (`-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Refuses `-` given more than once: standard input can be read only once.
pub fn check_one_stdin(inputs: &[PathBuf]) -> Result<()> {
    if inputs.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(Error::Invalid("`-` (standard input) given more than once".to_string()));
    }
    Ok(())
}

/// How a path is named in messages: `<stdin>` for `-`.
pub fn display_name(path: &Path) -> PathBuf {
    if is_stdin(path) {
        PathBuf::from("<stdin>")
    } else {
        path.to_path_buf()
    }
}

/// A buffered reader over a file, or over standard input for `-`: what the article
/// readers read through, a bounded amount at a time; errors name the file.
pub fn open_input(path: &Path) -> Result<Box<dyn std::io::BufRead>> {
    if is_stdin(path) {
        Ok(Box::new(std::io::BufReader::new(std::io::stdin())))
    } else {
        let f = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, f)))
    }
}

/// The UTF-8 text of a file, or of standard input for `-`. Text that is not UTF-8
/// is `Error::BadInput` ("invalid UTF-8"); errors name the file (`<stdin>`).
pub fn read_text(path: &Path) -> Result<String> {
    let name = display_name(path);
    let read = if is_stdin(path) {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(path)
    };
    read.map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => Error::bad_input(&name, None, "invalid UTF-8"),
        _ => Error::io(&name, e),
    })
}

/// What a non-regular file is, in a word, for messages.
pub fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    if meta.is_dir() {
        "a directory"
    } else if meta.is_file() {
        "a regular file"
    } else {
        "a special file"
    }
}
