//! Deciding what a capitalised run is: a person, an organisation, a place, or nothing;
//! one function per rule, applied in order by `classify`.

use super::nouns::{common_noun, evidence_beyond_given_names, person_evidence};
use super::{is_cap, lower, prefixed_name, Article, RawMention, Referent};
use crate::lexicon::{Lexicon, TitleKind, WordClass};
use crate::model::{EntityType, MentionSource};
use crate::text::TokenKind;

/// Where a capitalised run's leading titles end: the rest of the run is the name.
struct Lead {
    /// First token of the name part.
    i: usize,
    /// The title before the name: (start token, kind).
    title: Option<(usize, TitleKind)>,
    /// First token of the title.
    title_first: usize,
    /// One past the title's last token.
    title_end: usize,
}

/// Decides what the capitalised run `[i, j)` of sentence `si` is, pushing mentions.
pub(super) fn classify(doc: &Article, si: usize, i: usize, j: usize, out: &mut Vec<RawMention>) {
    if dateline(doc, si, i, j) || capitals_paragraph(doc, si, i, j) {
        push_place(si, i, j, out);
        return;
    }
    if dateline_agency(doc, si, i, j) {
        let lead = Lead {
            i,
            title: None,
            title_first: i,
            title_end: i,
        };
        push_name(doc, si, i, j, EntityType::Organization, lead, out);
        return;
    }
    if headline_split(doc, si, i, j, out) {
        return;
    }
    if ship(doc, si, i, j) || named_for_year(doc, si, j) {
        return;
    }
    // "Iran-Oman talks", "U.S.-Iran": a compound of states names no new actor
    if j - i == 1 && state_compound(doc, i) {
        return;
    }
    if plural_office_inside(doc, i, j) {
        return;
    }
    if remit_listed(doc, si, i, j, out) {
        push_place(si, i, j, out);
        return;
    }
    let Some(mut lead) = leading_titles(doc, si, i, j, out) else {
        return;
    };
    if office_by_seat(doc, si, &lead, j, out) || seat_or_portfolio(doc, si, &lead, j, out) {
        return;
    }
    let i = lead.i;
    // a run that is only a title ("the Prime Minister") names no one by itself, nor
    // does one that opens a title the text goes on in lower case ("The Prime minister")
    let sentence_end = doc.seg.sentences[si].end_token;
    let only_title = doc.title_at(i, j).is_some_and(|(end, _)| end == j);
    let half_capitalised = doc
        .title_at(i, sentence_end)
        .is_some_and(|(end, _)| end > j && (j..end).all(|k| doc.tok(k).starts_with(char::is_lowercase)));
    if i < j && (only_title || half_capitalised) {
        return;
    }
    // lower-case title right before the run ("lawyer Sara Quinn")
    if lead.title.is_none() {
        if let Some((start, k)) = doc.title_before(i) {
            lead.title = Some((start, k));
            lead.title_first = start;
            lead.title_end = i;
        }
    }
    let Some((j, personal)) = trim_trailing(doc, i, j, lead.title) else {
        return;
    };
    if numbered_congress(doc, si, i, j) {
        return;
    }
    if split_at_non_actor(doc, si, i, j, personal, out)
        || split_before_given_name(doc, si, i, j, out)
        || split_at_honorific(doc, si, i, j, out)
        || split_at_connectors(doc, si, i, j, out)
    {
        return;
    }
    let words: Vec<&str> = (i..j).map(|k| doc.tok(k)).collect();
    if not_a_name(doc, si, i, j, &words) {
        return;
    }
    if lead.title.is_none() && state_organ(doc, i, j, out) {
        return;
    }
    let Some(kind) = run_kind(doc, si, i, j, &words, lead.title) else {
        return;
    };
    // "the Middle Way group": the body's noun after a name of plain words is its name's end
    let plain = !words.iter().any(|w| doc.lex.is(&lower(w), WordClass::ORG));
    let j = if kind == EntityType::Organization && plain && lead.title.is_none() && body_noun_after(doc, si, j) {
        j + 1
    } else {
        j
    };
    push_name(doc, si, i, j, kind, lead, out);
}

/// Dateline rule: a paragraph opened by a place in capitals and a dash, a colon or a
/// bracketed agency ("HÀ NỘI —", "ISLAMABAD:", "ABUJA (Reuters) -", "DOHA, Qatar —")
/// names where the story was filed: a place, whatever its words.
pub(super) fn dateline(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let s = &doc.seg.sentences[si];
    let first_of_paragraph = si == 0 || doc.seg.sentences[si - 1].paragraph != s.paragraph;
    let capitals = (i..j).all(|k| {
        let w = doc.tok(k);
        doc.is_word(k) && w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.')
    });
    if !(first_of_paragraph && i == s.first_token && capitals && j < s.end_token) {
        return false;
    }
    let dash = |k: usize| matches!(doc.tok(k), "-" | "\u{2013}" | "\u{2014}" | ":");
    match doc.tok(j) {
        "(" => true,
        // ("KUALA LUMPUR, Jan 8 (Bernama) --": a date and an agency may come first)
        "," => (j + 1..s.end_token.min(j + 9)).any(dash),
        _ => dash(j),
    }
}

/// Capitals-paragraph rule: a paragraph that is only a run in capitals ("ISTANBUL" over
/// the story, "END" under it) is a dateline or a page's marker, never an acronym's body:
/// a place, whatever its words.
fn capitals_paragraph(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let sents = &doc.seg.sentences;
    let s = &sents[si];
    let alone = (si == 0 || sents[si - 1].paragraph != s.paragraph)
        && sents.get(si + 1).is_none_or(|next| next.paragraph != s.paragraph);
    let capitals = (i..j).all(|k| {
        let w = doc.tok(k);
        doc.is_word(k) && w.chars().count() >= 3 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.')
    });
    alone && capitals && (s.first_token..i).all(|k| !doc.is_word(k)) && (j..s.end_token).all(|k| !doc.is_word(k))
}

/// Agency rule: the name in brackets after a dateline's place ("KUALA LUMPUR, Jan 8
/// (Bernama) --", "JAKARTA (ANTARA) -") is the news agency that filed the story, an
/// organisation.
fn dateline_agency(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let s = &doc.seg.sentences[si];
    let first = s.first_token;
    if i < first + 2 || i > first + 8 || doc.tok(i - 1) != "(" || j + 1 >= s.end_token || doc.tok(j) != ")" {
        return false;
    }
    // (the agency's bracket ends the dateline: a dash or a colon follows it)
    if !matches!(doc.tok(j + 1), "-" | "\u{2013}" | "\u{2014}" | ":") {
        return false;
    }
    let mut place_end = first;
    while place_end < i - 1 && doc.is_word(place_end) && !doc.tok(place_end).chars().any(char::is_lowercase) {
        place_end += 1;
    }
    place_end > first && dateline(doc, si, first, place_end)
}

/// Ship rule: a run opened by a ship's prefix in capitals ("USS Carney", "BRP Sierra
/// Madre") or right after a ship's common noun ("the destroyer Carney", "the aircraft
/// carrier Abraham Lincoln") names a ship, never an actor.
fn ship(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    // ("The USS Harry S. Truman left": an article opening the sentence)
    let i = if j > i + 1 && lex.is(doc.lower_tok(i), WordClass::DETERMINER) {
        i + 1
    } else {
        i
    };
    let w = doc.tok(i);
    let prefix = j > i + 1
        && w.chars().all(|c| c.is_ascii_uppercase())
        && lex.is(&w.to_ascii_lowercase(), WordClass::SHIPPREFIX);
    let start = doc.seg.sentences[si].first_token;
    let noun = |k: usize| doc.is_word(k) && doc.tok(k).starts_with(char::is_lowercase);
    let one = i > start && noun(i - 1) && lex.is(doc.tok(i - 1), WordClass::VESSEL);
    let two = i > start + 1
        && noun(i - 1)
        && noun(i - 2)
        && lex.is(&format!("{} {}", doc.tok(i - 2), doc.tok(i - 1)), WordClass::VESSEL);
    prefix || one || two
}

