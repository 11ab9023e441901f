//! Node rankings that petgraph does not provide in a usable form: PageRank (petgraph's
//! `page_rank` is O(n·|V|²·|E|) and leaves out the random jump from nodes that link to
//! the target, so it does not match the textbook or networkx) and betweenness
//! (Brandes' algorithm). Both work on plain adjacency lists over node positions
//! `0..n`, so callers decide which view of the graph they rank.

use std::collections::VecDeque;

/// PageRank of a directed simple graph given as out-neighbour lists, computed like
/// networkx's `pagerank(G, alpha=damping, weight=None)`: dangling nodes spread their
/// rank uniformly, the random jump is uniform, power iteration until the L1 change is
/// below `n·1e-10` (at most 1,000 iterations). The ranks sum to 1.
pub fn pagerank(out: &[Vec<usize>], damping: f64) -> Vec<f64> {
    let n = out.len();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let mut x = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    for _ in 0..1000 {
        let dangling: f64 = out.iter().zip(&x).filter(|(o, _)| o.is_empty()).map(|(_, r)| r).sum();
        let base = (damping * dangling + (1.0 - damping)) / nf;
        next.iter_mut().for_each(|v| *v = base);
        for (w, targets) in out.iter().enumerate() {
            if targets.is_empty() {
                continue;
            }
            let share = damping * x[w] / targets.len() as f64;
            for &v in targets {
                next[v] += share;
            }
        }
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if err < nf * 1e-10 {
            break;
        }
    }
    x
}

/// Betweenness centrality of an undirected simple graph given as neighbour lists
/// (each edge listed at both ends, no duplicates, no self-loops), by Brandes'
/// algorithm in O(|V|·|E|). Normalised like networkx's `betweenness_centrality(G)`
/// for undirected graphs: the sum over ordered pairs divided by (n-1)(n-2), so values
/// lie in [0, 1]; graphs of two nodes or fewer score 0.
pub fn betweenness(adj: &[Vec<usize>]) -> Vec<f64> {
    let n = adj.len();
    let mut score = vec![0.0; n];
    let mut stack = Vec::with_capacity(n);
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![-1i64; n];
    let mut delta = vec![0.0f64; n];
    let mut queue = VecDeque::with_capacity(n);
    for s in 0..n {
        stack.clear();
        for v in 0..n {
            preds[v].clear();
            sigma[v] = 0.0;
            dist[v] = -1;
            delta[v] = 0.0;
        }
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            stack.push(v);
            for &w in &adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        while let Some(w) = stack.pop() {
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
            }
            if w != s {
                score[w] += delta[w];
            }
        }
    }
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        score.iter_mut().for_each(|v| *v *= scale);
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-6)
    }

    #[test]
    fn betweenness_of_a_path_and_a_star() {
        // a - b - c: b lies on the only a..c path; normalised by (n-1)(n-2) = 2 over 2 ordered pairs
        let path = vec![vec![1], vec![0, 2], vec![1]];
        assert!(close(&betweenness(&path), &[0.0, 1.0, 0.0]));
        // star with centre 0 and 3 leaves: centre on all 3 leaf pairs -> 1.0
        let star = vec![vec![1, 2, 3], vec![0], vec![0], vec![0]];
        assert!(close(&betweenness(&star), &[1.0, 0.0, 0.0, 0.0]));
        // a square: every node shares half of one opposite pair: 2*0.5 / (3*2)
        let square = vec![vec![1, 3], vec![0, 2], vec![1, 3], vec![0, 2]];
        assert!(close(&betweenness(&square), &[1.0 / 6.0; 4]));
    }

    #[test]
    fn pagerank_matches_networkx_on_a_small_graph() {
        // networkx.pagerank(nx.DiGraph([(0,1),(0,3),(1,2),(1,3)]) + node 4, alpha=0.85)
        let out = vec![vec![1, 3], vec![2, 3], vec![], vec![], vec![]];
        let want = [0.141618, 0.201806, 0.227385, 0.287573, 0.141618];
        let got = pagerank(&out, 0.85);
        assert!(got.iter().zip(want).all(|(g, w)| (g - w).abs() < 1e-4), "{got:?}");
        assert!((got.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}
