//! Streaming runs of `extract`, `build` and `merge`: inputs are read, worked on and
//! written in bounded batches, so memory holds one batch (and, for `build` and
//! `merge`, the graph), never the corpus.
//!
//! Each batch is worked on in parallel (rayon, as many threads as the global pool has)
//! and its results are used in input order, so the output is the same bytes whatever
//! the thread count and batch size:
//!
//! - `extract`: each document's extraction line is made in parallel and written in
//!   input order;
//! - `build`: each document's graph is made in parallel, the batch's graphs are merged
//!   as a parallel tree ([`KnowledgeGraph::union`]) and absorbed into the graph so far;
//!   actors are resolved once, at the end;
//! - `merge`: extraction lines are parsed and turned into graphs in parallel, batch by
//!   batch, the same way; graph JSON inputs are absorbed whole.

use crate::document::{DocumentStream, Streamed};
use crate::graph::{KnowledgeGraph, MergeOptions};
use crate::io::{extraction_lines, graph_json, AtomicFile};
use crate::{Error, Pipeline, Result};
use rayon::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

/// How much input one batch holds: a batch ends at whichever limit comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Batching {
    /// Most documents (or extraction lines) in one batch.
    pub max_items: usize,
    /// Most input bytes in one batch.
    pub max_bytes: usize,
}

impl Default for Batching {
    /// 2 MB or 2,000 documents: a few seconds of work on one core (the progress bar
    /// moves once per batch), small beside the memory of a graph, and enough
    /// documents that no core waits long for the last one of a batch.
    fn default() -> Self {
        Batching {
            max_items: 2_000,
            max_bytes: 2 << 20,
        }
    }
}

/// Told about a run as it goes: progress bars and warnings.
pub trait Observer {
    /// A bad input was passed over (`--skip-bad`); `message` is its one-line error.
    fn skipped(&mut self, _message: &str) {}
    /// Something was passed over whatever the options (a FIFO in a directory).
    fn warning(&mut self, _message: &str) {}
    /// A batch is done: the documents (or extraction lines) and input bytes so far.
    fn advanced(&mut self, _items: u64, _bytes: u64) {}
}

/// Observes nothing.
impl Observer for () {}

/// What a streaming run went through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Documents extracted (`extract`, `build`) or merged (`merge`).
    pub documents: u64,
    /// Input bytes read (article text for `extract` and `build`, input lines for `merge`).
    pub bytes: u64,
    /// Bad inputs passed over.
    pub skipped: u64,
    /// `extract`: actors summed over documents (each document counts its own).
    pub actors: u64,
    /// `extract`: relations summed over documents.
    pub relations: u64,
}

/// What `extract` writes per document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineFormat {
    /// One Extraction per line (the `merge` input).
    Json,
    /// The `--explain` account for people.
    Explain,
}

/// Reads items in batches, works on each batch in parallel and hands the results
/// over in input order. `sink` may stop the run early (a closed stdout).
fn batched<T: Send, U: Send>(
    mut items: impl Iterator<Item = Result<T>>,
    batching: &Batching,
    size: impl Fn(&T) -> usize,
    work: impl Fn(T) -> U + Sync + Send,
    mut sink: impl FnMut(Vec<U>, usize) -> Result<ControlFlow<()>>,
) -> Result<()> {
    loop {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < batching.max_items.max(1) && bytes < batching.max_bytes {
            match items.next() {
                Some(item) => {
                    let item = item?;
                    bytes += size(&item);
                    batch.push(item);
                }
                None => break,
            }
        }
        if batch.is_empty() {
            return Ok(());
        }
        let done: Vec<U> = batch.into_par_iter().map(&work).collect();
        if sink(done, bytes)?.is_break() {
            return Ok(());
        }
    }
}

/// The documents of a stream, with skipped inputs told to the observer and counted.
fn documents<'a, 'o>(
    docs: DocumentStream,
    observer: &'a RefCell<&'o mut dyn Observer>,
    tally: &'a RefCell<Tally>,
) -> impl Iterator<Item = Result<crate::Document>> + use<'a, 'o> {
    docs.filter_map(move |item| match item {
        Ok(Streamed::Document(d)) => Some(Ok(d)),
        Ok(Streamed::Skipped(message)) => {
            observer.borrow_mut().skipped(&message);
            tally.borrow_mut().skipped += 1;
            None
        }
        Ok(Streamed::Warning(message)) => {
            observer.borrow_mut().warning(&message);
            None
        }
        Err(e) => Some(Err(e)),
    })
}

