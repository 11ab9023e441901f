//! The report as score.py prints it: text (`to_text`) and one JSON line (`to_json`).

use super::python::{json_str, py_float};
use super::{Counts, Report};
use std::fmt::Write as _;

impl Report {
    /// The report as one JSON line, byte for byte what `score.py --json` prints.
    pub fn to_json(&self) -> String {
        let counts = |c: &Counts| {
            let (p, r, f) = c.prf();
            format!(
                "{{\"tp\": {}, \"fp\": {}, \"fn\": {}, \"p\": {}, \"r\": {}, \"f1\": {}}}",
                c.tp,
                c.fp,
                c.fn_,
                round3(p),
                round3(r),
                round3(f)
            )
        };
        let per_type: Vec<String> = self
            .per_type
            .iter()
            .map(|(t, c)| {
                format!(
                    "{}: {{\"tp\": {}, \"fp\": {}, \"fn\": {}, \"f1\": {}}}",
                    json_str(t),
                    c.tp,
                    c.fp,
                    c.fn_,
                    round3(c.prf().2)
                )
            })
            .collect();
        format!(
            "{{\"documents\": {}, \"actors\": {}, \"relations\": {}, \"forbidden\": {}, \"per_type\": {{{}}}}}\n",
            self.documents,
            counts(&self.actors),
            counts(&self.relations),
            self.forbidden,
            per_type.join(", ")
        )
    }

    /// The report as text, laid out as score.py prints it; `verbose` first lists
    /// each document's false positives and false negatives (`score.py --verbose`).
    pub fn to_text(&self, verbose: bool) -> String {
        let mut out = String::new();
        if verbose {
            for d in &self.docs {
                let _ = writeln!(
                    out,
                    "== {}: actors tp/fp/fn {}  relations tp/fp/fn {}",
                    d.id,
                    d.actors.tuple(),
                    d.relations.tuple()
                );
                for line in &d.notes {
                    let _ = writeln!(out, "   {line}");
                }
            }
        }
        let (ep, er, ef) = self.actors.prf();
        let (rp, rr, rf) = self.relations.prf();
        let (a, r) = (&self.actors, &self.relations);
        let _ = writeln!(out, "documents {}", self.documents);
        let _ = writeln!(
            out,
            "actors     P {ep:.3}  R {er:.3}  F1 {ef:.3}   (tp {} fp {} fn {})",
            a.tp, a.fp, a.fn_
        );
        let _ = writeln!(
            out,
            "relations  P {rp:.3}  R {rr:.3}  F1 {rf:.3}   (tp {} fp {} fn {}; forbidden {})",
            r.tp, r.fp, r.fn_, self.forbidden
        );
        for (t, c) in &self.per_type {
            let _ = writeln!(
                out,
                "  {t:16} F1 {:.3}  (tp {} fp {} fn {})",
                c.prf().2,
                c.tp,
                c.fp,
                c.fn_
            );
        }
        out
    }
}

/// `repr(round(x, 3))` in Python: rounded half-to-even on the exact binary value,
/// printed as the shortest decimal that reads back.
pub(super) fn round3(x: f64) -> String {
    let rounded: f64 = format!("{x:.3}").parse().unwrap_or(x);
    py_float(rounded)
}