/// Year rule: a name followed by a year ("Justice Mission 2025", "Vision 2030") names an
/// exercise, a plan or an event of that year, never an actor; a month before a year ("May
/// 2025") is left to the date rules.
fn named_for_year(doc: &Article, si: usize, j: usize) -> bool {
    let s = &doc.seg.sentences[si];
    if j >= s.end_token || j == 0 {
        return false;
    }
    let y = doc.tok(j);
    let year = y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) && (y.starts_with("19") || y.starts_with("20"));
    let last = doc.lower_tok(j - 1);
    year && !doc.lex.is(last, WordClass::CALENDAR) && last != "may"
}

/// Headline rule: a headline capitalises its verbs and common nouns, which split its runs.
fn headline_split(doc: &Article, si: usize, i: usize, j: usize, out: &mut Vec<RawMention>) -> bool {
    // a headline capitalises its verbs and common nouns ("Tinubu Hosts Ghana
    // President", "King Praises Historical Ties"): they split its capitalised runs
    if headline(doc, si) {
        if let Some(k) = (i..j).find(|&k| headline_common(doc, k)) {
            if k > i {
                classify(doc, si, i, k, out);
            }
            if k + 1 < j {
                classify(doc, si, k + 1, j, out);
            }
            return true;
        }
        // "Hold Telephone Discussion", "Take Oath": a run no word of which is a name's
        // word or is written anywhere outside the headlines is no name, nor is it after
        // a title ("IAEA Chief Hold Telephone Discussion")
        let name_start = doc.title_at(i, j).map_or(i, |(end, _)| end);
        if name_start < j && headline_only(doc, name_start, j) {
            return true;
        }
    }
    false
}

/// Whether every word of the headline run `[i, j)` is written nowhere outside the
/// headlines, in any case, and none is a given name, a surname, a title or a word that
/// tells what a name is.
fn headline_only(doc: &Article, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    (i..j).all(|k| {
        let w = doc.tok(k);
        let lw = w.to_lowercase();
        doc.is_word(k)
            && w.chars().any(char::is_lowercase)
            && !doc.positions(w).any(|p| !headline(doc, doc.sent_of[p]))
            && !lex.first_names.contains(&lw)
            && !lex.surnames.contains(&lw)
            && lex.title(&lw).is_none()
            && !lex.is(&lw, NAME_WORD)
    })
}

/// The word classes that tell what a name is, which a headline's common words never are.
const NAME_WORD: u64 = WordClass::ORG
    | WordClass::PLACE
    | WordClass::EVENT
    | WordClass::GROUP
    | WordClass::PARTICLE
    | WordClass::NAMEPREFIX
    | WordClass::PEERAGE;

/// Leading-titles rule: skips the titles and common words opening the run `[i, j)`;
/// `None` when the run was split around a second, titled name and classified in parts.
fn leading_titles(doc: &Article, si: usize, mut i: usize, j: usize, out: &mut Vec<RawMention>) -> Option<Lead> {
    // leading titles and common words: "President Frank Miller", "Following Ms Lane",
    // "Earlier Tory leader" (a common word opening the sentence is no name)
    let mut title: Option<(usize, TitleKind)> = None;
    let mut title_first = i;
    // one past the title's last token
    let mut title_end = i;
    while i < j {
        let possessed = |end: usize| end < j && doc.is_possessive(end);
        if let Some((end, k)) = doc
            .title_at(i, j)
            .or_else(|| plural_title(doc, i))
            .filter(|&(end, _)| end < j && !possessed(end))
        {
            // "Foreign Minister Amir Khan Muttaqi": a title that is also a given name,
            // right after an office and before two or more names, opens the name
            let names_after = (end..j).take_while(|&n| is_cap(doc.tok(n))).count();
            if matches!(title, Some((_, TitleKind::Office)))
                && k == TitleKind::Office
                && end == i + 1
                && doc.lex.is(doc.lower_tok(i), WordClass::TITLENAME)
                && i == title_end
                && names_after >= 2
                // ("Chief Adviser Professor X": a title after it keeps it a title)
                && doc.title_at(end, j).is_none()
            {
                break;
            }
            if title.is_none() {
                title_first = i;
            }
            // "Prime Minister Sheikh X": the office stays the title, the honorific after
            // it is no part of the role nor of the name
            match title {
                Some((_, TitleKind::Office)) if k == TitleKind::Honorific => {}
                _ => {
                    title = Some((i, k));
                    title_end = end;
                }
            }
            i = end;
            continue;
        }
        // "General Secretary and President To Lam": two offices before one name
        if title.is_some() && doc.tok(i) == "and" && i + 1 < j {
            if doc.title_at(i + 1, j).is_some_and(|(end, _)| end < j) {
                i += 1;
                continue;
            }
            // "Under-Secretary General and UNFPA Executive Director X": the second
            // office is qualified by capitalised words, which are part of the title
            match inner_title(doc, i + 1, j).filter(|&(c, ..)| c == i + 1) {
                Some((_, end, kind)) if end < j => {
                    title = Some((i + 1, kind));
                    title_end = end;
                    i = end;
                    continue;
                }
                Some(_) => {
                    i += 1;
                    continue;
                }
                None => {}
            }
        }
        if title.is_some() {
            break;
        }
        if common_opener(doc, si, i, j) {
            i += 1;
            continue;
        }
        // "Tourism Secretary Christina Frasco", "Azimio Leader Raila Odinga": an office
        // opened by capitalised words that qualify it; "Pham Minh Chinh and National
        // Assembly Chairman Tran Thanh Man": after "and", a second, titled name
        if let Some((c, end, kind)) = inner_title(doc, i, j).filter(|&(.., end, _)| !possessed(end)) {
            if c > i && !portfolio(doc, i, c - 1) {
                classify(doc, si, i, c - 1, out);
                classify(doc, si, c, j, out);
                return None;
            }
            let c = if c > i { i } else { c };
            title = Some((c, kind));
            title_first = c;
            title_end = end;
            i = end;
            continue;
        }
        break;
    }
    // "Chief Minister Punjab Maryam Nawaz Sharif": the office's place between the
    // title and a given name is no part of the name
    if title.is_some() {
        if let Some(n) = (1..=2).rev().find(|&n| place_before_name(doc, i, n, j)) {
            push_place(si, i, i + n, out);
            i += n;
        }
    }
    Some(Lead {
        i,
        title,
        title_first,
        title_end,
    })
}

/// Whether the capitalised words `[i, and_at)` before "and" and a qualified office are
/// the first half of the office's portfolio ("Public Works and Highways Secretary",
/// "Trade and Industry Minister"), not a name of their own ("Pham Minh Chinh and
/// National Assembly Chairman Tran Thanh Man"): one or two words, none a body's word,
/// none showing a person.
fn portfolio(doc: &Article, i: usize, and_at: usize) -> bool {
    let words: Vec<&str> = (i..and_at).map(|k| doc.tok(k)).collect();
    !words.is_empty()
        && words.len() <= 2
        && doc.tok(and_at) == "and"
        && words
            .iter()
            .all(|w| is_cap(w) && !doc.lex.is(&lower(w), WordClass::ORG))
        && !person_evidence(doc, i, and_at, &words)
}

/// Whether the `n` words at `i` of the run ending at `j` are a known place followed by a
/// given name and one more name word.
fn place_before_name(doc: &Article, i: usize, n: usize, j: usize) -> bool {
    i + n + 1 < j
        && (i..i + n + 2).all(|k| doc.is_word(k) && is_cap(doc.tok(k)))
        && doc.lex.places.contains(doc.span(i, i + n))
        && doc.lex.is_given_name(doc.lower_tok(i + n))
}