/// `newsgraph extract`: every document's extraction, written to `out` in input order
/// as it is made. Returns what was done; no documents at all is an error.
pub fn extract(
    pipeline: &Pipeline,
    docs: DocumentStream,
    batching: &Batching,
    format: LineFormat,
    out: &mut Output,
    observer: &mut dyn Observer,
) -> Result<Tally> {
    let observer = RefCell::new(observer);
    let tally = RefCell::new(Tally::default());
    let work = |doc: crate::Document| {
        let x = pipeline.extract(&doc);
        let xs = std::slice::from_ref(&x);
        let text = match format {
            LineFormat::Json => crate::extract::to_jsonl(xs),
            LineFormat::Explain => crate::extract::explain(xs),
        };
        (text, x.entities.len() as u64, x.relations.len() as u64)
    };
    batched(
        documents(docs, &observer, &tally),
        batching,
        |d| d.text.len(),
        work,
        |done, bytes| {
            let mut t = tally.borrow_mut();
            t.documents += done.len() as u64;
            t.bytes += bytes as u64;
            for (text, actors, relations) in &done {
                t.actors += actors;
                t.relations += relations;
                if out.write(text.as_bytes())?.is_break() {
                    return Ok(ControlFlow::Break(()));
                }
            }
            observer.borrow_mut().advanced(t.documents, t.bytes);
            Ok(ControlFlow::Continue(()))
        },
    )?;
    let tally = tally.into_inner();
    if tally.documents == 0 {
        return Err(Error::Invalid("no articles found in the inputs".into()));
    }
    Ok(tally)
}

/// `newsgraph build`: the graph of every document, made batch by batch (each batch a
/// parallel tree of one-document graphs), actors resolved at the end. The same graph
/// as [`Pipeline::build`] on all documents at once.
pub fn build(
    pipeline: &Pipeline,
    docs: DocumentStream,
    batching: &Batching,
    merge: &MergeOptions,
    observer: &mut dyn Observer,
) -> Result<(KnowledgeGraph, Tally)> {
    let observer = RefCell::new(observer);
    let tally = RefCell::new(Tally::default());
    let mut graph = KnowledgeGraph::new();
    batched(
        documents(docs, &observer, &tally),
        batching,
        |d| d.text.len(),
        |doc| KnowledgeGraph::from_extraction(&pipeline.extract(&doc)),
        |parts, bytes| {
            let mut t = tally.borrow_mut();
            t.documents += parts.len() as u64;
            t.bytes += bytes as u64;
            graph.absorb_with(KnowledgeGraph::union(parts, merge)?, merge)?;
            observer.borrow_mut().advanced(t.documents, t.bytes);
            Ok(ControlFlow::Continue(()))
        },
    )?;
    let tally = tally.into_inner();
    if tally.documents == 0 {
        return Err(Error::Invalid("no articles found in the inputs".into()));
    }
    graph.finish(merge);
    Ok((graph, tally))
}

/// `newsgraph merge`: extraction JSON Lines files and graph JSON files (mixed; `-` is
/// standard input) merged into one graph. Extraction lines are streamed in batches;
/// a graph file is read whole. A document in two inputs is an error naming both.
/// The result does not depend on the order of `paths`.
pub fn merge_files(
    paths: &[PathBuf],
    batching: &Batching,
    merge: &MergeOptions,
    observer: &mut dyn Observer,
) -> Result<(KnowledgeGraph, Tally)> {
    use crate::io::{check_one_stdin, display_name as display, is_stdin};
    check_one_stdin(paths)?;
    let mut graph = KnowledgeGraph::new();
    let mut tally = Tally::default();
    // document id -> index in `names` of the input it was first read from
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<String> = Vec::new();
    for path in paths {
        let name = display(path);
        names.push(name.display().to_string());
        let here = names.len() - 1;
        let mut check = |g: &KnowledgeGraph, names: &[String]| -> Result<()> {
            for id in g.documents.keys() {
                if let Some(first) = seen.insert(id.clone(), here) {
                    return Err(Error::DuplicateDocument {
                        id: id.clone(),
                        first: names[first].clone(),
                        second: names[here].clone(),
                    });
                }
            }
            Ok(())
        };
        let reader: Box<dyn BufRead> = if is_stdin(path) {
            Box::new(BufReader::with_capacity(1 << 20, std::io::stdin().lock()))
        } else {
            let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
            Box::new(BufReader::with_capacity(1 << 20, file))
        };
        let mut lines = MergeLines {
            name: &name,
            reader,
            line: 0,
            buf: Vec::new(),
        };
        // the first line that is not blank tells a graph from extraction lines
        let Some((first_no, first)) = lines.next_text()? else {
            return Err(Error::bad_input(&name, None, "empty file"));
        };
        let value: Option<serde_json::Value> = serde_json::from_str(&first).ok();
        match value {
            Some(v) if graph_json::is_graph(&v) => {
                let g = graph_json::from_value(v, &name)?;
                check(&g, &names)?;
                tally.bytes += first.len() as u64;
                graph.absorb_with(g, merge)?;
            }
            Some(_) => {
                let start = std::iter::once(Ok((first_no, first)));
                let rest = std::iter::from_fn(|| lines.next_text().transpose());
                batched(
                    start.chain(rest),
                    batching,
                    |(_, line)| line.len(),
                    |(no, line)| {
                        extraction_lines::parse_line(&line, &name, no).map(|x| KnowledgeGraph::from_extraction(&x))
                    },
                    |parts, bytes| {
                        let parts = parts.into_iter().collect::<Result<Vec<_>>>()?;
                        for g in &parts {
                            check(g, &names)?;
                        }
                        tally.documents += parts.len() as u64;
                        tally.bytes += bytes as u64;
                        graph.absorb_with(KnowledgeGraph::union(parts, merge)?, merge)?;
                        observer.advanced(tally.documents, tally.bytes);
                        Ok(ControlFlow::Continue(()))
                    },
                )?;
            }
            None => {
                let (g, bytes) = rest_of_graph(first, first_no, &mut lines)?;
                check(&g, &names)?;
                tally.bytes += bytes;
                graph.absorb_with(g, merge)?;
            }
        }
        observer.advanced(tally.documents, tally.bytes);
    }
    tally.documents = graph.documents.len() as u64;
    graph.finish(merge);
    Ok((graph, tally))
}

