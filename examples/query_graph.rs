//! Load a graph JSON written by `newsgraph build` and ask it questions.
//!
//!     cargo run --example query_graph [GRAPH.json]
//!
//! Without an argument it reads tests/fixtures/query-graph.json.

use newsgraph::export::json;
use newsgraph::query::{self, Direction, PathOptions, Ranking, Render, TextStyle, TopOptions};
use std::path::PathBuf;

fn main() -> newsgraph::Result<()> {
    let path = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/query-graph.json")));
    let g = json::read(&path)?;
    let style = TextStyle::default();
    print!("{}", query::stats(&g).render(&style));

    // the best-connected actor, its neighbours, and how it links to the second one
    let opts = TopOptions {
        by: Ranking::Degree,
        n: 2,
        types: vec![],
        relations: vec![],
    };
    let top = query::top(&g, &opts)?;
    let ranked: Vec<String> = top.ranking.iter().map(|r| r.id.clone()).collect();
    print!("\n{}", top.render(&style));
    if let [first, second, ..] = ranked.as_slice() {
        print!(
            "\n{}",
            query::neighbors(&g, first, &[], Direction::Both)?.render(&style)
        );
        print!(
            "\n{}",
            query::path(&g, first, second, &PathOptions::default())?.render(&style)
        );
    }
    Ok(())
}
