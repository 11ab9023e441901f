//! Reading inputs as a stream: one document at a time, JSON Lines line by line, so
//! that a run holds the batch it is working on, never the whole corpus.
//!
//! [`DocumentStream`] yields what [`read_inputs`](super::read_inputs) would collect,
//! in the same order, with the same errors and the same duplicate-id check; only the
//! timing differs (a bad line is found when it is reached, not before the first
//! document is handed out). Files other than JSON Lines are articles, small enough to
//! read whole.

use super::jsonl::json_article;
use super::{
    expand, normalize, read_article, read_capped, read_source, skippable, stem, too_large, InputKind, ReadOptions,
    MAX_ARTICLE_BYTES,
};
use crate::io::{check_one_stdin, display_name as display, is_stdin};
use crate::model::Document;
use crate::{Error, Result};
use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One step of a [`DocumentStream`].
#[derive(Debug)]
pub enum Streamed {
    /// The next document.
    Document(Document),
    /// A bad input passed over (with `skip_bad`), as its one-line message.
    Skipped(String),
    /// Something passed over whatever the options (a FIFO or device in an input
    /// directory), as its one-line message.
    Warning(String),
}

/// Where a document came from, compactly (for the duplicate-id message).
#[derive(Clone, Copy)]
struct Place {
    file: u32,
    line: u32,
}

/// The documents of a list of inputs (files, directories, `-`), read lazily.
/// Document ids must be unique; a repeated id is an error naming both places.
pub struct DocumentStream {
    inputs: VecDeque<PathBuf>,
    files: VecDeque<PathBuf>,
    skip_bad: bool,
    /// Documents of the current non-JSONL file.
    pending: VecDeque<(Document, String)>,
    /// The JSON Lines source being read.
    lines: Option<Lines>,
    /// Document id -> where it was first seen.
    seen: HashMap<String, Place>,
    /// File names, indexed by `Place::file`.
    names: Vec<String>,
    /// The (approximate) bytes of all input files, when known (not for stdin).
    total_bytes: Option<u64>,
    failed: bool,
    /// Warnings from walking directories, handed out before the next document.
    warnings: VecDeque<String>,
}

impl DocumentStream {
    /// A stream over `inputs`; nothing is read until the first `next()`, except that
    /// `-` given twice is refused here.
    pub fn new(inputs: &[PathBuf], opts: &ReadOptions) -> Result<DocumentStream> {
        check_one_stdin(inputs)?;
        let total_bytes = total_bytes(inputs);
        Ok(DocumentStream {
            inputs: inputs.iter().cloned().collect(),
            files: VecDeque::new(),
            skip_bad: opts.skip_bad,
            pending: VecDeque::new(),
            lines: None,
            seen: HashMap::new(),
            names: Vec::new(),
            total_bytes,
            failed: false,
            warnings: VecDeque::new(),
        })
    }

    /// The size of the input files in bytes (for progress), `None` when an input is
    /// standard input or cannot be measured.
    pub fn total_bytes(&self) -> Option<u64> {
        self.total_bytes
    }

    /// The next document, skipped input or error; `None` at the end.
    fn step(&mut self) -> Option<Result<Streamed>> {
        loop {
            if let Some(w) = self.warnings.pop_front() {
                return Some(Ok(Streamed::Warning(w)));
            }
            if let Some((doc, place)) = self.pending.pop_front() {
                return Some(self.unique(doc, &place, None));
            }
            if let Some(lines) = &mut self.lines {
                match lines.next_document() {
                    Some(Ok((doc, line))) => {
                        let name = lines.name.display().to_string();
                        return Some(self.unique(doc, &name, Some(line)));
                    }
                    Some(Err(e)) => return Some(self.problem(e)),
                    None => {
                        self.lines = None;
                        continue;
                    }
                }
            }
            if let Some(file) = self.files.pop_front() {
                match self.open(&file) {
                    Ok(()) => continue,
                    Err(e) => return Some(self.problem(e)),
                }
            }
            let input = self.inputs.pop_front()?;
            let mut warnings = Vec::new();
            let expanded = expand(&input, &mut warnings);
            self.warnings.extend(warnings);
            match expanded {
                Ok(files) => self.files.extend(files),
                Err(e) => return Some(self.problem(e)),
            }
        }
    }

