//! How query reports are written out: aligned tables for people ([`Render`]), pretty
//! JSON ([`to_pretty_json`]), CSV ([`to_csv`]) and JSON Lines ([`to_jsonl`]); the
//! shapes are documented in docs/query.md.

use super::report::EdgeReport;
use super::{
    EdgesReport, EntityReport, Hop, Neighbor, NeighborsReport, PathReport, Ranked, Ranking, StatsReport, TopReport,
};
use crate::model::{Modality, RelationType};
use crate::{Error, Result};
use comfy_table::{Attribute, Cell, CellAlignment, ContentArrangement, Table};
use serde::Serialize;
use std::fmt::Write as _;

/// Reports that are lists: one CSV row per `csv_rows` item (flat), one JSON line per
/// `items` item.
pub trait ListReport {
    /// The JSON Lines record.
    type Item: Serialize;
    /// The CSV record (flat: no nested lists).
    type Row: Serialize + CsvHeader;
    /// The list, one JSON line each.
    fn items(&self) -> Vec<Self::Item>;
    /// The list flattened for CSV.
    fn csv_rows(&self) -> Vec<Self::Row>;
}

/// The CSV column names of a row type, written even when there are no rows.
pub trait CsvHeader {
    /// Column names, in field order.
    const HEADER: &'static [&'static str];
}

/// The report's list as CSV (header first, then one row per record).
pub fn to_csv<R: ListReport>(report: &R) -> Result<String> {
    fn io(e: impl std::fmt::Display) -> Error {
        Error::Invalid(format!("cannot write CSV: {e}"))
    }
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new());
    w.write_record(R::Row::HEADER).map_err(io)?;
    for row in report.csv_rows() {
        w.serialize(row).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(io)?;
    Ok(String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8"))
}

/// A whole report as pretty JSON with a trailing newline (`query --json`).
pub fn to_pretty_json<R: Serialize>(report: &R) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("query reports serialise");
    s.push('\n');
    s
}

/// The report's list as JSON Lines.
pub fn to_jsonl<R: ListReport>(report: &R) -> String {
    let mut s = String::new();
    for item in report.items() {
        s.push_str(&serde_json::to_string(&item).expect("report serialises"));
        s.push('\n');
    }
    s
}

impl CsvHeader for Neighbor {
    const HEADER: &'static [&'static str] = &["id", "label", "type", "relation", "direction", "weight"];
}

impl ListReport for NeighborsReport {
    type Item = Neighbor;
    type Row = Neighbor;
    fn items(&self) -> Vec<Neighbor> {
        self.neighbors.clone()
    }
    fn csv_rows(&self) -> Vec<Neighbor> {
        self.neighbors.clone()
    }
}

impl CsvHeader for Ranked {
    const HEADER: &'static [&'static str] = &["rank", "id", "label", "type", "score", "degree"];
}

impl ListReport for TopReport {
    type Item = Ranked;
    type Row = Ranked;
    fn items(&self) -> Vec<Ranked> {
        self.ranking.clone()
    }
    fn csv_rows(&self) -> Vec<Ranked> {
        self.ranking.clone()
    }
}

/// One evidence of one edge, flat, for CSV (`edges` and `path`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceRow {
    /// Path number, 1-based (`path` only; empty for `edges`).
    pub path: Option<usize>,
    /// Hop number along the path, 1-based (`path` only).
    pub hop: Option<usize>,
    /// Source node id.
    pub source: String,
    /// Source name.
    pub source_label: String,
    /// Relation.
    pub relation: RelationType,
    /// Target node id.
    pub target: String,
    /// Target name.
    pub target_label: String,
    /// Evidences of the edge.
    pub weight: usize,
    /// Document id.
    pub document: String,
    /// Document date.
    pub date: Option<String>,
    /// Sentence index.
    pub sentence: usize,
    /// Cue.
    pub cue: String,
    /// Modality.
    pub modality: Modality,
    /// The sentence.
    pub text: String,
}

impl CsvHeader for EvidenceRow {
    const HEADER: &'static [&'static str] = &[
        "path",
        "hop",
        "source",
        "source_label",
        "relation",
        "target",
        "target_label",
        "weight",
        "document",
        "date",
        "sentence",
        "cue",
        "modality",
        "text",
    ];
}

