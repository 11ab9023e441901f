//! The `newsgraph` command line: parses arguments, calls the library, reports errors.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use newsgraph::document::{read_inputs, ReadOptions};
use newsgraph::export::dot::{ClusterBy, DotOptions, Layout};
use newsgraph::export::render::ImageFormat;
use newsgraph::export::{self, write_output};
use newsgraph::filter::Filter;
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
        /// Output file (format from its extension); stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format (default: from -o's extension, else json).
        #[arg(long, value_enum)]
        format: Option<Format>,
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
        /// Output file; stdout when absent.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Output format (default: from -o's extension, else json).
        #[arg(long, value_enum)]
        format: Option<Format>,
    },
    // --- pictures: export and render -------------------------------------------------
    /// Write a graph (or the part the filters keep) as JSON or DOT.
    Export {
        /// A graph JSON file (from `build` or `merge`).
        graph: PathBuf,
        /// Output format (default: from -o's extension, else json).
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Output file; stdout when absent.
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

// --- pictures: formats, filters and picture options ---------------------------------

/// Graph output formats.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    /// node-link JSON (the contract; see docs/json.md)
    Json,
    /// Graphviz DOT, styled (see docs/dot.md)
    Dot,
}

fn format_for(format: Option<Format>, output: Option<&Path>) -> Result<Format> {
    if let Some(f) = format {
        return Ok(f);
    }
    let ext = output.and_then(|p| p.extension()).and_then(|e| e.to_str());
    match ext.map(str::to_ascii_lowercase).as_deref() {
        None | Some("json") => Ok(Format::Json),
        Some("dot" | "gv") => Ok(Format::Dot),
        Some(other) => anyhow::bail!("cannot tell the format from `.{other}`: use --format"),
    }
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

fn load(input: &InputArgs) -> Result<Vec<newsgraph::Document>> {
    let loaded = read_inputs(
        &input.inputs,
        &ReadOptions {
            skip_bad: input.skip_bad,
        },
    )?;
    for s in &loaded.skipped {
        eprintln!("newsgraph: warning: skipped {s}");
    }
    if !loaded.skipped.is_empty() {
        eprintln!("newsgraph: warning: skipped {} bad input(s)", loaded.skipped.len());
    }
    if loaded.documents.is_empty() {
        anyhow::bail!("no articles found in the inputs");
    }
    Ok(loaded.documents)
}

fn write_graph(g: &KnowledgeGraph, format: Format, output: Option<&Path>) -> Result<()> {
    let bytes = match format {
        Format::Json => export::json::to_string(g),
        Format::Dot => export::dot::to_string(g, &DotOptions::default()),
    };
    write_output(output, bytes.as_bytes())?;
    Ok(())
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Build { input, output, format } => {
            let format = format_for(format, output.as_deref())?;
            let docs = load(&input)?;
            let g = pipeline(&input)?.build(&docs)?;
            write_graph(&g, format, output.as_deref())
        }
        Command::Extract { input, output, explain } => {
            let docs = load(&input)?;
            let xs = pipeline(&input)?.extract_all(&docs);
            let lines = if explain {
                newsgraph::extract::explain(&xs)
            } else {
                newsgraph::extract::to_jsonl(&xs)
            };
            Ok(write_output(output.as_deref(), lines.as_bytes())?)
        }
        Command::Merge { files, output, format } => {
            let format = format_for(format, output.as_deref())?;
            let g = newsgraph::io::merge_files(&files)?;
            write_graph(&g, format, output.as_deref())
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
            let g = load_graph(&graph, filter)?;
            let text = match format {
                Format::Json => export::json::to_string(&g),
                Format::Dot => export::dot::to_string(&g, &picture.into()),
            };
            Ok(write_output(output.as_deref(), text.as_bytes())?)
        }
        Command::Render {
            graph,
            output,
            format,
            layout,
            filter,
            picture,
        } => render(&graph, output.as_deref(), format, layout, filter, picture),
        // --- end pictures
        Command::Eval {
            gold,
            input,
            json,
            verbose,
        } => {
            let docs = load(&input)?;
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
            eprintln!("newsgraph: error: {msg}");
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
        report.render(&text_style())
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
        (false, ListFormat::Csv) => query::to_csv(report)?,
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