    /// Starts reading one file: JSON Lines as a line stream, anything else whole.
    fn open(&mut self, path: &Path) -> Result<()> {
        let name = display(path);
        if is_stdin(path) {
            let mut head = Vec::new();
            std::io::stdin()
                .lock()
                .take(64)
                .read_to_end(&mut head)
                .map_err(|e| Error::io(&name, e))?;
            let kind = InputKind::sniff(&String::from_utf8_lossy(&head));
            let reader = std::io::Cursor::new(head).chain(std::io::stdin().lock());
            if kind == InputKind::JsonLines {
                self.lines = Some(Lines::new(
                    name,
                    Box::new(BufReader::with_capacity(1 << 20, reader)),
                    false,
                ));
                return Ok(());
            }
            // read through the size cap, like a file
            let bytes = read_capped(&name, BufReader::new(reader))?;
            let doc = read_article(&name, kind, stem(path), &bytes)?;
            self.pending.push_back((doc, name.display().to_string()));
            return Ok(());
        }
        if InputKind::from_path(path) == InputKind::JsonLines {
            // the whole-file checks (binary, UTF-16, empty) before any line, as when
            // the file is read whole
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            prescan(&name, BufReader::with_capacity(1 << 20, file))?;
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            self.lines = Some(Lines::new(
                name,
                Box::new(BufReader::with_capacity(1 << 20, file)),
                true,
            ));
            return Ok(());
        }
        let read = read_source(path, self.skip_bad)?;
        // only JSON Lines sources have per-line problems, and they are streamed
        if let Some(p) = read.problems.into_iter().next() {
            return Err(p);
        }
        self.pending.extend(read.documents);
        Ok(())
    }

    /// A bad input: a warning with `skip_bad` when it concerns one input, else the end.
    fn problem(&mut self, e: Error) -> Result<Streamed> {
        if self.skip_bad && skippable(&e) {
            Ok(Streamed::Skipped(e.to_string()))
        } else {
            self.failed = true;
            Err(e)
        }
    }

    /// Checks that the id is new and hands the document out.
    fn unique(&mut self, doc: Document, name: &str, line: Option<usize>) -> Result<Streamed> {
        let file = match self.names.last() {
            Some(last) if last == name => self.names.len() - 1,
            _ => {
                self.names.push(name.to_string());
                self.names.len() - 1
            }
        };
        let here = Place {
            file: file as u32,
            line: line.map_or(0, |l| l as u32),
        };
        let place = |p: Place, names: &[String]| match p.line {
            0 => names[p.file as usize].clone(),
            l => format!("{}:{l}", names[p.file as usize]),
        };
        if let Some(first) = self.seen.get(&doc.id).copied() {
            self.failed = true;
            return Err(Error::DuplicateDocument {
                first: place(first, &self.names),
                second: place(here, &self.names),
                id: doc.id,
            });
        }
        self.seen.insert(doc.id.clone(), here);
        Ok(Streamed::Document(doc))
    }
}

impl Iterator for DocumentStream {
    type Item = Result<Streamed>;

    fn next(&mut self) -> Option<Result<Streamed>> {
        if self.failed {
            return None;
        }
        self.step()
    }
}

fn total_bytes(inputs: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        if is_stdin(input) {
            return None;
        }
        let meta = std::fs::metadata(input).ok()?;
        if meta.is_dir() {
            for f in expand(input, &mut Vec::new()).ok()? {
                total += std::fs::metadata(f).ok()?.len();
            }
        } else {
            total += meta.len();
        }
    }
    Some(total)
}

