//! Flags and helpers shared by several subcommands: article inputs, graph output
//! formats and writing, merge options, the graph filters and the picture options.

use anyhow::Result;
use newsgraph::document::{read_inputs, DocumentStream, ReadOptions};
use newsgraph::export::dot::{ClusterBy, DotOptions};
use newsgraph::export::Format;
use newsgraph::filter::Filter;
use newsgraph::graph::MergeOptions;
use newsgraph::text::escape_control;
use newsgraph::{export, io, stream};
use newsgraph::{Document, EntityType, KnowledgeGraph, Lexicon, Pipeline, RelationType};
use std::path::{Path, PathBuf};

/// Article inputs and lexicons (`build`, `extract`, `eval`).
#[derive(clap::Args, Clone)]
pub struct InputArgs {
    /// Articles: .txt, .md, .html, .jsonl files, directories, or - for stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Extra lexicon (TSV: name, type, aliases, wikidata); may be repeated.
    #[arg(long = "lexicon", value_name = "FILE.tsv")]
    pub lexicons: Vec<PathBuf>,
    /// Warn about bad inputs and go on, instead of stopping at the first.
    #[arg(long)]
    pub skip_bad: bool,
}

impl InputArgs {
    /// The pipeline over the built-in lexicon and the `--lexicon` files.
    pub fn pipeline(&self) -> Result<Pipeline> {
        Ok(Pipeline::new(Lexicon::with_user_files(&self.lexicons)?))
    }

    /// Reads the articles whole (`eval`); warns about each input passed over.
    pub fn documents(&self) -> Result<Vec<Document>> {
        let loaded = read_inputs(&self.inputs, &self.read_options())?;
        for warning in &loaded.warnings {
            eprintln!("newsgraph: warning: {}", escape_control(warning));
        }
        for skipped in &loaded.skipped {
            eprintln!("newsgraph: warning: skipped {}", escape_control(skipped));
        }
        if !loaded.skipped.is_empty() {
            eprintln!("newsgraph: warning: skipped {} bad input(s)", loaded.skipped.len());
        }
        if loaded.documents.is_empty() {
            anyhow::bail!("no articles found in the inputs");
        }
        Ok(loaded.documents)
    }

    /// The articles as a stream (`build`, `extract`): one batch in memory at a time.
    pub fn stream(&self) -> Result<DocumentStream> {
        Ok(DocumentStream::new(&self.inputs, &self.read_options())?)
    }

    /// The files the inputs stand for, which an output must not overwrite.
    pub fn files(&self) -> Vec<PathBuf> {
        newsgraph::document::input_files(&self.inputs)
    }

    fn read_options(&self) -> ReadOptions {
        ReadOptions {
            skip_bad: self.skip_bad,
        }
    }
}

/// The graph format to write: `--format` if given, else the one `-o`'s extension
/// names, else JSON (`export::Format::choose`).
pub fn choose_format(format: Option<Format>, output: Option<&Path>) -> Result<Format> {
    Ok(Format::choose(format, output)?)
}

/// Writes a graph in `format` (DOT with the default picture options) to `output`
/// (stdout when absent), whole or not at all.
pub fn write_graph(graph: &KnowledgeGraph, format: Format, output: Option<&Path>) -> Result<()> {
    if format == Format::Json {
        // written as it is serialised: an archive's graph is hundreds of megabytes
        let mut out = stream::Output::create(output)?;
        io::graph_json::write_to(graph, &mut out).map_err(|e| anyhow::anyhow!("{e}"))?;
        return Ok(out.finish()?);
    }
    Ok(export::write(graph, format, output, &DotOptions::default())?)
}

/// The one-line summary of a graph: documents, actors, edges.
pub fn graph_summary(graph: &KnowledgeGraph) -> String {
    format!(
        "{} documents, {} actors, {} edges",
        graph.documents.len(),
        graph.nodes.len(),
        graph.edges.len()
    )
}

/// How `build` and `merge` merge.
#[derive(clap::Args, Clone)]
pub struct MergeArgs {
    /// Keep at most N evidence sentences per edge (the first by document id and
    /// sentence); the weight still counts every one.
    #[arg(long, value_name = "N")]
    max_evidence: Option<usize>,
}

impl From<MergeArgs> for MergeOptions {
    fn from(a: MergeArgs) -> Self {
        MergeOptions {
            max_evidence: a.max_evidence,
            partial: false,
        }
    }
}

/// The filters shared by `export` and `render`.
#[derive(clap::Args, Clone, Default)]
pub struct FilterArgs {
    /// Keep only this relation (met-with, said-about, opposes, supports,
    /// affiliated-with); may be repeated.
    #[arg(long = "relation", value_name = "R")]
    relations: Vec<RelationType>,
    /// Keep only actors of this type (person, organization, country, group,
    /// location); may be repeated.
    #[arg(long = "type", value_name = "T")]
    types: Vec<EntityType>,
    /// Drop edges with fewer evidences than N.
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    min_weight: usize,
    /// Keep only the N most connected actors (by summed edge weight).
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// Keep only the actors around NAME (any name or alias)...
    #[arg(long, value_name = "NAME")]
    around: Option<String>,
    /// ...up to K hops away (default 1).
    #[arg(long, value_name = "K", requires = "around")]
    hops: Option<usize>,
    /// Keep only evidence from articles dated on or after DATE (YYYY[-MM[-DD]]).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Keep only evidence from articles dated on or before DATE (YYYY[-MM[-DD]]).
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Keep only evidence from this document id; may be repeated.
    #[arg(long = "document", value_name = "ID")]
    documents: Vec<String>,
}

impl From<FilterArgs> for Filter {
    fn from(a: FilterArgs) -> Filter {
        Filter {
            relations: a.relations,
            types: a.types,
            min_weight: a.min_weight,
            top: a.top,
            around: a.around,
            hops: a.hops,
            since: a.since,
            until: a.until,
            documents: a.documents,
        }
    }
}

impl FilterArgs {
    /// Reads a graph JSON file and keeps what the filters ask for.
    pub fn read_filtered_graph(self, path: &Path) -> Result<KnowledgeGraph> {
        let graph = io::read_graph(path)?;
        Ok(Filter::from(self).apply(&graph)?)
    }
}

/// How the DOT picture is drawn (`export`, `render`).
#[derive(clap::Args, Clone, Default)]
pub struct PictureArgs {
    /// Group actors into labelled boxes: `type`.
    #[arg(long, value_name = "BY")]
    cluster_by: Option<ClusterBy>,
    /// Leave out the legend box.
    #[arg(long)]
    no_legend: bool,
}

impl From<PictureArgs> for DotOptions {
    fn from(a: PictureArgs) -> DotOptions {
        DotOptions {
            cluster_by: a.cluster_by,
            legend: !a.no_legend,
        }
    }
}
