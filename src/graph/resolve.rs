//! Cross-document actor resolution: the same actor under different spellings becomes
//! one node when the evidence is unambiguous. Two different full names never merge.

use super::KnowledgeGraph;
use crate::model::{fold, name_key, EntityType};
use std::collections::BTreeMap;

impl KnowledgeGraph {
    /// Merges nodes that name one actor: a full name equal after dropping middle
    /// initials, a node whose name is a known alias of exactly one other node, and a
    /// one-word person name that is the surname of exactly one full-named person.
    pub fn resolve_actors(&mut self) {
        // 1. full names equal after normalisation (same type family)
        let mut by_key: BTreeMap<(Vec<String>, bool), Vec<String>> = BTreeMap::new();
        for n in self.nodes.values() {
            let key = name_key(&n.label);
            if key.len() >= 2 {
                by_key
                    .entry((key, n.kind == EntityType::Person))
                    .or_default()
                    .push(n.id.clone());
            }
        }
        for ((_, _), ids) in by_key {
            if ids.len() > 1 {
                let keep = self.preferred(&ids);
                for id in ids.iter().filter(|i| **i != keep) {
                    self.merge_nodes(id, &keep);
                }
            }
        }
        // 2. a node whose label is an alias of exactly one other node
        let mut alias_of: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for n in self.nodes.values() {
            for a in &n.aliases {
                alias_of.entry(fold(a)).or_default().push(n.id.clone());
            }
        }
        let mut merges = Vec::new();
        for n in self.nodes.values() {
            if let Some(owners) = alias_of.get(&fold(&n.label)) {
                let others: Vec<&String> = owners.iter().filter(|o| **o != n.id).collect();
                if others.len() == 1 && compatible(n.kind, self.nodes[others[0]].kind) {
                    merges.push((n.id.clone(), others[0].clone()));
                }
            }
        }
        self.apply(merges);
        // 3. a lone surname of exactly one full-named person
        let mut surnames: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for n in self.nodes.values().filter(|n| n.kind == EntityType::Person) {
            let key = name_key(&n.label);
            if key.len() >= 2 {
                surnames
                    .entry(key.last().unwrap().clone())
                    .or_default()
                    .push(n.id.clone());
            }
        }
        let mut merges = Vec::new();
        for n in self.nodes.values().filter(|n| n.kind == EntityType::Person) {
            let key = name_key(&n.label);
            if key.len() == 1 {
                if let Some(full) = surnames.get(&key[0]) {
                    if full.len() == 1 {
                        merges.push((n.id.clone(), full[0].clone()));
                    }
                }
            }
        }
        self.apply(merges);
    }

    fn apply(&mut self, merges: Vec<(String, String)>) {
        for (from, into) in merges {
            if self.nodes.contains_key(&from) && self.nodes.contains_key(&into) {
                self.merge_nodes(&from, &into);
            }
        }
    }

    /// Of several ids for one actor, the one to keep: most mentions, then the longest
    /// label, then the smallest id (a total order, so the choice is stable).
    fn preferred(&self, ids: &[String]) -> String {
        ids.iter()
            .max_by(|a, b| {
                let (na, nb) = (&self.nodes[*a], &self.nodes[*b]);
                (na.mentions, na.label.len(), std::cmp::Reverse(*a)).cmp(&(
                    nb.mentions,
                    nb.label.len(),
                    std::cmp::Reverse(*b),
                ))
            })
            .cloned()
            .expect("non-empty")
    }
}

fn compatible(a: EntityType, b: EntityType) -> bool {
    a == b || (a != EntityType::Person && b != EntityType::Person)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn middle_initials_are_ignored() {
        assert_eq!(name_key("George W. Bush"), name_key("George Bush"));
        assert_ne!(name_key("Laura Bush"), name_key("George Bush"));
        assert_eq!(name_key("Bush"), vec!["bush".to_string()]);
    }

    #[test]
    fn transliteration_variants_share_a_key() {
        assert_eq!(name_key("Volodymyr Zelenskyy"), name_key("Volodymyr Zelensky"));
        assert_eq!(name_key("Volodymyr Zelenskiy"), name_key("Volodymyr Zelensky"));
        assert_eq!(name_key("Abdel Fattah el-Sisi"), name_key("Abdel Fattah al-Sissi"));
        assert_eq!(name_key("Recep Tayyip Erdoğan"), name_key("Recep Tayyip Erdogan"));
        assert_ne!(name_key("Albert Rivera"), name_key("Bert Rivera"));
    }
}
