//! Flags and helpers shared by several subcommands: article inputs, graph output
//! formats, the graph filters and the picture options.

use anyhow::Result;
use clap::ValueEnum;
use newsgraph::document::{read_inputs, ReadOptions};
use newsgraph::export::dot::{ClusterBy, DotOptions};
use newsgraph::filter::Filter;
use newsgraph::{export, io};
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

    /// Reads the articles; with `--skip-bad`, warns about each input passed over.
    pub fn documents(&self) -> Result<Vec<Document>> {
        let loaded = read_inputs(
            &self.inputs,
            &ReadOptions {
                skip_bad: self.skip_bad,
            },
        )?;
        for skipped in &loaded.skipped {
            eprintln!("newsgraph: warning: skipped {skipped}");
        }
        if !loaded.skipped.is_empty() {
            eprintln!("newsgraph: warning: skipped {} bad input(s)", loaded.skipped.len());
        }
        if loaded.documents.is_empty() {
            anyhow::bail!("no articles found in the inputs");
        }
        Ok(loaded.documents)
    }
}

/// Graph output formats.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum GraphFormat {
    /// node-link JSON (the contract; see docs/json.md)
    Json,
    /// Graphviz DOT, styled (see docs/dot.md)
    Dot,
}

impl GraphFormat {
    /// `--format` if given, else the one `-o`'s extension names, else JSON.
    pub fn choose(format: Option<GraphFormat>, output: Option<&Path>) -> Result<GraphFormat> {
        if let Some(f) = format {
            return Ok(f);
        }
        let ext = output.and_then(|p| p.extension()).and_then(|e| e.to_str());
        match ext.map(str::to_ascii_lowercase).as_deref() {
            None | Some("json") => Ok(GraphFormat::Json),
            Some("dot" | "gv") => Ok(GraphFormat::Dot),
            Some(other) => anyhow::bail!("cannot tell the format from `.{other}`: use --format"),
        }
    }

    /// The graph in this format.
    pub fn write_to_string(self, graph: &KnowledgeGraph, picture: &DotOptions) -> String {
        match self {
            GraphFormat::Json => io::graph_json::to_string(graph),
            GraphFormat::Dot => export::dot::to_string(graph, picture),
        }
    }
}

/// Writes a graph in `format` (DOT with the default picture options) to `output`
/// (stdout when absent), whole or not at all.
pub fn write_graph(graph: &KnowledgeGraph, format: GraphFormat, output: Option<&Path>) -> Result<()> {
    let text = format.write_to_string(graph, &DotOptions::default());
    Ok(io::write_output(output, text.as_bytes())?)
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
