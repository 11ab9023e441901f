//! The `newsgraph` command line: parses arguments, calls the library, reports errors.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use newsgraph::document::{read_inputs, DocumentStream, ReadOptions};
use newsgraph::export::dot::{ClusterBy, DotOptions, Layout};
use newsgraph::export::render::ImageFormat;
use newsgraph::export::{self, write_output, Format};
use newsgraph::filter::Filter;
use newsgraph::progress::Reporter;
use newsgraph::stream;
use newsgraph::{EntityType, RelationType};
use newsgraph::{KnowledgeGraph, Lexicon, Pipeline};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Turn news articles into a knowledge graph of actors and what they did to each other.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Worker threads for extract, build and merge (default: all cores); the output
    /// is the same whatever the number.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// No progress bar and no summary line on stderr (warnings and errors still show).
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(clap::Args, Clone)]
struct InputArgs {
    /// Articles: .txt, .md, .html, .jsonl files, directories, or - for stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Extra lexicon (TSV: name, type, aliases, wikidata); may be repeated.
    #[arg(long = "lexicon", value_name = "FILE.tsv")]
    lexicons: Vec<PathBuf>,
    /// Warn about bad inputs and go on, instead of stopping at the first.
    #[arg(long)]
    skip_bad: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Extract and merge: the graph of all inputs.
    Build {
        #[command(flatten)]
        input: InputArgs,
        /// Output file (format from its extension; a directory for csv); stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format: json, dot, graphml, gexf, csv (a directory), cypher or html
        /// (default: from -o's extension, else json).
        #[arg(long, value_name = "FORMAT")]
        format: Option<Format>,
        #[command(flatten)]
        merge: MergeArgs,
    },
    /// One Extraction per document, as JSON Lines.
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Print, per edge, the rule and cue that fired and the sentence, instead of JSON.
        #[arg(long)]
        explain: bool,
        /// Output file; stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Merge extraction JSONL files and graph JSON files into one graph.
    Merge {
        /// Extraction JSONL and graph JSON files, mixed; - for stdin.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output file (a directory for csv); stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format: json, dot, graphml, gexf, csv (a directory), cypher or html
        /// (default: from -o's extension, else json).
        #[arg(long, value_name = "FORMAT")]
        format: Option<Format>,
        #[command(flatten)]
        merge: MergeArgs,
        /// Leave actors unresolved: an intermediate merge of a tree whose last merge
        /// (without --partial) resolves them, for build's exact bytes.
        #[arg(long)]
        partial: bool,
    },
    // --- pictures: export and render -------------------------------------------------
    /// Write a graph (or the part the filters keep) as JSON, DOT, GraphML, GEXF, CSV,
    /// Cypher or an HTML page.
    Export {
        /// A graph JSON file (from `build` or `merge`).
        graph: PathBuf,
        /// Output format: json, dot, graphml, gexf, csv (a directory), cypher or html
        /// (default: from -o's extension, else json).
        #[arg(long, value_name = "FORMAT")]
        format: Option<Format>,
        /// Output file (a directory for csv); stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        picture: PictureArgs,
    },
    /// Draw a graph (or the part the filters keep) as SVG, PNG or PDF with Graphviz.
    Render {
        /// A graph JSON file (from `build` or `merge`).
        graph: PathBuf,
        /// Output file (.svg, .png or .pdf); stdout when absent or `-` (needs --format).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Picture format: svg, png or pdf (default: from -o's extension).
        #[arg(long, value_name = "FORMAT")]
        format: Option<ImageFormat>,
        /// Graphviz layout: dot, neato, fdp, sfdp, circo or twopi (default: dot for up
        /// to 60 edges, neato for more; the legend is drawn with dot only).
        #[arg(long, value_name = "LAYOUT")]
        layout: Option<Layout>,
        /// Lay out a graph even when it is too large to draw in reasonable time.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        filter: FilterArgs,
        #[command(flatten)]
        picture: PictureArgs,
    },
    // --- end pictures ------------------------------------------------------------------
    /// Score extraction against gold files (shared/ANNOTATION.md).
    Eval {
        /// Directory of gold `<doc>.json` files.
        #[arg(long)]
        gold: PathBuf,
        #[command(flatten)]
        input: InputArgs,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// List every false positive and false negative per document.
        #[arg(long)]
        verbose: bool,
    },
    // --- query command (owned by the query helper) ---
    /// Answer relationship questions over a graph JSON from `build` or `merge`.
    Query(QueryCmd),
    // --- end query command ---
}

