//! Writing outputs safely: whole or not at all, never onto something the user did not
//! ask to replace, and nothing left behind when the run is interrupted.
//!
//! - `-o` must name a regular file or a new one. A directory, a FIFO, a socket or a
//!   device is refused, and so is a file the run reads (an article, a graph). A
//!   symlink is followed: its target is replaced, atomically, and the link stays.
//! - The bytes go to a temporary file beside the target, named
//!   `.<name>.newsgraph-tmp-<pid>`, which is then renamed over it. On SIGINT, SIGTERM
//!   and SIGHUP (with [`install_signal_handlers`]) registered temporary files are
//!   removed and registered child processes (Graphviz) are ended before the process
//!   exits with 128 + the signal number. A SIGKILL cannot be caught: the temporary
//!   file stays, and the next run that writes into the same directory removes every
//!   `.*.newsgraph-tmp-<pid>` whose process is gone.
//!
//! The rules are written down for users in docs/reliability.md.

use crate::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// The marker in a temporary file's name: `.<name>` + this + `<pid>`.
pub const TEMP_MARKER: &str = ".newsgraph-tmp-";

/// What is to be cleaned up if the process is told to stop.
#[derive(Default)]
struct Cleanup {
    temps: Vec<PathBuf>,
    children: Vec<u32>,
    /// Set once a signal arrived: nothing new is registered after it.
    stopping: bool,
}

static CLEANUP: Mutex<Cleanup> = Mutex::new(Cleanup {
    temps: Vec::new(),
    children: Vec::new(),
    stopping: false,
});

fn cleanup() -> MutexGuard<'static, Cleanup> {
    CLEANUP.lock().unwrap_or_else(|p| p.into_inner())
}

/// Removes registered temporary files and ends registered children when the
/// process gets SIGINT, SIGTERM or SIGHUP, then exits with 128 + the signal number.
/// Called once by the binary at start; library users who want the same call it too.
pub fn install_signal_handlers() -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
        .map_err(|e| Error::Invalid(format!("cannot install signal handlers: {e}")))?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let mut c = cleanup();
            c.stopping = true;
            for pid in &c.children {
                // SAFETY: kill(2) with a pid we spawned and a valid signal number
                unsafe {
                    libc::kill(*pid as libc::pid_t, libc::SIGTERM);
                }
            }
            for t in &c.temps {
                let _ = std::fs::remove_file(t);
            }
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

/// Registers a child process to be ended with SIGTERM if this process is told to
/// stop; false if it is stopping already (then end the child yourself).
pub fn register_child(pid: u32) -> bool {
    let mut c = cleanup();
    if c.stopping {
        return false;
    }
    c.children.push(pid);
    true
}

/// Forgets a child registered with [`register_child`] (it has ended).
pub fn unregister_child(pid: u32) {
    cleanup().children.retain(|p| *p != pid);
}

/// Whether output to `path` goes to stdout (`None` or `-`).
fn is_stdout(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p.as_os_str() == "-")
}

/// The file a path finally names: symlinks followed (at most 40, like the kernel),
/// including a dangling one, whose target will be created.
pub fn resolve(path: &Path) -> Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&p).map_err(|e| Error::io(&p, e))?;
                p = match p.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(Error::Invalid(format!(
        "{}: too many levels of symbolic links; nothing written",
        path.display()
    )))
}