/// A `merge` input whose first line is not one JSON value: a (pretty-printed) graph
/// file, read whole from its first line on; the graph and its size in bytes.
fn rest_of_graph(first: String, first_no: usize, lines: &mut MergeLines<'_>) -> Result<(KnowledgeGraph, u64)> {
    let name = lines.name;
    let mut text = first.clone();
    text.push('\n');
    lines.reader.read_to_string(&mut text).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => Error::bad_input(name, None, "invalid UTF-8"),
        _ => Error::io(name, e),
    })?;
    let whole: Option<serde_json::Value> = serde_json::from_str(&text).ok();
    let g = match whole {
        Some(v) if graph_json::is_graph(&v) => graph_json::from_value(v, name)?,
        // neither: the error names the first line
        _ => {
            extraction_lines::parse_line(&first, name, first_no)?;
            unreachable!("a line that is not JSON does not parse as an extraction")
        }
    };
    Ok((g, text.len() as u64))
}

/// The lines of one `merge` input.
struct MergeLines<'a> {
    name: &'a Path,
    reader: Box<dyn BufRead>,
    line: usize,
    buf: Vec<u8>,
}

impl MergeLines<'_> {
    /// The next line that is not blank, with its 1-based number.
    fn next_text(&mut self) -> Result<Option<(usize, String)>> {
        loop {
            self.buf.clear();
            let n = self
                .reader
                .read_until(b'\n', &mut self.buf)
                .map_err(|e| Error::io(self.name, e))?;
            if n == 0 {
                return Ok(None);
            }
            self.line += 1;
            let text =
                std::str::from_utf8(&self.buf).map_err(|_| Error::bad_input(self.name, None, "invalid UTF-8"))?;
            if text.trim().is_empty() {
                continue;
            }
            let text = text.strip_suffix('\n').unwrap_or(text);
            let text = text.strip_suffix('\r').unwrap_or(text);
            return Ok(Some((self.line, text.to_string())));
        }
    }
}

/// Writing through an [`Output`]: a closed standard output swallows the rest.
impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match Output::write(self, buf) {
            Ok(_) => Ok(buf.len()),
            Err(e) => Err(std::io::Error::other(e.to_string())),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An output written as it is made: standard output, or a file that appears whole
/// when [`finish`](Output::finish) is called and not at all if the run fails (a
/// temporary file beside it, renamed at the end).
pub struct Output {
    sink: Sink,
    /// Standard output was closed by the reader (`| head`): the rest is not wanted.
    closed: bool,
}

enum Sink {
    Stdout(BufWriter<std::io::Stdout>),
    File(PathBuf, BufWriter<AtomicFile>),
}

impl Output {
    /// An output to `path`, or to standard output when it is `None` or `-`.
    pub fn create(path: Option<&Path>) -> Result<Output> {
        let sink = match path {
            Some(p) if p.as_os_str() != "-" => {
                // symlinks followed, devices refused, temporary file cleaned on
                // SIGINT/SIGTERM (crate::io::output)
                let f = AtomicFile::create(p)?;
                Sink::File(p.to_path_buf(), BufWriter::with_capacity(1 << 20, f))
            }
            _ => Sink::Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout())),
        };
        Ok(Output { sink, closed: false })
    }

    /// Writes `bytes`; `Break` when standard output was closed (not an error: the
    /// reader has what it wanted).
    pub fn write(&mut self, bytes: &[u8]) -> Result<ControlFlow<()>> {
        if self.closed {
            return Ok(ControlFlow::Break(()));
        }
        let written = match &mut self.sink {
            Sink::Stdout(w) => w.write_all(bytes),
            Sink::File(p, w) => {
                return w
                    .write_all(bytes)
                    .map(ControlFlow::Continue)
                    .map_err(|e| Error::io(&*p, e))
            }
        };
        match written {
            Ok(()) => Ok(ControlFlow::Continue(())),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(ControlFlow::Break(()))
            }
            Err(e) => Err(Error::io("<stdout>", e)),
        }
    }

    /// Flushes, and puts a file output in place (with the permissions of the file it
    /// replaces, or 0644).
    pub fn finish(self) -> Result<()> {
        match self.sink {
            Sink::Stdout(mut w) => match w.flush() {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(_) if self.closed => Ok(()),
                Err(e) => Err(Error::io("<stdout>", e)),
            },
            Sink::File(path, w) => {
                let f = w.into_inner().map_err(|e| Error::io(&path, e.into_error()))?;
                f.commit()
            }
        }
    }
}
