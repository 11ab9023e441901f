//! Every file and standard-input read, and every output write, goes through here:
//! the graph JSON contract ([`graph_json`]), extraction JSON Lines
//! ([`extraction_lines`]), mixed `merge` inputs ([`merge_inputs`]), `-` for standard
//! input, and outputs written whole or not at all ([`write_output`]).
//!
//! `io` sits above `graph` and `model` and below `document`, `export`, `eval` and the
//! command line, so the graph itself never touches a file.

pub mod extraction_lines;
pub mod graph_json;
pub mod merge_inputs;

pub use graph_json::read as read_graph;
pub use merge_inputs::merge_files;

use crate::{Error, Result};
use std::io::{Read, Write};
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

/// The bytes of a file, or of standard input for `-`; errors name the file
/// (`<stdin>` for standard input).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(display_name(path), e))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| Error::io(path, e))
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

/// Writes `bytes` to `path` whole or not at all (temporary file in the same
/// directory, then rename), or to stdout when `path` is `None` or `-`.
pub fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        None => write_stdout(bytes),
        Some(p) if is_stdin(p) => write_stdout(bytes),
        Some(p) => write_file_atomically(p, bytes),
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(path, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    // a temporary file is private (0600); give the output the permissions of
    // the file it replaces, or the usual 0644 for a new one
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let perms = match std::fs::metadata(path) {
            Ok(m) => m.permissions(),
            Err(_) => std::fs::Permissions::from_mode(0o644),
        };
        tmp.as_file().set_permissions(perms).map_err(|e| Error::io(path, e))?;
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // a closed pipe (`| head`) is not an error for the user
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("<stdout>", e)),
    }
}