/// Pushes the tokens `[i, j)` of sentence `si` as a place.
fn push_place(si: usize, i: usize, j: usize, out: &mut Vec<RawMention>) {
    out.push(RawMention {
        first: i,
        end: j,
        sentence: si,
        referent: Referent::Name(EntityType::Location),
        how: MentionSource::Name,
        title: None,
        office: false,
        title_first: i,
        same_as: None,
    });
}

/// Common-opener rule: whether word `i` of the run `[i, j)` is a common word, no part of the name.
fn common_opener(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    let sent_start = doc.seg.sentences[si].first_token;
    let w = doc.tok(i);
    let lw = lower(w);
    let at_start =
        i == sent_start || (i > sent_start && doc.seg.tokens[i - 1].kind == TokenKind::Quote && i - 1 == sent_start);
    let known = lex.first_names.contains(lw.as_ref());
    // an organisation's name keeps its adjectives ("the Northern Grain Authority")
    let org_run = (i + 1..j).any(|k| lex.is(doc.lower_tok(k), WordClass::ORG));
    let article = lex.is(&lw, WordClass::DETERMINER);
    // a word bound to the rest by a possessive ("People's Fuel Lobby") stays
    let bound = org_run && i + 1 < j && matches!(doc.tok(i + 1), "'s" | "\u{2019}s" | "'" | "\u{2019}");
    // "Jan Kowalski": a month's abbreviation before a name is a given name
    let given_abbrev = lex.is(&lw, WordClass::MONTHABBR) && i + 1 < j && is_cap(doc.tok(i + 1));
    // "Privately-held Falic Group", "Oil-rich Norway": a compound adjective
    let compound = w
        .split_once('-')
        .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
    !bound
        && !given_abbrev
        && !surname_first_name(doc, i, j)
        && (compound
            || (lex.non_actors.contains(lw.as_ref())
                && (!org_run || article || at_start || lex.is(&lw, WordClass::CALENDAR)))
            || (at_start && !known && doc.lowercase_words.contains(lw.as_ref()))
            || (at_start && !known && w.len() > 1 && !w.chars().all(char::is_uppercase) && looks_common(lex, &lw)))
}

/// Surname-first rule: whether the run `[i, j)` is a name whose family name comes first
/// and is also a common word ("He Lifeng", "Sun Weidong", "Oh Se-hoon"): a `surname-first`
/// word of world-names.tsv followed by one or two capitalised words that are no common
/// word (never written in lower case in the text, unknown to the dictionary, no
/// non-actor, body, place, event or title word). Then the first word is no pronoun or
/// common opener.
fn surname_first_name(doc: &Article, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    let w = doc.tok(i);
    let mut c = w.chars();
    let shaped = c.next().is_some_and(char::is_uppercase) && c.all(char::is_lowercase);
    if !shaped || !(2..=3).contains(&(j - i)) || !lex.surname_first.contains(doc.lower_tok(i)) {
        return false;
    }
    (i + 1..j).all(|k| {
        let w = doc.tok(k);
        let lw = lower(w);
        doc.is_word(k)
            && is_cap(w)
            && w.chars().skip(1).any(char::is_lowercase)
            && !doc.lowercase_words.contains(lw.as_ref())
            && !lex.non_actors.contains(lw.as_ref())
            && !lex.is(
                &lw,
                WordClass::ORG | WordClass::PLACE | WordClass::EVENT | WordClass::FUNCTION,
            )
            && !lw.split('-').any(dictionary_common)
            && doc.title_at(k, j).is_none()
    })
}

/// Office-by-seat rule: "the Archbishop of Canterbury", "Duke of Edinburgh" name a person by the office's seat.
fn office_by_seat(doc: &Article, si: usize, lead: &Lead, j: usize, out: &mut Vec<RawMention>) -> bool {
    let lex = doc.lex;
    let sent_start = doc.seg.sentences[si].first_token;
    let i = lead.i;
    // "the Archbishop of Canterbury", "Duke of Edinburgh": an office named by its seat
    if let Some((t, _)) = lead.title {
        // (a one-word seat or a known place: "Minister of Foreign Affairs", "Minister of
        // National Defense" name a portfolio, not a person)
        let seat = |k: usize| {
            let name = doc.span(k, j);
            lex.places.contains(name)
                || (j - k == 1
                    && !doc.lowercase_words.contains(doc.lower_tok(k))
                    && !lex.is(doc.lower_tok(k), WordClass::ORG))
        };
        let by_seat = i < j && doc.tok(i) == "of" && t >= sent_start && t + 1 == i && j - i >= 2;
        // "Governor of Madina Munawarah Prince Salman Bin Sultan": a title after the
        // seat opens the holder's own name
        let titled = (i + 2..j).find(|&k| {
            doc.title_at(k, j)
                .is_some_and(|(end, _)| end < j && is_cap(doc.tok(end)))
        });
        if let Some(k) = titled.filter(|_| by_seat) {
            push_place(si, i + 1, k, out);
            classify(doc, si, k, j, out);
            return true;
        }
        if by_seat && seat(i + 1) {
            out.push(RawMention {
                first: t,
                end: j,
                sentence: si,
                referent: Referent::Name(EntityType::Person),
                how: MentionSource::Title,
                title: None,
                office: false,
                title_first: t,
                same_as: None,
            });
            return true;
        }
    }
    false
}

/// Seat-or-portfolio rule: a title followed by a lower-case word ("MP for West Ham") names a seat, not a person.
fn seat_or_portfolio(doc: &Article, si: usize, lead: &Lead, j: usize, out: &mut Vec<RawMention>) -> bool {
    let i = lead.i;
    // "MP for West Ham", "Secretary for Health": a seat or portfolio, not a name
    // ("Mr van den Broek" is a name with its particles)
    if lead.title.is_some()
        && i < j
        && doc.tok(i).starts_with(char::is_lowercase)
        && !doc.lex.is(doc.tok(i), WordClass::PARTICLE)
    {
        // "Minister of Foreign Affairs Hakan Fidan", "Federal Minister for Interior Mohsin
        // Naqvi": the portfolio's capitalised words, then the holder's name from a given
        // name on (classified alone)
        let given = |k: usize| doc.lex.is_given_name(doc.lower_tok(k));
        if matches!(doc.tok(i), "for" | "of") {
            let holder = (i + 2..j.saturating_sub(1)).find(|&k| given(k) && is_cap(doc.tok(k + 1)));
            if let Some(k) = holder.filter(|&k| (i + 1..k).all(|t| doc.is_word(t) && is_cap(doc.tok(t)) && !given(t))) {
                classify(doc, si, k, j, out);
                return true;
            }
        }
        if i + 1 < j {
            push_place(si, i + 1, j, out);
        }
        return true;
    }
    false
}

/// Trailing-words rule: drops non-actor words ending the run `[i, j)`: (new end, whether the
/// run is personal); `None` when nothing is left or the run names an event or document.
fn trim_trailing(doc: &Article, i: usize, j: usize, title: Option<(usize, TitleKind)>) -> Option<(usize, bool)> {
    let lex = doc.lex;
    // trailing words that are never actors ("Wednesday"); a titled name or one opening
    // with a given name keeps its words ("lawyer Sara Quinn")
    let mut j = j;
    let personal = i < j && j - i >= 2 && (title.is_some() || lex.first_names.contains(doc.lower_tok(i)));
    // "the Reciprocal Access Agreement", "the Tehran Dialogue Forum": a name whose head
    // is an event or document is no actor, even when the head is a common word
    if !personal && title.is_none() && j - i >= 2 && lex.is(doc.lower_tok(j - 1), WordClass::EVENT) {
        return None;
    }
    let org_words = (i..j).any(|k| lex.is(doc.lower_tok(k), WordClass::ORG));
    // (and a lower-case word left at the end: "Tô Lâm on Thursday")
    let droppable = |j: usize| {
        let w = doc.tok(j - 1);
        let kept = personal || (org_words && j - i >= 2 && !lex.is(&lower(w), WordClass::CALENDAR));
        (!kept && lex.non_actors.contains(lower(w).as_ref()))
            || (w.starts_with(char::is_lowercase) && !prefixed_name(lex, w))
    };
    while j > i && droppable(j) {
        j -= 1;
    }
    if i >= j {
        return None;
    }
    Some((j, personal))
}

