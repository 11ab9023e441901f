//! `newsgraph query GRAPH.json <entity|neighbors|edges|path|subgraph|top|stats> ...`:
//! relationship questions over a graph; the answers are rendered by
//! `newsgraph::query::render` (table, JSON, CSV, JSON Lines; docs/query.md).

use anyhow::Result;
use clap::{Subcommand, ValueEnum};
use newsgraph::export::dot::DotOptions;
use newsgraph::query::{self, Direction, EdgeQuery, ListReport, PathOptions, Ranking, Render, TextStyle, TopOptions};
use newsgraph::text::escape_terminal;
use newsgraph::{io, EntityType, KnowledgeGraph, RelationType};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Graph JSON written by `newsgraph build` or `merge`.
    graph: PathBuf,
    /// Print the whole answer as JSON (shapes in docs/query.md).
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    kind: QueryKind,
}

fn parse_relation(s: &str) -> Result<RelationType, String> {
    s.parse().map_err(|e: newsgraph::Error| e.to_string())
}

fn parse_type(s: &str) -> Result<EntityType, String> {
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

impl From<DirectionArg> for Direction {
    fn from(d: DirectionArg) -> Direction {
        match d {
            DirectionArg::Out => Direction::Out,
            DirectionArg::In => Direction::In,
            DirectionArg::Both => Direction::Both,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum RankArg {
    Degree,
    Pagerank,
    Betweenness,
}

impl From<RankArg> for Ranking {
    fn from(r: RankArg) -> Ranking {
        match r {
            RankArg::Degree => Ranking::Degree,
            RankArg::Pagerank => Ranking::Pagerank,
            RankArg::Betweenness => Ranking::Betweenness,
        }
    }
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
        relations: Vec<RelationType>,
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
        relations: Vec<RelationType>,
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
        relations: Vec<RelationType>,
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
        types: Vec<EntityType>,
        /// Rank over this relation only (repeatable).
        #[arg(long = "relation", value_name = "R", value_parser = parse_relation)]
        relations: Vec<RelationType>,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
    },
    /// Counts by type and relation, documents, connected components.
    Stats,
}

pub fn run(args: Args) -> Result<()> {
    let graph = io::read_graph(&args.graph)?;
    let text = answer(&graph, args.kind, args.json)?;
    Ok(io::write_output(None, text.as_bytes())?)
}

/// The answer to one query, as the text to print.
fn answer(graph: &KnowledgeGraph, kind: QueryKind, json: bool) -> Result<String> {
    Ok(match kind {
        QueryKind::Entity { name } => text_or_json(&query::entity(graph, &name)?, json),
        QueryKind::Neighbors {
            name,
            relations,
            direction,
            format,
        } => list(
            &query::neighbors(graph, &name, &relations, direction.into())?,
            json,
            format,
        )?,
        QueryKind::Edges {
            source,
            target,
            relations,
            since,
            until,
            format,
        } => {
            let edge_query = EdgeQuery {
                source,
                target,
                relations,
                since,
                until,
            };
            list(&query::edges(graph, &edge_query)?, json, format)?
        }
        QueryKind::Path {
            a,
            b,
            max_hops,
            relations,
            limit,
            format,
        } => {
            let options = PathOptions {
                max_hops,
                relations,
                limit,
            };
            list(&query::path(graph, &a, &b, &options)?, json, format)?
        }
        QueryKind::Subgraph { name, hops, format } => {
            let subgraph = query::subgraph(graph, &name, hops)?;
            match format {
                _ if json => io::graph_json::to_string(&subgraph),
                SubgraphFormat::Json => io::graph_json::to_string(&subgraph),
                SubgraphFormat::Dot => newsgraph::export::dot::to_string(&subgraph, &DotOptions::default()),
            }
        }
        QueryKind::Top {
            by,
            n,
            types,
            relations,
            format,
        } => {
            let options = TopOptions {
                by: by.into(),
                n,
                types,
                relations,
            };
            list(&query::top(graph, &options)?, json, format)?
        }
        QueryKind::Stats => text_or_json(&query::stats(graph), json),
    })
}

/// How tables are drawn: coloured and as wide as the terminal when stdout is one.
fn text_style() -> TextStyle {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        let width = comfy_table::Table::new().width().unwrap_or(100);
        TextStyle {
            color: std::env::var_os("NO_COLOR").is_none(),
            width,
        }
    } else {
        TextStyle::default()
    }
}

/// A report as pretty JSON with `--json`, else as text for people.
fn text_or_json<R: Render + serde::Serialize>(report: &R, json: bool) -> String {
    if json {
        query::to_pretty_json(report)
    } else {
        let style = text_style();
        // names and sentences come from the input: their control characters are shown
        // escaped, only our own colour codes reach the terminal
        escape_terminal(&report.render(&style), style.color).into_owned()
    }
}

/// A list report in the `--format` asked for (or `--json`).
fn list<R>(report: &R, json: bool, format: ListFormat) -> Result<String>
where
    R: Render + ListReport + serde::Serialize,
{
    Ok(match (json, format) {
        (_, ListFormat::Table) => text_or_json(report, json),
        (true, _) => anyhow::bail!("--json and --format are exclusive: pick one"),
        (false, ListFormat::Csv) => escape_terminal(&query::to_csv(report)?, false).into_owned(),
        (false, ListFormat::Jsonl) => query::to_jsonl(report),
    })
}
