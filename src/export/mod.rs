//! Exporters: one module per output format. They read only the graph.

pub mod dot;
pub mod json;
pub mod render;

use crate::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` whole or not at all (temporary file in the same
/// directory, then rename), or to stdout when `path` is `None` or `-`.
pub fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        None => write_stdout(bytes),
        Some(p) if p.as_os_str() == "-" => write_stdout(bytes),
        Some(p) => {
            let dir = match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(p, e))?;
            tmp.write_all(bytes).map_err(|e| Error::io(p, e))?;
            // a temporary file is private (0600); give the output the permissions of
            // the file it replaces, or the usual 0644 for a new one
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let perms = match std::fs::metadata(p) {
                    Ok(m) => m.permissions(),
                    Err(_) => std::fs::Permissions::from_mode(0o644),
                };
                tmp.as_file().set_permissions(perms).map_err(|e| Error::io(p, e))?;
            }
            tmp.persist(p).map_err(|e| Error::io(p, e.error))?;
            Ok(())
        }
    }
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