/// Identity of a file (device and inode), to tell whether two paths are one file.
#[cfg(unix)]
fn identity(p: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(p: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(p).ok()
}

/// Refuses an output that would destroy something the user did not ask to replace:
/// a directory, a FIFO, a socket or a device, or one of the run's `inputs` (the
/// files actually read, through any link or hard link). Call it before the work, so
/// a refusal costs nothing; [`write_output`] checks the kind again.
pub fn check_output(path: Option<&Path>, inputs: &[PathBuf]) -> Result<()> {
    let Some(path) = path.filter(|_| !is_stdout(path)) else {
        return Ok(());
    };
    let target = resolve(path)?;
    check_kind(path, &target)?;
    if let Some(out) = identity(&target) {
        if let Some(input) = inputs.iter().find(|i| identity(i).as_ref() == Some(&out)) {
            return Err(Error::Invalid(format!(
                "{}: is an input of this run ({}); refusing to overwrite it, nothing written",
                path.display(),
                input.display()
            )));
        }
    }
    Ok(())
}

/// Refuses a target that exists and is not a regular file.
fn check_kind(path: &Path, target: &Path) -> Result<()> {
    if let Ok(m) = std::fs::metadata(target) {
        if !m.is_file() {
            return Err(Error::Invalid(format!(
                "{}: is {}; newsgraph writes only regular files (use stdout to write elsewhere), nothing written",
                path.display(),
                super::file_kind(&m)
            )));
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all, or to stdout when `path` is `None`
/// or `-` (see the module documentation for the rules).
pub fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match path {
        Some(p) if !is_stdout(path) => write_file(p, bytes),
        _ => write_stdout(bytes),
    }
}

/// A registered temporary file, removed on drop unless it was renamed into place.
struct Temp {
    path: PathBuf,
    file: Option<std::fs::File>,
}

impl Temp {
    fn create(path: PathBuf) -> std::io::Result<Temp> {
        let mut c = cleanup();
        if c.stopping {
            return Err(std::io::Error::new(std::io::ErrorKind::Interrupted, "stopping"));
        }
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        let file = opts.open(&path)?;
        c.temps.push(path.clone());
        Ok(Temp { path, file: Some(file) })
    }

    /// Renames the temporary file over `target` (and forgets it).
    fn persist(&mut self, target: &Path) -> std::io::Result<()> {
        drop(self.file.take());
        let mut c = cleanup();
        std::fs::rename(&self.path, target)?;
        c.temps.retain(|t| *t != self.path);
        self.path = PathBuf::new();
        Ok(())
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
            cleanup().temps.retain(|t| *t != self.path);
        }
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = AtomicFile::create(path)?;
    f.write_all(bytes).map_err(|e| Error::io(path, e))?;
    f.commit()
}

/// A file output written whole or not at all: the bytes go to a registered
/// temporary file beside the target (symlinks followed), which [`commit`](Self::commit)
/// renames over it; dropped without a commit, or on SIGINT/SIGTERM, the temporary
/// file is removed and the target is untouched.
pub struct AtomicFile {
    /// The path as the user gave it (for messages).
    path: PathBuf,
    /// The file it finally names.
    target: PathBuf,
    temp: Temp,
}

impl AtomicFile {
    /// Starts writing `path`: refuses a directory, FIFO, socket or device (after
    /// following symlinks), removes stale temporary files of killed runs beside it.
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let target = resolve(path)?;
        check_kind(path, &target)?;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .ok_or_else(|| Error::Invalid(format!("{}: not a file name", path.display())))?;
        remove_stale_temps(&dir);
        let temp_path = dir.join(format!(
            ".{}{TEMP_MARKER}{}",
            name.to_string_lossy(),
            std::process::id()
        ));
        // a leftover of this very pid (a reused pid after a SIGKILL) is stale too
        let _ = std::fs::remove_file(&temp_path);
        let temp = Temp::create(temp_path).map_err(|e| Error::io(path, e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            target,
            temp,
        })
    }

    /// Flushes the bytes to disk and renames them over the target, which gets the
    /// permissions of the file it replaces, or the usual 0644.
    pub fn commit(mut self) -> Result<()> {
        let path = self.path.clone();
        let file = self.temp.file.as_mut().expect("open until committed");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let perms = match std::fs::metadata(&self.target) {
                Ok(m) => m.permissions(),
                Err(_) => std::fs::Permissions::from_mode(0o644),
            };
            file.set_permissions(perms).map_err(|e| Error::io(&path, e))?;
        }
        file.sync_all().map_err(|e| Error::io(&path, e))?;
        self.temp.persist(&self.target).map_err(|e| Error::io(&path, e))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.temp.file.as_mut().expect("open until committed").write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.temp.file.as_mut().expect("open until committed").flush()
    }
}

/// Whether the process `pid` is alive (or cannot be told: then it is kept).
fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    #[cfg(unix)]
    {
        // SAFETY: kill(2) with signal 0 only checks that the process exists
        let r = unsafe { libc::kill(pid as libc::pid_t, 0) };
        r == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Removes the temporary files left in `dir` by newsgraph runs that were killed
/// (`.<name>.newsgraph-tmp-<pid>` whose process is gone).
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Some(pid) = name
            .strip_prefix('.')
            .and_then(|n| n.rsplit_once(TEMP_MARKER))
            .and_then(|(_, pid)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        if regular && !alive(pid) {
            let _ = std::fs::remove_file(entry.path());
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