/// Non-actor split rule: a non-actor word inside the run `[i, j)` splits it there.
fn split_at_non_actor(doc: &Article, si: usize, i: usize, j: usize, personal: bool, out: &mut Vec<RawMention>) -> bool {
    let lex = doc.lex;
    // a run that holds a non-actor word in the middle is split there
    // ("Association of European Airlines" keeps its inner adjective)
    let org_name = (i..j).any(|k| lex.is(doc.lower_tok(k), WordClass::ORG));
    let split = (i..j).find(|&k| {
        let lw = doc.lower_tok(k);
        // people and bodies keep their words, but a weekday or month still splits; a
        // month's abbreviation opening a name is a given name ("Jan Kowalski")
        let given_abbrev = k == i && k + 1 < j && lex.is(lw, WordClass::MONTHABBR);
        lex.non_actors.contains(lw.as_ref())
            && !given_abbrev
            && !(k == i && surname_first_name(doc, i, j))
            && (lex.is(lw, WordClass::CALENDAR) || !(personal || org_name))
    });
    if let Some(k) = split {
        classify(doc, si, i, k, out);
        classify(doc, si, k + 1, j, out);
        return true;
    }
    false
}

/// Given-name split rule: a body's word before a given name and a surname ends the body's name.
fn split_before_given_name(doc: &Article, si: usize, i: usize, j: usize, out: &mut Vec<RawMention>) -> bool {
    let lex = doc.lex;
    // "to the Foreign Policy Centre Mr Lane said": an honorific inside a run starts a
    // new name
    // "the Presidency Ahmed Fahmy": a body's word before a given name and a surname
    // "the CPV Central Committee Tô Lâm": a body's word before a name the text gives
    // elsewhere after a title ("General Secretary Tô Lâm")
    // "the Communist Party of Vietnam To Lam": a body's name may end in "of" and a state
    let state_after_of = |k: usize| {
        let w = doc.tok(k - 1);
        k >= i + 2
            && doc.tok(k - 2) == "of"
            && lex
                .find_forms(w)
                .any(|(a, b, actor, _)| a == 0 && b == w.len() && lex.actors[actor].kind == EntityType::Country)
    };
    if let Some(k) = (i + 1..j.saturating_sub(1)).find(|&k| {
        (lex.is(doc.lower_tok(k - 1), WordClass::ORG) || state_after_of(k))
            && ((lex.is_given_name(doc.lower_tok(k)) && is_cap(doc.tok(k + 1)))
                || titled_elsewhere(doc, k, j)
                || seat_holder(doc, i, k, j))
    }) {
        classify(doc, si, i, k, out);
        if seat_holder(doc, i, k, j) && !titled_elsewhere(doc, k, j) {
            // (the holder's words may be common ones: "To Lam")
            let lead = Lead {
                i: k,
                title: None,
                title_first: k,
                title_end: k,
            };
            push_name(doc, si, k, j, EntityType::Person, lead, out);
        } else {
            classify(doc, si, k, j, out);
        }
        return true;
    }
    false
}

/// Whether the capitalised words `[k, j)` (two or three, no body's or place's word) end
/// a run `[i, j)` that names an office's seat: an office and "of" before it in the
/// sentence ("General Secretary of the Communist Party of Vietnam Central Committee To
/// Lam"): the holder's name.
fn seat_holder(doc: &Article, i: usize, k: usize, j: usize) -> bool {
    let lex = doc.lex;
    let words = (2..=3).contains(&(j - k))
        && (k..j).all(|t| {
            doc.is_word(t) && is_cap(doc.tok(t)) && !lex.is(doc.lower_tok(t), WordClass::ORG | WordClass::PLACE)
        });
    let lo = doc.sentence_start(i);
    words
        && (lo..i).any(|p| doc.tok(p) == "of" && doc.title_before(p).is_some_and(|(_, kind)| kind == TitleKind::Office))
}

/// Whether the capitalised words `[k, j)` (two or more) stand elsewhere in the text right
/// after a title ("General Secretary Tô Lâm"): a person's name.
fn titled_elsewhere(doc: &Article, k: usize, j: usize) -> bool {
    let len = j - k;
    if len < 2 || !(k..j).all(|t| doc.is_word(t) && is_cap(doc.tok(t))) {
        return false;
    }
    let n = doc.seg.tokens.len();
    (1..n.saturating_sub(len - 1))
        .any(|p| p != k && (0..len).all(|d| doc.tok(p + d) == doc.tok(k + d)) && doc.title_before(p).is_some())
}

/// Honorific split rule: an honorific inside the run `[i, j)` starts a new name.
fn split_at_honorific(doc: &Article, si: usize, i: usize, j: usize, out: &mut Vec<RawMention>) -> bool {
    let lex = doc.lex;
    // ("Hassan Sheikh Mohamud": after a lone given name, the word is part of the name)
    if let Some(k) = (i + 1..j).find(|&k| {
        lex.title(doc.lower_tok(k)) == Some(TitleKind::Honorific)
            && k + 1 < j
            && !(k == i + 1 && lex.is_given_name(doc.lower_tok(i)))
    }) {
        classify(doc, si, i, k, out);
        classify(doc, si, k, j, out);
        return true;
    }
    false
}

/// Connector split rule: outside a body's name, connectors ("and") separate names.
fn split_at_connectors(doc: &Article, si: usize, i: usize, j: usize, out: &mut Vec<RawMention>) -> bool {
    let lex = doc.lex;
    // "Centre for Policy Studies" holds its connectors; "Shore and Brown" is two names
    let connector = |k: usize| {
        let w = doc.tok(k);
        w.starts_with(char::is_lowercase) && lex.is(w, WordClass::CONNECTOR)
    };
    // "Lâm and Chinese Party General Secretary and President Xi Jinping": "and" before
    // a second, titled name separates two names even in a run with a body's word
    let titled_after = |k: usize| {
        doc.tok(k) == "and"
            && (doc.title_at(k + 1, j).map(|(end, _)| end).or_else(|| {
                inner_title(doc, k + 1, j)
                    .filter(|&(c, ..)| c == k + 1)
                    .map(|(_, end, _)| end)
            }))
            .map(|end| offices_end(doc, end, j))
            .is_some_and(|end| end < j && is_cap(doc.tok(end)))
    };
    // "the National Theatre and Christopher Oram": a body's name ends at its head word
    // (but "Department for Culture, Media and Sport" lists its remits after "for")
    let body_ended =
        |k: usize| doc.tok(k) == "and" && lex.is(doc.lower_tok(k - 1), WordClass::ORG) && !(i + 1..k).any(connector);
    // "Defense Minister Yasar Guler and National Intelligence Organization (MIT) Director
    // ...", "the ATM and United Democratic Movement": a person's name (a given name
    // opening it) or an acronym before "and" and a body's name ends there
    let name_ended = |k: usize| {
        let org = |a: usize, b: usize| (a..b).any(|t| lex.is(doc.lower_tok(t), WordClass::ORG));
        let acronym = k == i + 1 && {
            let w = doc.tok(i);
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
        };
        let person = k >= i + 2 && lex.is_given_name(doc.lower_tok(i));
        doc.tok(k) == "and" && (acronym || person) && !org(i, k) && !(i + 1..k).any(connector) && org(k + 1, j)
    };
    if let Some(k) = (i + 1..j).find(|&k| titled_after(k) || body_ended(k) || name_ended(k)) {
        classify(doc, si, i, k, out);
        classify(doc, si, k + 1, j, out);
        return true;
    }
    if (i + 1..j).any(connector) && !(i..j).any(|k| lex.is(doc.lower_tok(k), WordClass::ORG)) {
        let mut a = i;
        for k in i..j {
            if connector(k) || (doc.tok(k) == "the" && k > i && doc.tok(k - 1) == "of") {
                if a < k {
                    classify(doc, si, a, k, out);
                }
                a = k + 1;
            }
        }
        if a < j {
            classify(doc, si, a, j, out);
        }
        return true;
    }
    false
}