fn evidence_rows(e: &EdgeReport, path: Option<usize>, hop: Option<usize>) -> impl Iterator<Item = EvidenceRow> + '_ {
    e.evidence.iter().map(move |ev| EvidenceRow {
        path,
        hop,
        source: e.source.clone(),
        source_label: e.source_label.clone(),
        relation: e.relation,
        target: e.target.clone(),
        target_label: e.target_label.clone(),
        weight: e.weight,
        document: ev.document.clone(),
        date: ev.date.clone(),
        sentence: ev.sentence,
        cue: ev.cue.clone(),
        modality: ev.modality,
        text: ev.text.clone(),
    })
}

impl ListReport for EdgesReport {
    type Item = EdgeReport;
    type Row = EvidenceRow;
    fn items(&self) -> Vec<EdgeReport> {
        self.edges.clone()
    }
    fn csv_rows(&self) -> Vec<EvidenceRow> {
        self.edges.iter().flat_map(|e| evidence_rows(e, None, None)).collect()
    }
}

/// One hop of one path, for JSON Lines.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HopItem {
    /// Path number, 1-based.
    pub path: usize,
    /// Hop number, 1-based.
    pub hop: usize,
    /// The hop.
    #[serde(flatten)]
    pub inner: Hop,
}

impl ListReport for PathReport {
    type Item = HopItem;
    type Row = EvidenceRow;
    fn items(&self) -> Vec<HopItem> {
        let mut out = Vec::new();
        for (p, path) in self.paths.iter().enumerate() {
            for (h, hop) in path.hops.iter().enumerate() {
                out.push(HopItem {
                    path: p + 1,
                    hop: h + 1,
                    inner: hop.clone(),
                });
            }
        }
        out
    }
    fn csv_rows(&self) -> Vec<EvidenceRow> {
        let mut out = Vec::new();
        for (p, path) in self.paths.iter().enumerate() {
            for (h, hop) in path.hops.iter().enumerate() {
                for e in &hop.edges {
                    out.extend(evidence_rows(e, Some(p + 1), Some(h + 1)));
                }
            }
        }
        out
    }
}

/// How to render for people: ANSI styling (only for a terminal) and line width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextStyle {
    /// Bold headers and highlighted cues.
    pub color: bool,
    /// Width to wrap tables and sentences to.
    pub width: u16,
}

impl Default for TextStyle {
    fn default() -> Self {
        TextStyle {
            color: false,
            width: 100,
        }
    }
}

/// Reports that render as text for people.
pub trait Render {
    /// The report as aligned text, ending with a newline.
    fn render(&self, style: &TextStyle) -> String;
}

fn table(style: &TextStyle, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(comfy_table::presets::NOTHING)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(style.width);
    if style.color {
        t.enforce_styling();
    }
    t.set_header(header.iter().map(|h| {
        let c = Cell::new(h.to_uppercase());
        if style.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }));
    t
}

