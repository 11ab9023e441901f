//! Build a graph from article texts in memory and walk it with petgraph.
//!
//!     cargo run --example walk_graph

use newsgraph::{Document, Pipeline};
use petgraph::algo::{connected_components, dijkstra};

fn article(id: &str, date: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        title: None,
        date: Some(date.into()),
        source: None,
        url: None,
        text: text.into(),
    }
}

fn main() -> newsgraph::Result<()> {
    let docs = [
        article(
            "talks",
            "2024-03-05",
            "French President Pierre Lemaire met Austrian Chancellor Ilse Varga in Vienna. \
             Lemaire said Varga was \"a reliable partner\".",
        ),
        article(
            "sanctions",
            "2024-03-07",
            "On Thursday Ilse Varga accused the Freedom League of spreading lies about Lemaire.",
        ),
    ];
    // extract each article (in parallel) and merge: the same as `newsgraph build`
    let g = Pipeline::default().build(&docs)?;
    println!("{} actors, {} relations", g.nodes.len(), g.edges.len());

    // the petgraph view: node weights are node ids, edge weights (source, relation, target)
    let (pg, index) = g.petgraph();
    for node in pg.node_indices() {
        let id = pg[node];
        let label = &g.nodes[id].label;
        for edge in pg.edges(node) {
            let (_, relation, target) = edge.weight();
            let evidence = &g.edges[*edge.weight()].evidence;
            println!(
                "{label} -[{relation}]-> {} ({} sentence(s))",
                g.nodes[target].label,
                evidence.len()
            );
        }
    }
    println!("{} connected component(s)", connected_components(&pg));

    // hops from one actor to every actor it reaches along the edges' direction
    if let Some(&start) = index.get("ilse-varga") {
        let hops = dijkstra(&pg, start, None, |_| 1);
        let mut reached: Vec<_> = hops
            .iter()
            .filter(|(n, _)| **n != start)
            .map(|(n, d)| (*d, pg[*n]))
            .collect();
        reached.sort();
        for (d, id) in reached {
            println!("Ilse Varga reaches {} in {d} hop(s)", g.nodes[id].label);
        }
    }
    Ok(())
}