/// The checks `check_bytes` makes on a whole file, made on a stream: UTF-16, NUL
/// bytes (named by line), nothing but white space.
fn prescan(name: &Path, mut r: impl BufRead) -> Result<()> {
    let mut line = 1;
    let mut first = true;
    let mut blank = true;
    loop {
        let buf = r.fill_buf().map_err(|e| Error::io(name, e))?;
        if buf.is_empty() {
            break;
        }
        let mut chunk = buf;
        if first {
            if chunk.starts_with(b"\xFF\xFE") || chunk.starts_with(b"\xFE\xFF") {
                return Err(Error::bad_input(name, None, "UTF-16 text; convert it to UTF-8"));
            }
            chunk = chunk.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(chunk);
            first = false;
        }
        if let Some(at) = chunk.iter().position(|&b| b == 0) {
            line += chunk[..at].iter().filter(|&&b| b == b'\n').count();
            return Err(Error::bad_input(name, Some(line), "binary file (contains NUL bytes)"));
        }
        line += chunk.iter().filter(|&&b| b == b'\n').count();
        blank &= chunk.iter().all(|b| b.is_ascii_whitespace());
        let n = buf.len();
        r.consume(n);
    }
    if blank {
        return Err(Error::bad_input(name, None, "empty file"));
    }
    Ok(())
}

/// A JSON Lines source read line by line.
struct Lines {
    name: PathBuf,
    reader: Box<dyn BufRead>,
    line: usize,
    /// Lines that were not blank (an all-blank source is an empty file).
    seen: usize,
    /// Problems reported (a source with only bad lines is not "empty").
    problems: usize,
    /// Whether the whole-file checks were made before (files), or must be made per
    /// line (standard input).
    prescanned: bool,
    buf: Vec<u8>,
    done: bool,
}

impl Lines {
    fn new(name: PathBuf, reader: Box<dyn BufRead>, prescanned: bool) -> Lines {
        Lines {
            name,
            reader,
            line: 0,
            seen: 0,
            problems: 0,
            prescanned,
            buf: Vec::new(),
            done: false,
        }
    }

    /// The next article and its line number; `None` at the end of the source.
    fn next_document(&mut self) -> Option<Result<(Document, usize)>> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            // at most one article's bytes per line: an endless line (a link to
            // /dev/zero, a corrupt file) stops at the cap
            let n = match (&mut self.reader)
                .take(MAX_ARTICLE_BYTES as u64 + 2)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&self.name, e)));
                }
            };
            if n > 0 && self.buf.last() != Some(&b'\n') && self.buf.len() > MAX_ARTICLE_BYTES {
                self.line += 1;
                self.seen += 1;
                self.problems += 1;
                let e = too_large(&self.name, Some(self.line));
                // pass over the rest of the line
                let mut rest = Vec::new();
                loop {
                    rest.clear();
                    match (&mut self.reader).take(1 << 20).read_until(b'\n', &mut rest) {
                        Ok(k) if k > 0 && rest.last() != Some(&b'\n') => continue,
                        Ok(_) => break,
                        Err(_) => {
                            self.done = true;
                            break;
                        }
                    }
                }
                return Some(Err(e));
            }
            if n == 0 {
                self.done = true;
                if self.seen == 0 && self.problems == 0 {
                    return Some(Err(Error::bad_input(&self.name, None, "empty file")));
                }
                return None;
            }
            self.line += 1;
            let mut bytes = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
            if self.line == 1 {
                if !self.prescanned && (bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")) {
                    self.done = true;
                    return Some(Err(Error::bad_input(
                        &self.name,
                        None,
                        "UTF-16 text; convert it to UTF-8",
                    )));
                }
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            if !self.prescanned && bytes.contains(&0) {
                self.done = true;
                return Some(Err(Error::bad_input(
                    &self.name,
                    Some(self.line),
                    "binary file (contains NUL bytes)",
                )));
            }
            let text = match std::str::from_utf8(bytes) {
                Ok(s) => normalize(s),
                Err(_) => {
                    self.problems += 1;
                    return Some(Err(Error::bad_input(&self.name, Some(self.line), "invalid UTF-8")));
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            self.seen += 1;
            return Some(match json_article(&self.name, self.line, &text) {
                Ok(doc) => Ok((doc, self.line)),
                Err(e) => {
                    self.problems += 1;
                    Err(e)
                }
            });
        }
    }
}