/// Where a chain of offices joined by "and" ends, from the end `end` of the first
/// ("General Secretary and President Xi Jinping": after "President"), within `j`.
fn offices_end(doc: &Article, mut end: usize, j: usize) -> usize {
    while end + 1 < j && doc.tok(end) == "and" {
        match doc.title_at(end + 1, j) {
            Some((e, _)) if e < j => end = e,
            _ => break,
        }
    }
    end
}

/// Plural-office rule: a run that opens with an office of several words in the plural,
/// or holds one after a connector ("Heads of State", "the Ordinary Summit of Heads of
/// State and Government", "the Assembly for Heads of State"), names the office's holders
/// as a class, or a meeting or an organ of them: no actor. (A plural right after another
/// capitalised word is a body's own name: "the Joint Chiefs of Staff".)
fn plural_office_inside(doc: &Article, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    (i..j.saturating_sub(2)).any(|k| {
        let opens = k == i
            || (doc.tok(k - 1).starts_with(char::is_lowercase) && lex.is(doc.lower_tok(k - 1), WordClass::CONNECTOR));
        let Some(single) = doc.lower_tok(k).strip_suffix('s') else {
            return false;
        };
        if !opens || !is_cap(doc.tok(k)) || doc.tok(k + 1) != "of" {
            return false;
        }
        let mut phrase = String::from(single);
        (k + 1..j.min(k + lex.max_title_words)).any(|t| {
            phrase.push(' ');
            phrase.push_str(doc.lower_tok(t));
            t > k + 1 && lex.title(&phrase).is_some()
        })
    })
}

/// Remit-list rule: capitalised common words listed after an office's portfolio, up to
/// six of them ("Minister of Foreign Affairs, International Cooperation, and Egyptians
/// Abroad", "Minister of Foreign Affairs, Emigration, and Expatriates' Affairs") are more
/// of its remit, as the portfolio is: no actor. Every word of the run is a common word
/// (the tagger's dictionary knows it or its singular, it has a common noun's ending, or
/// the text writes it in lower case), so the holder's name after the list ("..., Badr
/// Abdelatty") stays a name.
fn remit_listed(doc: &Article, si: usize, i: usize, j: usize, out: &[RawMention]) -> bool {
    let lo = doc.seg.sentences[si].first_token;
    let common = |k: usize| {
        let lw = doc.lower_tok(k);
        doc.is_word(k)
            && (doc.lowercase_words.contains(lw)
                || dictionary_common(lw)
                || lw.strip_suffix('s').is_some_and(dictionary_common)
                || common_noun(doc.lex, lw))
            && !doc.lex.is_given_name(lw)
    };
    if !(i..j).all(common) {
        return false;
    }
    let separator = |k: usize| matches!(doc.tok(k), "," | "and" | "&");
    let mut at = i;
    for _ in 0..6 {
        // the place of the sentence that ends last before `at` (the words between may
        // have been taken for other names: "Expatriates' Affairs")
        let Some(m) = out
            .iter()
            .filter(|m| m.sentence == si && m.end <= at && m.referent == Referent::Name(EntityType::Location))
            .max_by_key(|m| m.end)
        else {
            return false;
        };
        let gap = (m.end..at)
            .all(|k| separator(k) || matches!(doc.tok(k), "'" | "\u{2019}") || (doc.is_word(k) && is_cap(doc.tok(k))));
        if !gap || !(m.end..at).any(separator) {
            return false;
        }
        // the portfolio itself: "of" or "for" right after an office
        let portfolio = m.first > lo
            && matches!(doc.tok(m.first - 1), "of" | "for")
            && doc
                .title_before(m.first - 1)
                .is_some_and(|(_, k)| k == TitleKind::Office);
        if portfolio {
            return true;
        }
        at = m.first;
    }
    false
}

/// Not-a-name rule: contractions, plural titles, names that date something and months after a preposition.
fn not_a_name(doc: &Article, si: usize, i: usize, j: usize, words: &[&str]) -> bool {
    let lex = doc.lex;
    let sent_start = doc.seg.sentences[si].first_token;
    // "I've", "We'll": contractions; "MPs", "MEPs": a title in the plural
    let contraction = words.iter().any(|w| {
        w.split_once(['\'', '\u{2019}'])
            .is_some_and(|(_, rest)| lex.is(rest, WordClass::CONTRACTION))
    });
    let plural_title = words.len() == 1
        && words[0].len() > 2
        && words[0].ends_with(['s', 'S'])
        && lex.title(&lower(&words[0][..words[0].len() - 1])).is_some();
    // "Comic Relief day", "Budget week": a name that dates something is no actor
    let dates = j < doc.seg.sentences[si].end_token && lex.is(doc.tok(j), WordClass::DATENOUN);
    // "in May", "since March": a month after a preposition is a date ("may" is kept out
    // of the non-actor list for people named May)
    // "May 27", "27 May": a month next to a day's number is a date
    let number = |k: usize| doc.tok(k).chars().next().is_some_and(|c| c.is_ascii_digit());
    let day = (j < doc.seg.sentences[si].end_token && number(j)) || (i > sent_start && number(i - 1));
    let month = words.len() == 1
        && (lex.is(&lower(words[0]), WordClass::CALENDAR) || lower(words[0]) == "may")
        && (day
            || i.checked_sub(1)
                .filter(|&p| p >= sent_start)
                .is_some_and(|p| lex.is(doc.lower_tok(p), WordClass::DATEPREP)));
    // "EUR 3 billion", "RM 55 million": a currency's code before an amount
    let caps = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase());
    let code =
        words.len() == 1 && words[0].len() <= 3 && caps(words[0]) && j < doc.seg.sentences[si].end_token && number(j);
    contraction || plural_title || dates || month || code || shouted(doc, si, i, j)
}

/// Shouting rule: a run in capitals inside a stretch of words in capitals ("THESE
/// PAYMENTS, OR ANY OTHER FORM OF PAYMENT, OR SUBSIDIES, WILL NO LONGER BE MADE") is
/// shouted common words, no acronym: the stretch holds a function word in
/// capitals, or every word of the run is a common word of the tagger's dictionary or of
/// the text, which writes it in lower case too ("END, NOW!" where "to end the war" is).
fn shouted(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    let s = &doc.seg.sentences[si];
    let caps = |k: usize| {
        let w = doc.tok(k);
        doc.is_word(k) && w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '\'')
    };
    let gap = |k: usize| {
        !doc.is_word(k) && !matches!(doc.tok(k), "(" | ")" | "[" | "]" | ":" | "-" | "\u{2013}" | "\u{2014}")
    };
    if !(i..j).all(caps) {
        return false;
    }
    let mut a = i;
    while a > s.first_token && (caps(a - 1) || gap(a - 1)) {
        a -= 1;
    }
    let mut b = j;
    while b < s.end_token && (caps(b) || gap(b)) {
        b += 1;
    }
    let stretch: Vec<usize> = (a..b).filter(|&k| caps(k)).collect();
    let function = WordClass::FUNCTION | WordClass::DETERMINER | WordClass::NEGATION;
    stretch.len() >= 2
        && (stretch.iter().any(|&k| lex.is(&doc.tok(k).to_lowercase(), function))
            || (i..j).all(|k| {
                let lw = doc.tok(k).to_lowercase();
                dictionary_common(&lw) || doc.lowercase_words.contains(lw.as_str())
            }))
}