/// Right-aligns the given columns (numbers), header included.
fn align_right(mut t: Table, columns: &[usize]) -> Table {
    for &i in columns {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
    t
}

/// Adds one row of two cells per (key, value).
fn add_pairs<K: std::fmt::Display, V: std::fmt::Display>(t: &mut Table, rows: impl IntoIterator<Item = (K, V)>) {
    for (k, v) in rows {
        t.add_row(vec![Cell::new(k), Cell::new(v)]);
    }
}

fn finish(t: &Table) -> String {
    let mut s = t.trim_fmt();
    // the NOTHING preset leaves one blank column on the left
    s = s
        .lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    s.push('\n');
    s
}

fn bold(style: &TextStyle, s: &str) -> String {
    if style.color {
        format!("\x1b[1m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// `text` with the first whole-word, case-insensitive occurrence of `cue` in bold
/// yellow (when styling is on).
fn highlight(style: &TextStyle, text: &str, cue: &str) -> String {
    if !style.color || cue.is_empty() {
        return text.to_string();
    }
    let (t, c) = (text.as_bytes(), cue.as_bytes());
    let word = |i: usize| i >= t.len() || !(t[i] as char).is_alphanumeric();
    let at = (0..t.len().saturating_sub(c.len() - 1)).find(|&i| {
        text.is_char_boundary(i)
            && text.is_char_boundary(i + c.len())
            && t[i..i + c.len()].eq_ignore_ascii_case(c)
            && (i == 0 || word(i - 1))
            && word(i + c.len())
    });
    match at {
        Some(i) => format!(
            "{}\x1b[1;33m{}\x1b[0m{}",
            &text[..i],
            &text[i..i + c.len()],
            &text[i + c.len()..]
        ),
        None => text.to_string(),
    }
}

fn arrow(relation: RelationType) -> String {
    if relation.is_symmetric() {
        format!("-[{relation}]-")
    } else {
        format!("-[{relation}]->")
    }
}

fn render_edge(out: &mut String, style: &TextStyle, e: &EdgeReport, indent: &str) {
    let _ = writeln!(
        out,
        "{indent}{} {} {}  (weight {})",
        bold(style, &e.source_label),
        arrow(e.relation),
        bold(style, &e.target_label),
        e.weight
    );
    let inner = format!("{indent}    ");
    for ev in &e.evidence {
        let mut place = ev.document.clone();
        if let Some(d) = &ev.date {
            let _ = write!(place, " {d}");
        }
        let _ = write!(place, ", sentence {}, {}, cue \"{}\"", ev.sentence, ev.modality, ev.cue);
        if let Some(r) = &ev.role {
            let _ = write!(place, ", role \"{r}\"");
        }
        let _ = writeln!(out, "{indent}  [{place}]");
        let opts = textwrap::Options::new(usize::from(style.width).max(40))
            .initial_indent(&inner)
            .subsequent_indent(&inner);
        let _ = writeln!(out, "{}", textwrap::fill(&highlight(style, &ev.text, &ev.cue), opts));
    }
}

impl Render for EntityReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut t = table(style, &["field", "value"]);
        let join = |v: &[String]| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.join("; ")
            }
        };
        let mut fields = vec![
            ("name", self.label.clone()),
            ("id", self.id.clone()),
            ("type", self.kind.to_string()),
        ];
        if !self.other_readings.is_empty() {
            let also: Vec<String> = self
                .other_readings
                .iter()
                .map(|r| format!("{} ({} documents, {} mentions)", r.kind, r.documents, r.mentions))
                .collect();
            fields.push(("also read as", also.join("; ")));
        }
        fields.extend([
            ("aliases", join(&self.aliases)),
            ("roles", join(&self.roles)),
            ("mentions", self.mentions.to_string()),
        ]);
        fields.extend(self.wikidata.iter().map(|w| ("wikidata", w.clone())));
        fields.push(("degree", self.degree.to_string()));
        fields.push(("documents", self.documents.len().to_string()));
        add_pairs(&mut t, fields);
        let mut s = finish(&t);
        if !self.relations.is_empty() {
            let mut r = table(style, &["relation", "direction", "edges", "evidence"]);
            for c in &self.relations {
                r.add_row(vec![
                    Cell::new(c.relation),
                    Cell::new(c.direction.as_str()),
                    Cell::new(c.edges),
                    Cell::new(c.evidence),
                ]);
            }
            s.push('\n');
            s.push_str(&finish(&align_right(r, &[2, 3])));
        }
        if !self.documents.is_empty() {
            let mut d = table(style, &["document", "date", "title"]);
            for m in &self.documents {
                d.add_row(vec![
                    m.id.clone(),
                    m.date.clone().unwrap_or_else(|| "-".into()),
                    m.title.clone().unwrap_or_else(|| "-".into()),
                ]);
            }
            s.push('\n');
            s.push_str(&finish(&d));
        }
        s
    }
}

impl Render for NeighborsReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut s = format!(
            "{} neighbour link(s) of {} ({})\n",
            self.neighbors.len(),
            bold(style, &self.actor.label),
            self.actor.kind
        );
        if self.neighbors.is_empty() {
            return s;
        }
        let mut t = table(style, &["name", "type", "relation", "direction", "weight"]);
        for n in &self.neighbors {
            t.add_row(vec![
                Cell::new(&n.label),
                Cell::new(n.kind),
                Cell::new(n.relation),
                Cell::new(n.direction.as_str()),
                Cell::new(n.weight),
            ]);
        }
        s.push_str(&finish(&align_right(t, &[4])));
        s
    }
}

impl Render for EdgesReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut s = format!("{} edge(s)\n", self.edges.len());
        for e in &self.edges {
            s.push('\n');
            render_edge(&mut s, style, e, "");
        }
        s
    }
}

impl Render for PathReport {
    fn render(&self, style: &TextStyle) -> String {
        let Some(len) = self.length else {
            return format!(
                "no path between {} and {} within {} hop(s)\n",
                self.from.label, self.to.label, self.max_hops
            );
        };
        let mut s = format!(
            "{} shortest path(s) of {} hop(s) between {} and {}{}\n",
            self.total,
            len,
            bold(style, &self.from.label),
            bold(style, &self.to.label),
            if (self.paths.len() as u64) < self.total {
                format!(" (showing {})", self.paths.len())
            } else {
                String::new()
            }
        );
        for (i, p) in self.paths.iter().enumerate() {
            let names: Vec<&str> = p.nodes.iter().map(|n| n.label.as_str()).collect();
            let _ = writeln!(s, "\n{}. {}", i + 1, names.join(" -- "));
            for hop in &p.hops {
                for e in &hop.edges {
                    render_edge(&mut s, style, e, "   ");
                }
            }
        }
        s
    }
}

