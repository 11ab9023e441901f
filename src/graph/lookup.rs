//! Finding actors by name: canonical name, id or any alias, case- and
//! accent-insensitive; ambiguous names list their candidates, unknown ones suggest
//! the closest names.

use super::{KnowledgeGraph, Node};
use crate::model::fold;
use crate::{Error, Result};

impl KnowledgeGraph {
    /// The node a user means by `name`: an exact (folded) match of its id, label or an
    /// alias; failing that, a unique person whose surname it is.
    pub fn find(&self, name: &str) -> Result<&Node> {
        let key = fold(name);
        let mut hits: Vec<&Node> = self
            .nodes
            .values()
            .filter(|n| fold(&n.label) == key || fold(&n.id) == key)
            .collect();
        if hits.is_empty() {
            hits = self
                .nodes
                .values()
                .filter(|n| n.aliases.iter().any(|a| fold(a) == key))
                .collect();
        }
        if hits.is_empty() && !key.is_empty() {
            hits = self
                .nodes
                .values()
                .filter(|n| n.label.split_whitespace().count() > 1)
                .filter(|n| n.label.split_whitespace().last().map(fold).as_deref() == Some(key.as_str()))
                .collect();
        }
        match hits.len() {
            1 => Ok(hits[0]),
            0 => Err(Error::UnknownActor {
                name: name.to_string(),
                suggestions: self.closest(name, 3),
            }),
            _ => Err(Error::AmbiguousActor {
                name: name.to_string(),
                candidates: hits.iter().map(|n| format!("{} ({})", n.label, n.id)).collect(),
            }),
        }
    }

    /// Up to `n` node labels closest to `name` by edit distance (folded), nearest first.
    /// Each actor is compared by its label, its aliases and, for several-word labels,
    /// each word of the label, so a misspelt surname ("Foremn") still finds its owner.
    pub fn closest(&self, name: &str, n: usize) -> Vec<String> {
        let key = fold(name);
        let limit = (key.chars().count() / 2).max(2);
        let mut scored: Vec<(usize, &str)> = self
            .nodes
            .values()
            .flat_map(|node| {
                let key = &key;
                let words = node.label.split_whitespace().filter(|w| w.chars().count() >= 3);
                std::iter::once(node.label.as_str())
                    .chain(node.aliases.iter().map(String::as_str))
                    .chain(words)
                    .map(move |form| (strsim::levenshtein(key, &fold(form)), node.label.as_str()))
            })
            .filter(|(d, _)| *d <= limit)
            .collect();
        scored.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, label) in scored {
            if !out.iter().any(|o| o == label) {
                out.push(label.to_string());
            }
            if out.len() == n {
                break;
            }
        }
        out
    }
}