/// How `build` and `merge` merge.
#[derive(clap::Args, Clone)]
struct MergeArgs {
    /// Keep at most N evidence sentences per edge (the first by document id and
    /// sentence); the weight still counts every one.
    #[arg(long, value_name = "N")]
    max_evidence: Option<usize>,
}

impl From<MergeArgs> for newsgraph::graph::MergeOptions {
    fn from(a: MergeArgs) -> Self {
        newsgraph::graph::MergeOptions {
            max_evidence: a.max_evidence,
            partial: false,
        }
    }
}

/// The one-line summary of a graph: documents, actors, edges.
fn graph_summary(g: &KnowledgeGraph) -> String {
    format!(
        "{} documents, {} actors, {} edges",
        g.documents.len(),
        g.nodes.len(),
        g.edges.len()
    )
}

/// The inputs of `extract` and `build`, read as a stream.
/// The files the inputs stand for, which an output must not overwrite.
fn input_files(input: &InputArgs) -> Vec<PathBuf> {
    newsgraph::document::input_files(&input.inputs)
}

fn stream_inputs(input: &InputArgs) -> Result<DocumentStream> {
    let opts = ReadOptions {
        skip_bad: input.skip_bad,
    };
    Ok(DocumentStream::new(&input.inputs, &opts)?)
}

// --- pictures: formats, filters and picture options ---------------------------------

fn format_for(format: Option<Format>, output: Option<&Path>) -> Result<Format> {
    Ok(Format::choose(format, output)?)
}