impl Render for TopReport {
    fn render(&self, style: &TextStyle) -> String {
        let by = match self.by {
            Ranking::Degree => "degree",
            Ranking::Pagerank => "pagerank",
            Ranking::Betweenness => "betweenness",
        };
        // ranked by degree, the score is the degree: one column, not two
        let degree_only = self.by == Ranking::Degree;
        let mut header = vec!["rank", "name", "type", by];
        if !degree_only {
            header.push("degree");
        }
        let mut t = table(style, &header);
        for r in &self.ranking {
            let mut row = vec![Cell::new(r.rank), Cell::new(&r.label), Cell::new(r.kind)];
            if !degree_only {
                row.push(Cell::new(format!("{:.4}", r.score)));
            }
            row.push(Cell::new(r.degree));
            t.add_row(row);
        }
        let numbers: &[usize] = if degree_only { &[0, 3] } else { &[0, 3, 4] };
        finish(&align_right(t, numbers))
    }
}

impl Render for StatsReport {
    fn render(&self, style: &TextStyle) -> String {
        let mut t = table(style, &["measure", "value"]);
        let dates = match (&self.first_date, &self.last_date) {
            (Some(a), Some(b)) => format!("{a} .. {b}"),
            _ => "-".to_string(),
        };
        let measures = [
            ("documents", self.documents.to_string()),
            ("dates", dates),
            ("actors", self.nodes.to_string()),
            ("edges", self.edges.to_string()),
            ("evidence", self.evidence.to_string()),
            ("components", self.components.to_string()),
            ("largest component", self.largest_component.to_string()),
            ("isolated actors", self.isolated.to_string()),
        ];
        add_pairs(&mut t, measures);
        let mut ty = table(style, &["type", "actors"]);
        add_pairs(&mut ty, &self.types);
        let mut r = table(style, &["relation", "edges", "evidence"]);
        for (k, v) in &self.relations {
            r.add_row(vec![Cell::new(k), Cell::new(v.edges), Cell::new(v.evidence)]);
        }
        format!(
            "{}\n{}\n{}",
            finish(&align_right(t, &[1])),
            finish(&align_right(ty, &[1])),
            finish(&align_right(r, &[1, 2]))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityType;
    use crate::query::Direction;

    fn auto_header<T: Serialize>(row: T) -> Vec<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.serialize(row).unwrap();
        let s = String::from_utf8(w.into_inner().unwrap()).unwrap();
        s.lines().next().unwrap().split(',').map(str::to_string).collect()
    }

    #[test]
    fn csv_headers_match_the_fields() {
        let n = Neighbor {
            id: "a".into(),
            label: "A".into(),
            kind: EntityType::Person,
            relation: RelationType::MetWith,
            direction: Direction::Both,
            weight: 1,
        };
        assert_eq!(auto_header(n), Neighbor::HEADER);
        let r = Ranked {
            rank: 1,
            id: "a".into(),
            label: "A".into(),
            kind: EntityType::Person,
            score: 1.0,
            degree: 1,
        };
        assert_eq!(auto_header(r), Ranked::HEADER);
        let e = EvidenceRow {
            path: None,
            hop: None,
            source: "a".into(),
            source_label: "A".into(),
            relation: RelationType::Opposes,
            target: "b".into(),
            target_label: "B".into(),
            weight: 1,
            document: "d".into(),
            date: None,
            sentence: 0,
            cue: "c".into(),
            modality: Modality::Asserted,
            text: "t".into(),
        };
        assert_eq!(auto_header(e), EvidenceRow::HEADER);
    }

    #[test]
    fn cue_is_highlighted_as_a_whole_word_only_with_color() {
        let on = TextStyle { color: true, width: 80 };
        assert_eq!(
            highlight(&on, "Trump accused Putin", "accused"),
            "Trump \x1b[1;33maccused\x1b[0m Putin"
        );
        assert_eq!(
            highlight(&on, "He met them. Met.", "met"),
            "He \x1b[1;33mmet\x1b[0m them. Met."
        );
        assert_eq!(highlight(&on, "summit", "met"), "summit");
        assert_eq!(
            highlight(&TextStyle::default(), "Trump accused Putin", "accused"),
            "Trump accused Putin"
        );
    }
}
