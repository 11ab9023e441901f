//! Publication dates, normalised to `YYYY-MM-DD`.

/// English month names; a date word matches on its first three letters.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A date as `YYYY-MM-DD`, from ISO 8601 (`2024-03-05T10:00:00Z`), `2024/03/05`,
/// `20240305`, RFC 2822 (`Tue, 05 Mar 2024 10:00:00 GMT`) or written out
/// (`March 5, 2024`, `5 March 2024`). `None` when it cannot be read without guessing
/// (`03/05/2024` is day-first in some places, month-first in others).
pub fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    // year first: 2024-03-05, 2024/3/5, 2024.03.05, with anything after
    let head: Vec<&str> = s
        .split(['T', ' '])
        .next()
        .unwrap_or("")
        .splitn(3, ['-', '/', '.'])
        .collect();
    if head.len() == 3 && head[0].len() == 4 && head.iter().all(|t| digits(t)) {
        return ymd(head[0].parse().ok()?, head[1].parse().ok()?, head[2].parse().ok()?);
    }
    let compact = s.split('T').next().unwrap_or("");
    if compact.len() == 8 && digits(compact) {
        return ymd(
            compact[..4].parse().ok()?,
            compact[4..6].parse().ok()?,
            compact[6..].parse().ok()?,
        );
    }
    // written out: a month name, a day number and a four-digit year, in any order
    let tokens: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .collect();
    let month_at = tokens.iter().position(|t| {
        let t = t.to_ascii_lowercase();
        t.len() >= 3
            && t.bytes().all(|b| b.is_ascii_alphabetic())
            && MONTHS
                .iter()
                .any(|m| m.starts_with(&t[..3]) && (m.starts_with(&t) || t == "sept"))
    })?;
    let month = {
        let t = tokens[month_at].to_ascii_lowercase();
        MONTHS.iter().position(|m| m.starts_with(&t[..3]))? as u32 + 1
    };
    let year_at = tokens.iter().position(|t| t.len() == 4 && digits(t))?;
    let day_of = |t: &str| -> Option<u32> {
        let t = t.to_ascii_lowercase();
        let d = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| t.strip_suffix(s))
            .unwrap_or(&t);
        (d.len() <= 2 && digits(d)).then(|| d.parse().ok())?
    };
    let day = tokens[..year_at.max(month_at)]
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != month_at)
        .find_map(|(_, t)| day_of(t))
        .or_else(|| tokens[month_at + 1..].iter().find_map(|t| day_of(t)))?;
    ymd(tokens[year_at].parse().ok()?, month, day)
}

/// `YYYY-MM-DD`, when year, month and day make a real calendar date (checked by jiff:
/// month lengths, leap years).
fn ymd(year: i32, month: u32, day: u32) -> Option<String> {
    let date = jiff::civil::Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()?;
    Some(format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for (raw, want) in [
            ("2024-03-05T09:30:00+01:00", Some("2024-03-05")),
            ("2024/3/5", Some("2024-03-05")),
            ("20240305", Some("2024-03-05")),
            ("Tue, 05 Mar 2024 10:00:00 GMT", Some("2024-03-05")),
            ("March 5, 2024", Some("2024-03-05")),
            ("5th Sept 2024", Some("2024-09-05")),
            ("2023-02-29", None),
            ("03/05/2024", None),
            ("yesterday", None),
        ] {
            assert_eq!(normalize_date(raw).as_deref(), want, "{raw}");
        }
    }
}