/// State-organ rule: "Iran's Foreign Ministry", "the Egyptian Foreign Ministry", "U.S.
/// State Department": a state's organ (a name of at most three words ending in a
/// `statebody` word, no other body's word) right after the state's name, demonym or
/// possessive speaks as the state, which that mention already names; no actor of its own.
fn state_organ(doc: &Article, i: usize, j: usize, out: &[RawMention]) -> bool {
    let lex = doc.lex;
    let organ = j - i <= 3
        && lex.is(doc.lower_tok(j - 1), WordClass::STATEBODY)
        && !(i..j - 1).any(|k| lex.is(doc.lower_tok(k), WordClass::ORG));
    if !organ || i == 0 {
        return false;
    }
    let owner_end = if doc.is_possessive(i - 1) { i - 1 } else { i };
    out.iter().any(|m| {
        m.end == owner_end && matches!(m.referent, Referent::Known(a) if lex.actors[a].kind == EntityType::Country)
    })
}

/// Whether token `j` of sentence `si` is a body's noun in lower case ("group",
/// "agency", "party") that the name before it qualifies.
fn body_noun_after(doc: &Article, si: usize, j: usize) -> bool {
    j < doc.seg.sentences[si].end_token
        && doc.is_word(j)
        && doc.tok(j).starts_with(char::is_lowercase)
        && doc.lex.is(doc.tok(j), WordClass::ORG | WordClass::ORGNOUN)
}

/// Whether token `j` of sentence `si` is a place's noun in lower case ("crossing",
/// "camp") that the name before it qualifies.
fn place_noun_after(doc: &Article, si: usize, j: usize) -> bool {
    j < doc.seg.sentences[si].end_token
        && doc.is_word(j)
        && doc.tok(j).starts_with(char::is_lowercase)
        && doc.lex.is(doc.tok(j), WordClass::PLACE)
}

/// Ordinal rule: a congress named after an ordinal ("its 14th National Congress", "the
/// 20th Party Congress") is the meeting of that number, never an actor.
fn numbered_congress(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let lo = doc.seg.sentences[si].first_token;
    let ordinal = i > lo && {
        let w = doc.tok(i - 1);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
    };
    ordinal && doc.lower_tok(j - 1) == "congress"
}

/// Kind rule: what the run `[i, j)` (its `words`) names, from its words, its title and
/// the words around it; `None` when it names no actor.
fn run_kind(
    doc: &Article,
    si: usize,
    i: usize,
    j: usize,
    words: &[&str],
    title: Option<(usize, TitleKind)>,
) -> Option<EntityType> {
    let lex = doc.lex;
    let sent_start = doc.seg.sentences[si].first_token;
    // capitalised exactly so ("Of", not "OF")
    let function_word = words[1..].iter().any(|w| {
        let mut c = w.chars();
        c.next().is_some_and(char::is_uppercase) && c.all(char::is_lowercase) && lex.is(&lower(w), WordClass::FUNCTION)
    });
    let name = doc.span(i, j);
    let last = lower(words[words.len() - 1]);
    let any = |class: u64| words.iter().any(|w| lex.is(&lower(w), class));
    let prev = i.checked_sub(1).filter(|&p| p >= sent_start).map(|p| doc.lower_tok(p));
    // "in Leeds", and "his home seat of Bedwellty", "the town of Rye", "Baron Kinnock
    // of Bedwellty": a place named by what it is, or a peer's territorial designation
    let place_of = prev == Some("of")
        && i >= sent_start + 2
        && (lex.is(doc.lower_tok(i - 2), WordClass::PLACE)
            || (i >= sent_start + 3 && lex.is(doc.lower_tok(i - 3), WordClass::PEERAGE) && is_cap(doc.tok(i - 2))));
    let after_locative = place_of || prev.is_some_and(|p| lex.is(p, WordClass::LOCATIVE));
    let personal_title = title.is_some_and(|(_, k)| k == TitleKind::Honorific) || title.is_some();
    // (not before a given name and a surname: "the Presidency Ahmed Fahmy")
    // (a noun written in lower case: "European Union Delegation" is no body named "Delegation")
    let after_org_noun = prev.is_some_and(|p| lex.is(p, WordClass::ORG | WordClass::ORGNOUN))
        && doc.tok(i - 1).starts_with(char::is_lowercase)
        && !(words.len() >= 2 && lex.is_given_name(&lower(words[0])));
    // "COP29": an event's initials with its number
    let numbered_event = words.len() == 1 && {
        let letters = words[0].trim_end_matches(|c: char| c.is_ascii_digit());
        letters.len() < words[0].len() && lex.is(&lower(letters), WordClass::EVENT)
    };
    let kind = if numbered_event || (any(WordClass::EVENT) || function_word) && !personal_title && !any(WordClass::ORG)
    {
        return None;
    } else if words.len() == 1
        && lex.is(&last, WordClass::ORG | WordClass::PLACE)
        && !after_org_noun
        && !(j + 1 < doc.seg.tokens.len() && lex.is(doc.tok(j), WordClass::NAMEOF) && is_cap(doc.tok(j + 1)))
    {
        // a bare "Government" or "Parliament" names no one in particular
        return None;
    } else if !after_org_noun && title.is_none() && bare_bodies(doc, i, words) {
        // nor do "the two Parties" or "the Lao Party, State and Government"
        return None;
    } else if after_org_noun && title.is_none() {
        // "civil rights group Liberty", "the oil firm Yukos"
        EntityType::Organization
    } else if personal_title && !any(WordClass::ORG) {
        // "Erdogan, Starmer Chair Bilateral Talks": in a headline, a title may be a
        // verb, and common nouns after it name no one
        if headline(doc, si) && !person_evidence(doc, i, j, words) && words.iter().any(|w| common_noun(lex, w)) {
            return None;
        }
        EntityType::Person
    } else if lex.places.contains(name) || lex.is(&last, WordClass::PLACE) {
        EntityType::Location
    } else if words.len() >= 2 && lex.is(&last, WordClass::GROUP) && !any(WordClass::ORG) {
        // "the Sudan Quartet", "the Weimar Triangle": a collective named by what it is
        EntityType::Group
    } else if title.is_none() && words.len() >= 2 && listed_with_place(doc, si, i, j) {
        // "linking Lao Cai, Hanoi, and Hai Phong": an item of a list of places
        EntityType::Location
    } else if any(WordClass::ORG)
        || words.len() == 1
            && words[0].len() >= 2
            && words[0].chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            // an acronym, but not a roman numeral ("World War II")
            && !words[0].chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    {
        EntityType::Organization
    } else if lex.is_given_name(lower(words[0]).as_ref()) && words.len() >= 2 {
        // "met him at Jati Umrah", "the situation in Azad Kashmir": after a preposition
        // of place (not "from", which names senders), a name that only its given name
        // shows as a person, never owning anything nor named again, is a place
        let placed = after_locative
            && prev != Some("from")
            && !doc.is_possessive(j)
            && !evidence_beyond_given_names(doc, i, j, words);
        if placed {
            EntityType::Location
        } else {
            EntityType::Person
        }
    } else if after_locative {
        EntityType::Location
    } else if words.len() >= 2
        && !doc.honorific_surnames.contains(lower(words[words.len() - 1]).as_ref())
        && words
            .iter()
            .any(|w| w.starts_with(char::is_uppercase) && doc.lowercase_words.contains(lower(w).as_ref()))
    {
        // an unknown name made of words the text also uses in lower case ("Comic
        // Relief", "Policy Studies"), never "Mr X": a body, not a person
        EntityType::Organization
    } else if words.len() >= 2
        && words.len() <= 4
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
        })
    {
        // an unknown name of two to four plain words: in news, most often a person
        // whose given name no list knows ("Kassym-Jomart Tokayev", "Moazzam Begg"), when
        // something tells it is one; else a phrase of common nouns ("Strategic
        // Dialogue", "Public Works") names no actor, nor does a name after an article
        // ("the Nord Stream pipelines": people go without one), unless a body's noun
        // follows it ("the Middle Way group")
        let article = prev.is_some_and(|p| lex.is(p, WordClass::DETERMINER));
        // "the Kerem Shalom crossing", "the Zamzam camp": a place's noun after the name
        if article && place_noun_after(doc, si, j) {
            return Some(EntityType::Location);
        }
        if !person_evidence(doc, i, j, words) {
            if article && body_noun_after(doc, si, j) {
                return Some(EntityType::Organization);
            }
            if article || words.iter().any(|w| common_noun(lex, w)) {
                return None;
            }
        }
        EntityType::Person
    } else if words.len() == 1 && employer(doc, i, j) {
        // "chief executive of Panlogic", "Gartner analyst Carolina Milanesi": a body
        EntityType::Organization
    } else if words.len() == 1 {
        // a lone unknown word: resolution decides (a surname of a known person, or nothing)
        EntityType::Person
    } else {
        return None;
    };
    Some(kind)
}