/// The filters shared by `export`, `render` and `query subgraph`.
#[derive(clap::Args, Clone, Default)]
struct FilterArgs {
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

/// How the DOT picture is drawn.
#[derive(clap::Args, Clone, Default)]
struct PictureArgs {
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

/// Reads a graph JSON file and keeps what the filters ask for.
fn load_graph(path: &Path, filter: FilterArgs) -> Result<KnowledgeGraph> {
    let g = export::json::read(path)?;
    Ok(Filter::from(filter).apply(&g)?)
}

fn render(
    graph: &Path,
    output: Option<&Path>,
    format: Option<ImageFormat>,
    layout: Option<Layout>,
    force: bool,
    filter: FilterArgs,
    picture: PictureArgs,
) -> Result<()> {
    let to_file = output.filter(|p| p.as_os_str() != "-");
    let format = match (format, to_file) {
        (Some(f), _) => f,
        (None, Some(p)) => ImageFormat::from_path(p).with_context(|| {
            format!(
                "cannot tell the picture format of {}: use .svg, .png, .pdf or --format",
                p.display()
            )
        })?,
        (None, None) => anyhow::bail!("writing a picture to stdout needs --format svg|png|pdf"),
    };
    let g = load_graph(graph, filter)?;
    if let Some(why) = export::render::too_large(&g) {
        if !force {
            anyhow::bail!("{why}; keep fewer actors with --top N, --min-weight N, --type T or --around NAME, or lay it out anyway with --force");
        }
        eprintln!("newsgraph: warning: {why}; laying it out anyway (--force)");
    }
    let layout = layout.unwrap_or_else(|| Layout::for_graph(&g));
    let mut opts: DotOptions = picture.into();
    // spring layouts spread a legend box over the whole picture
    opts.legend &= layout == Layout::Dot;
    let bytes = export::render::render(&g, &opts, layout, format)?;
    Ok(write_output(output, &bytes)?)
}

// --- end pictures --------------------------------------------------------------------

fn pipeline(input: &InputArgs) -> Result<Pipeline> {
    Ok(Pipeline::new(Lexicon::with_user_files(&input.lexicons)?))
}

/// The documents of the inputs, after refusing an `output` that is one of the files
/// read (or a directory, FIFO or device), before any work is done.
fn load(input: &InputArgs, output: Option<&Path>) -> Result<Vec<newsgraph::Document>> {
    let loaded = read_inputs(
        &input.inputs,
        &ReadOptions {
            skip_bad: input.skip_bad,
        },
    )?;
    for w in &loaded.warnings {
        eprintln!("newsgraph: warning: {}", newsgraph::text::escape_control(w));
    }
    for s in &loaded.skipped {
        eprintln!("newsgraph: warning: skipped {}", newsgraph::text::escape_control(s));
    }
    if !loaded.skipped.is_empty() {
        eprintln!("newsgraph: warning: skipped {} bad input(s)", loaded.skipped.len());
    }
    if loaded.documents.is_empty() {
        anyhow::bail!("no articles found in the inputs");
    }
    newsgraph::output::check_output(output, &loaded.files)?;
    Ok(loaded.documents)
}

fn write_graph(g: &KnowledgeGraph, format: Format, output: Option<&Path>) -> Result<()> {
    if format == Format::Json {
        // written as it is serialised: an archive's graph is hundreds of megabytes
        let mut out = stream::Output::create(output)?;
        export::json::write_to(g, &mut out).map_err(|e| anyhow::anyhow!("{e}"))?;
        return Ok(out.finish()?);
    }
    Ok(export::write(g, format, output, &DotOptions::default())?)
}

fn run(cli: Cli) -> Result<()> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.into())
            .build_global()
            .context("cannot start the worker threads")?;
    }
    let quiet = cli.quiet;
    let batching = stream::Batching::default();
    match cli.command {
        Command::Build {
            input,
            output,
            format,
            merge,
        } => {
            let format = format_for(format, output.as_deref())?;
            newsgraph::output::check_output(output.as_deref(), &input_files(&input))?;
            let docs = stream_inputs(&input)?;
            let mut report = Reporter::new("build", docs.total_bytes(), quiet);
            let (g, _) = stream::build(&pipeline(&input)?, docs, &batching, &merge.into(), &mut report)?;
            write_graph(&g, format, output.as_deref())?;
            report.finish(&graph_summary(&g));
            Ok(())
        }
        Command::Extract { input, output, explain } => {
            newsgraph::output::check_output(output.as_deref(), &input_files(&input))?;
            let docs = stream_inputs(&input)?;
            let mut report = Reporter::new("extract", docs.total_bytes(), quiet);
            let format = match explain {
                true => stream::LineFormat::Explain,
                false => stream::LineFormat::Json,
            };
            let mut out = stream::Output::create(output.as_deref())?;
            let t = stream::extract(&pipeline(&input)?, docs, &batching, format, &mut out, &mut report)?;
            out.finish()?;
            report.finish(&format!(
                "{} documents ({:.1} MB), {} actors, {} relations",
                t.documents,
                t.bytes as f64 / 1e6,
                t.actors,
                t.relations
            ));
            Ok(())
        }
        Command::Merge {
            files,
            output,
            format,
            merge,
            partial,
        } => {
            let format = format_for(format, output.as_deref())?;
            let merge = newsgraph::graph::MergeOptions {
                partial,
                ..merge.into()
            };
            // the graph grows in place (`merge graph.json today.jsonl -o graph.json`):
            // a graph input may be replaced by the merged graph, written atomically
            // after every input is read; extraction lines may not
            let not_graphs: Vec<PathBuf> = files
                .iter()
                .filter(|f| !f.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")))
                .cloned()
                .collect();
            newsgraph::output::check_output(output.as_deref(), &not_graphs)?;
            let total = files.iter().map(|f| std::fs::metadata(f).map(|m| m.len()).ok()).sum();
            let mut report = Reporter::new("merge", total, quiet);
            let (g, _) = stream::merge_files(&files, &batching, &merge, &mut report)?;
            write_graph(&g, format, output.as_deref())?;
            report.finish(&graph_summary(&g));
            Ok(())
        }
        // --- pictures
        Command::Export {
            graph,
            format,
            output,
            filter,
            picture,
        } => {
            let format = format_for(format, output.as_deref())?;
            newsgraph::output::check_output(output.as_deref(), std::slice::from_ref(&graph))?;
            let g = load_graph(&graph, filter)?;
            Ok(export::write(&g, format, output.as_deref(), &picture.into())?)
        }
        Command::Render {
            graph,
            output,
            format,
            layout,
            force,
            filter,
            picture,
        } => {
            newsgraph::output::check_output(output.as_deref(), std::slice::from_ref(&graph))?;
            render(&graph, output.as_deref(), format, layout, force, filter, picture)
        }
        // --- end pictures
        Command::Eval {
            gold,
            input,
            json,
            verbose,
        } => {
            let docs = load(&input, None)?;
            let g = pipeline(&input)?;
            let graphs = docs
                .iter()
                .map(|d| {
                    let one = KnowledgeGraph::merge([KnowledgeGraph::from_extraction(&g.extract(d))]);
                    one.map(|one| (d.id.clone(), one))
                })
                .collect::<newsgraph::Result<_>>()?;
            let report = newsgraph::eval::score(&gold, &graphs)?;
            let text = if json {
                report.to_json()
            } else {
                report.to_text(verbose)
            };
            Ok(write_output(None, text.as_bytes())?)
        }
        Command::Query(q) => run_query(q),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(e) = newsgraph::output::install_signal_handlers() {
        eprintln!("newsgraph: warning: {e}");
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // one line: the error and its causes, each cause only if not already said
            let mut msg = e.to_string();
            for cause in e.chain().skip(1) {
                let cause = cause.to_string();
                if !msg.contains(&cause) {
                    msg = format!("{msg}: {cause}");
                }
            }
            eprintln!("newsgraph: error: {}", newsgraph::text::escape_control(&msg));
            ExitCode::from(1)
        }
    }
}

// ===========================================================================
// `query` command (owned by the query helper): parse, call newsgraph::query, print.

#[derive(clap::Args)]
struct QueryCmd {
    /// Graph JSON written by `newsgraph build` or `merge`.
    graph: PathBuf,
    /// Print the whole answer as JSON (shapes in docs/query.md).
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    kind: QueryKind,
}

fn parse_relation(s: &str) -> Result<newsgraph::RelationType, String> {
    s.parse().map_err(|e: newsgraph::Error| e.to_string())
}

fn parse_type(s: &str) -> Result<newsgraph::EntityType, String> {
    s.parse().map_err(|e: newsgraph::Error| e.to_string())
}

/// Output of a query that returns a list.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum ListFormat {
    /// aligned table (default)
    Table,
    /// comma-separated values with a header
    Csv,
    /// one JSON object per line
    Jsonl,
}

/// Output of `query subgraph`.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum SubgraphFormat {
    /// node-link JSON (the graph contract)
    Json,
    /// Graphviz DOT
    Dot,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum DirectionArg {
    Out,
    In,
    Both,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum RankArg {
    Degree,
    Pagerank,
    Betweenness,
}

#[derive(Subcommand)]
enum QueryKind {
    /// One actor: type, aliases, roles, mentions, degree, documents.
    Entity {
        /// Canonical name, id or alias (case- and accent-insensitive).
        name: String,
    },
    /// The actors linked to one actor.
    Neighbors {
        /// Canonical name, id or alias.
        name: String,
        /// Only this relation (repeatable).
        #[arg(long = "relation", value_name = "R", value_parser = parse_relation)]
        relations: Vec<newsgraph::RelationType>,
        /// Which way the edges point from the actor (met-with matches any).
        #[arg(long, value_enum, default_value = "both")]
        direction: DirectionArg,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Edges with their evidence sentences.
    Edges {
        /// Source actor (either end of met-with).
        #[arg(long)]
        source: Option<String>,
        /// Target actor (either end of met-with).
        #[arg(long)]
        target: Option<String>,
        /// Only this relation (repeatable).
        #[arg(long = "relation", value_name = "R", value_parser = parse_relation)]
        relations: Vec<newsgraph::RelationType>,
        /// Only evidence from documents dated on or after this (YYYY[-MM[-DD]]).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// Only evidence from documents dated on or before this.
        #[arg(long, value_name = "DATE")]
        until: Option<String>,
        /// Output format (csv: one row per evidence).
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Shortest path(s) between two actors, each hop with its evidence.
    Path {
        /// Start actor.
        a: String,
        /// End actor.
        b: String,
        /// Longest path searched.
        #[arg(long, default_value_t = 6)]
        max_hops: usize,
        /// Only paths over this relation (repeatable).
        #[arg(long = "relation", value_name = "R", value_parser = parse_relation)]
        relations: Vec<newsgraph::RelationType>,
        /// Most paths listed (all are counted).
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Output format (csv: one row per evidence; jsonl: one line per hop).
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// The actors within K hops of one actor and the edges among them.
    Subgraph {
        /// Centre actor.
        name: String,
        /// Hops from the centre.
        #[arg(long, default_value_t = 1)]
        hops: usize,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: SubgraphFormat,
    },
    /// The most central actors.
    Top {
        /// Measure.
        #[arg(long, value_enum, default_value = "degree")]
        by: RankArg,
        /// How many to list (0: all).
        #[arg(short = 'n', default_value_t = 10)]
        n: usize,
        /// List only actors of this type (repeatable).
        #[arg(long = "type", value_name = "T", value_parser = parse_type)]
        types: Vec<newsgraph::EntityType>,
        /// Rank over this relation only (repeatable).
        #[arg(long = "relation", value_name = "R", value_parser = parse_relation)]
        relations: Vec<newsgraph::RelationType>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Counts by type and relation, documents, connected components.
    Stats,
}

fn text_style() -> newsgraph::query::TextStyle {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        let width = comfy_table::Table::new().width().unwrap_or(100);
        newsgraph::query::TextStyle {
            color: std::env::var_os("NO_COLOR").is_none(),
            width,
        }
    } else {
        newsgraph::query::TextStyle::default()
    }
}

fn json_line<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("query reports serialise");
    s.push('\n');
    s
}

/// A report as pretty JSON with `--json`, else as text for people.
fn text_or_json<R: newsgraph::query::Render + serde::Serialize>(report: &R, json: bool) -> String {
    if json {
        json_line(report)
    } else {
        let style = text_style();
        // names and sentences come from the input: their control characters are shown
        // escaped, only our own colour codes reach the terminal
        newsgraph::text::escape_terminal(&report.render(&style), style.color).into_owned()
    }
}

fn answer<R>(report: &R, json: bool, format: ListFormat) -> Result<String>
where
    R: newsgraph::query::Render + newsgraph::query::ListReport + serde::Serialize,
{
    use newsgraph::query;
    Ok(match (json, format) {
        (_, ListFormat::Table) => text_or_json(report, json),
        (true, _) => anyhow::bail!("--json and --format are exclusive: pick one"),
        (false, ListFormat::Csv) => newsgraph::text::escape_terminal(&query::to_csv(report)?, false).into_owned(),
        (false, ListFormat::Jsonl) => query::to_jsonl(report),
    })
}

fn run_query(q: QueryCmd) -> Result<()> {
    use newsgraph::query::{self, Direction, EdgeQuery, PathOptions, Ranking, TopOptions};
    let g = export::json::read(&q.graph)?;
    let json = q.json;
    let text = match q.kind {
        QueryKind::Entity { name } => text_or_json(&query::entity(&g, &name)?, json),
        QueryKind::Neighbors {
            name,
            relations,
            direction,
            format,
        } => {
            let direction = match direction {
                DirectionArg::Out => Direction::Out,
                DirectionArg::In => Direction::In,
                DirectionArg::Both => Direction::Both,
            };
            answer(&query::neighbors(&g, &name, &relations, direction)?, json, format)?
        }
        QueryKind::Edges {
            source,
            target,
            relations,
            since,
            until,
            format,
        } => {
            let eq = EdgeQuery {
                source,
                target,
                relations,
                since,
                until,
            };
            answer(&query::edges(&g, &eq)?, json, format)?
        }
        QueryKind::Path {
            a,
            b,
            max_hops,
            relations,
            limit,
            format,
        } => {
            let opts = PathOptions {
                max_hops,
                relations,
                limit,
            };
            answer(&query::path(&g, &a, &b, &opts)?, json, format)?
        }
        QueryKind::Subgraph { name, hops, format } => {
            let sub = query::subgraph(&g, &name, hops)?;
            match format {
                _ if json => export::json::to_string(&sub),
                SubgraphFormat::Json => export::json::to_string(&sub),
                SubgraphFormat::Dot => export::dot::to_string(&sub, &DotOptions::default()),
            }
        }
        QueryKind::Top {
            by,
            n,
            types,
            relations,
            format,
        } => {
            let by = match by {
                RankArg::Degree => Ranking::Degree,
                RankArg::Pagerank => Ranking::Pagerank,
                RankArg::Betweenness => Ranking::Betweenness,
            };
            answer(
                &query::top(
                    &g,
                    &TopOptions {
                        by,
                        n,
                        types,
                        relations,
                    },
                )?,
                json,
                format,
            )?
        }
        QueryKind::Stats => text_or_json(&query::stats(&g), json),
    };
    Ok(write_output(None, text.as_bytes())?)
}