/// Bare-bodies rule: whether the run `words` at token `i` is only body's words that
/// name no body in particular: a body's word in the plural after an article ("the two
/// Parties", but "Banks told reporters" is someone) or a common word and a body's word
/// joined by "and" ("State and Government" of "the Party, State and Government").
fn bare_bodies(doc: &Article, i: usize, words: &[&str]) -> bool {
    let lex = doc.lex;
    let lo = doc.sentence_start(i);
    let article = (i.saturating_sub(2).max(lo)..i).any(|k| lex.is(doc.lower_tok(k), WordClass::DETERMINER));
    let body = |w: &str| lex.is(&lower(w), WordClass::ORG | WordClass::STATEBODY);
    let plural = |w: &str| {
        let lw = lower(w);
        let singular = match lw.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => lw.strip_suffix('s').unwrap_or_default().to_string(),
        };
        !body(w) && !singular.is_empty() && lex.is(&singular, WordClass::ORG | WordClass::STATEBODY)
    };
    let common = |w: &str| {
        let lw = lower(w);
        !lex.is_given_name(&lw) && (doc.lowercase_words.contains(lw.as_ref()) || dictionary_common(&lw))
    };
    match words {
        [one] => article && plural(one),
        [first, "and", last] => body(last) && (body(first) || common(first)),
        _ => false,
    }
}

/// List rule: whether the run `[i, j)` of sentence `si` is an item of a list of three or
/// more that holds a known place right before or after it ("Lao Cai, Hanoi, and Hai
/// Phong"): a comma, or a comma and "and", between it and a place's word.
fn listed_with_place(doc: &Article, si: usize, i: usize, j: usize) -> bool {
    let lex = doc.lex;
    let s = &doc.seg.sentences[si];
    let place = |k: usize| {
        let w = doc.tok(k);
        doc.is_word(k)
            && is_cap(w)
            && (lex.places.contains(w)
                || lex
                    .find_forms(w)
                    .any(|(a, b, _, form)| a == 0 && b == w.len() && form == crate::lexicon::Form::Capital))
    };
    let conj = |k: usize| lex.is(doc.tok(k), WordClass::COORDINATOR);
    // a list's "and" must show it ("at the Ministry of Foreign Affairs, Jakarta, on
    // Wednesday" is an address; "In Hanoi, Le Minh Hung said" no list): before, "W,
    // Place, and Y" or "W, Place and Y"; after, "Y, Place, and W" or "Y, and Place"
    let before = i >= s.first_token + 3 && {
        let k = i - 1;
        conj(k)
            && if doc.tok(k - 1) == "," {
                place(k - 2)
            } else {
                place(k - 1) && doc.tok(k - 2) == ","
            }
    };
    let after = j + 2 < s.end_token && doc.tok(j) == "," && {
        let k = j + 1;
        if conj(k) {
            place(k + 1)
        } else {
            place(k) && doc.tok(k + 1) == "," && k + 2 < s.end_token && conj(k + 2)
        }
    };
    before || after
}

/// Naming rule: pushes the run `[i, j)` as a name of `kind`, with its title (a peer's
/// title is part of the name, an office before a peer is the title).
fn push_name(doc: &Article, si: usize, i: usize, j: usize, kind: EntityType, lead: Lead, out: &mut Vec<RawMention>) {
    let lex = doc.lex;
    let Lead {
        title,
        mut title_first,
        mut title_end,
        ..
    } = lead;
    // a peer or a royal is named with the title: "Baroness Scotland", "Lord
    // Falconer", "King Salman", and after an office "President Sheikh Mohamed"
    let royal = j - i == 1 && i > 0 && lex.is(doc.lower_tok(i - 1), WordClass::PEERAGE);
    let (i, mut title) = match title {
        Some((t, TitleKind::Honorific)) if royal => (t, None),
        Some((t, TitleKind::Office)) if royal && t + 1 == i => (t, None),
        Some((_, TitleKind::Office)) if royal && title_end + 1 == i => (i - 1, title),
        _ => (i, title),
    };
    // "Home Office minister Baroness Scotland": the office before the peer's name
    if title.is_none() {
        if let Some((start, k)) = doc.title_before(i) {
            title = Some((start, k));
            title_first = start;
            title_end = i;
        }
    }
    let title_text = title.map(|(s, _)| doc.span(s, title_end).to_string());
    out.push(RawMention {
        first: i,
        end: j,
        sentence: si,
        referent: Referent::Name(kind),
        how: if title.is_some() {
            MentionSource::Title
        } else {
            MentionSource::Name
        },
        office: title.is_some_and(|(_, k)| k == TitleKind::Office),
        title: title_text,
        title_first: if title.is_some() { title_first } else { i },
        same_as: None,
    });
}

/// Whether the lone word `[i, j)` names someone's employer: right after an office and
/// "of", "at" or "for" ("managing director of 3ami", "an analyst at Gartner"), or right
/// before an office and a capitalised name ("Gartner analyst Carolina Milanesi").
fn employer(doc: &Article, i: usize, j: usize) -> bool {
    let n = doc.seg.tokens.len();
    let office = |k: usize| doc.is_word(k) && doc.lex.title(doc.lower_tok(k)) == Some(TitleKind::Office);
    let after = i >= 2
        && doc.lex.is(doc.lower_tok(i - 1), WordClass::EMPLOYER)
        && doc.title_before(i - 1).is_some_and(|(_, k)| k == TitleKind::Office);
    // ("Presidential spokesperson Kang Yu-jung": an adjective qualifies the office)
    let adjective = crate::syntax::dictionary_tag(doc.lower_tok(i)).is_some_and(|p| p.is_adjective());
    let before = j + 1 < n
        && !adjective
        && doc.tok(j).starts_with(char::is_lowercase)
        && office(j)
        && doc.is_word(j + 1)
        && is_cap(doc.tok(j + 1));
    after || before
}

/// Whether sentence `si` is in a headline: a paragraph of at most three sentences that
/// opens with one of the first two sentences of the text (or a subheading: one sentence
/// in title case, its words of four letters or more capitalised), is not its last paragraph,
/// and has no sentence ended by a full stop, closing quotes aside ("Somalia: President
/// X Meets Y" may split at its colon; "Iran-U.S. Talks" at an initial's full stop).
fn headline(doc: &Article, si: usize) -> bool {
    let ss = &doc.seg.sentences;
    if ss.len() < 2 {
        return false;
    }
    let p = ss[si].paragraph;
    let start = ss[..si].iter().rposition(|s| s.paragraph != p).map_or(0, |k| k + 1);
    let end = ss[si..]
        .iter()
        .position(|s| s.paragraph != p)
        .map_or(ss.len(), |k| si + k);
    if end >= ss.len() || end - start > 3 {
        return false;
    }
    // a subheading inside the story: one sentence of four words or more in title case
    // ("Tarique Rahman Set to Take Oath as Prime Minister")
    let subheading = end - start == 1 && {
        let s = &ss[start];
        let words: Vec<&str> = (s.first_token..s.end_token)
            .filter(|&k| doc.is_word(k))
            .map(|k| doc.tok(k))
            .collect();
        words.len() >= 4
            && words
                .iter()
                .filter(|w| w.chars().count() >= 4)
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
    };
    if start > 1 && !subheading {
        return false;
    }
    // no sentence of it ends with a full stop, closing quotes and brackets aside
    (start..end).all(|s| {
        let mut k = ss[s].end_token;
        while k > ss[s].first_token && matches!(doc.tok(k - 1), "\"" | "'" | "\u{201d}" | "\u{2019}" | ")" | "]") {
            k -= 1;
        }
        // (an initial's full stop where the paragraph goes on is no sentence's end: "IAEA
        // Chief Hold Telephone Discussion on Iran-U.S. Talks")
        let initial = s + 1 < end
            && k >= ss[s].first_token + 2
            && doc.tok(k - 1) == "."
            && doc.seg.tokens[k - 1].start == doc.seg.tokens[k - 2].end
            && {
                let c: Vec<char> = doc.tok(k - 2).chars().collect();
                c.last().is_some_and(|l| l.is_uppercase()) && (c.len() == 1 || !c[c.len() - 2].is_alphabetic())
            };
        initial || !(k > ss[s].first_token && matches!(doc.tok(k - 1), "." | "!" | "?"))
    })
}

/// Whether capitalised word `k` of a headline is a common word: the text uses it (or a
/// form of it) in lower case, it is a one-word relation cue ("Meets", "Hosts"), it has a
/// common ending, or, unless the body writes it capitalised, the tagger's dictionary or
/// the `headword` and non-actor lists know it or the body writes a word of its stem in
/// lower case ("Resigns", "resignation"). Titles, given names, particles and the words that tell what a
/// name is stay name words.
fn headline_common(doc: &Article, k: usize) -> bool {
    let lex = doc.lex;
    let w = doc.tok(k);
    if !doc.is_word(k) || !is_cap(w) || !w.chars().any(char::is_lowercase) || w.contains(['-', '.']) {
        return false;
    }
    let lw = w.to_lowercase();
    if lex.first_names.contains(&lw)
        || lex.title(&lw).is_some()
        || plural_title(doc, k).is_some()
        || lex.is(&lw, NAME_WORD)
        || doc.honorific_surnames.contains(&lw)
        || lex.surnames.contains(&lw)
    {
        return false;
    }
    let used = |x: &str| doc.lowercase_words.contains(x);
    let stems = ["s", "es", "d", "ed", "ing"].iter().filter_map(|e| lw.strip_suffix(e));
    let forms = ["s", "d", "ed", "es"].iter().map(|e| format!("{lw}{e}"));
    used(&lw)
        || stems
            .clone()
            .any(|s| s.len() >= 3 && (used(s) || used(&format!("{s}ed")) || used(&format!("{s}ing"))))
        || forms.into_iter().any(|f| used(&f))
        || lex.cues_starting(&lw).any(|(p, _)| p.len() == 1)
        || (lw.len() > 4 && looks_common(lex, &lw))
        || ((dictionary_common(&lw)
            || lex.is(&lw, WordClass::HEADWORD)
            || lex.non_actors.contains(&lw)
            || derived_in_body(doc, &lw))
            && !capitalised_in_body(doc, k))
}

/// Whether the body writes in lower case a word derived from the stem of the headline
/// word `lw` ("Resigns" and "resignation", "Pledges" and "pledged"): a stem of five
/// letters or more that opens a lower-case word of the text.
fn derived_in_body(doc: &Article, lw: &str) -> bool {
    let stem = ["ing", "es", "ed", "s", "d"]
        .iter()
        .find_map(|e| lw.strip_suffix(e))
        .unwrap_or(lw);
    stem.chars().count() >= 5 && doc.lowercase_words.iter().any(|w| w.starts_with(stem))
}

/// Whether the tagger's dictionary knows the lower-case word `lw` as a common word
/// alone (a verb, adverb, adjective or common noun: "vow", "ahead", "stronger", "oath").
fn dictionary_common(lw: &str) -> bool {
    crate::syntax::dictionary_tag(lw)
        .is_some_and(|p| !p.is_proper() && (p.is_verb() || p.is_adverb() || p.is_adjective() || p.is_noun()))
}

/// Whether the text writes token `k`'s word capitalised again outside any headline and
/// not opening a sentence ("Bush" of "Bush Meets Blair", named again in the body): a name.
fn capitalised_in_body(doc: &Article, k: usize) -> bool {
    doc.positions(doc.tok(k)).any(|p| {
        let si = doc.sent_of[p];
        p != k && p != doc.seg.sentences[si].first_token && !headline(doc, si)
    })
}

/// Whether word `k` is a hyphenated compound of states or their initials ("Iran-Oman",
/// "India-China", "Iran-U" of "Iran-U.S.").
fn state_compound(doc: &Article, k: usize) -> bool {
    let w = doc.tok(k);
    let parts: Vec<&str> = w.split('-').collect();
    if parts.len() < 2 {
        return false;
    }
    let state = |p: &str| {
        doc.lex
            .find_forms(p)
            .any(|(s, e, a, _)| s == 0 && e == p.len() && doc.lex.actors[a].kind == EntityType::Country)
    };
    let initials = |p: &str| p.len() <= 2 && p.chars().all(|c| c.is_uppercase() || c == '.');
    // "Korea-Japan": the last word of a state's name ("South Korea") beside a state
    let tail = |p: &str| {
        is_cap(p)
            && doc.lex.actors.iter().any(|a| {
                a.kind == EntityType::Country && a.name.strip_suffix(p).is_some_and(|rest| rest.ends_with(' '))
            })
    };
    parts.iter().any(|p| state(p)) && parts.iter().all(|p| state(p) || initials(p) || tail(p))
}

/// A one-word office in the plural before a name ("Presidents Yoweri Museveni"):
/// (one past the word, kind).
fn plural_title(doc: &Article, k: usize) -> Option<(usize, TitleKind)> {
    let w = doc.tok(k);
    let single = w.strip_suffix('s')?;
    if single.len() < 4 || !is_cap(w) {
        return None;
    }
    doc.lex
        .title(&single.to_lowercase())
        .filter(|&t| t == TitleKind::Office)
        .map(|t| (k + 1, t))
}

/// An office inside the capitalised run `[i, j)` after words that qualify it
/// ("Communications Director", "Presidential Spokesman", "Vice Chair"):
/// (start of the qualifying words, one past the office, kind). The
/// qualifying words are capitalised, no given name, particle or lower-case word but
/// "and", before which the run holds another name; a given name before any office ends
/// the search ("Martin Luther King").
fn inner_title(doc: &Article, i: usize, j: usize) -> Option<(usize, usize, TitleKind)> {
    let lex = doc.lex;
    let mut c = i;
    for k in i..j {
        let w = doc.tok(k);
        let lw = lower(w);
        if !doc.is_word(k) {
            return None;
        }
        if !is_cap(w) {
            if w == "and" {
                c = k + 1;
                continue;
            }
            return None;
        }
        if k > c || c > i {
            if let Some((end, kind)) = doc.title_at(k, j).or_else(|| plural_title(doc, k)) {
                return Some((c, end, kind));
            }
        }
        if lex.is_given_name(&lw) || lex.is(&lw, WordClass::PARTICLE | WordClass::NAMEPREFIX) || prefixed_name(lex, w) {
            return None;
        }
    }
    None
}

/// A guess for a capitalised sentence opener that never occurs in lower case in the
/// document: adverbs, participles and plurals are common words, not names.
fn looks_common(lex: &Lexicon, w: &str) -> bool {
    // every ending of the class that leaves at least three letters before it
    (3..w.len())
        .filter(|&k| w.is_char_boundary(k))
        .any(|k| lex.is(&w[k..], WordClass::COMMONSUFFIX))
}
