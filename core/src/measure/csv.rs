//! A session report as CSV: what the trainer downloads after a session and
//! what the overview page opens again, possibly months later and after a
//! spreadsheet has touched it.
//!
//! ```text
//! weerbaar-meting;1
//! datum;doelgroep;meting;fase;deelnemers;soort;sleutel;onderwerp;goed;1;2;3;4;5;6
//! 2026-03-12;inwoner;meting/inwoner;voor;18;kennis;melden;waar je anoniem kunt melden;2;5;7;6;;;
//! 2026-03-12;inwoner;meting/inwoner;voor;18;stelling;waar-melden;Ik weet waar ik een vermoeden kan melden;;2;5;6;3;2;
//! ```
//!
//! - Line 1 names the format and its version, so a later format can be told
//!   apart and an unrelated CSV is refused at once.
//! - Separator `;`: Excel in a Dutch locale opens such a file in columns
//!   (with `,` it shows one column). A file saved back with `,` reads too:
//!   the separator is taken from line 1.
//! - One row per item per phase; `deelnemers` is that phase's number of
//!   participants and is the same on every row of the phase. `goed` is the
//!   number (from 1) of the right option of a knowledge item, empty for a
//!   statement. Columns `1`..`6` are the counts per option, or per scale
//!   point 1 (helemaal niet mee eens) to 5 (helemaal mee eens).
//! - Written as UTF-8 with a byte-order mark, so Excel shows "agrariër".
//!
//! Reading checks everything and refuses the whole file with one Dutch
//! message naming the line: a half-read report would give wrong figures.

use crate::content::Audience;

use super::day::Day;
use super::model::{Phase, MAX_OPTIONS, SCALE_POINTS};
use super::session::{ItemCounts, ItemKind, Session, Tally};

/// The first field of line 1.
pub const MAGIC: &str = "weerbaar-meting";
/// The format version this code writes and reads.
pub const VERSION: u32 = 1;
/// The column names of line 2.
pub const COLUMNS: [&str; 15] =
    ["datum", "doelgroep", "meting", "fase", "deelnemers", "soort", "sleutel", "onderwerp", "goed", "1", "2", "3", "4", "5", "6"];

/// Why a file was refused: the line (1-based) and what is wrong, in Dutch.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReadError {
    /// 1-based line in the file (0 when the file is empty).
    pub line: u64,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            f.write_str(&self.message)
        } else {
            write!(f, "Regel {}: {}", self.line, self.message)
        }
    }
}

/// Writes `session` as CSV (UTF-8 with byte-order mark, `;`, CRLF).
pub fn write(session: &Session) -> String {
    let mut w = ::csv::WriterBuilder::new().delimiter(b';').terminator(::csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = vec![vec![MAGIC.into(), VERSION.to_string()], COLUMNS.iter().map(|c| c.to_string()).collect()];
    for item in &session.items {
        for phase in Phase::BOTH {
            let tally = item.tally(phase);
            if tally.counts.is_empty() {
                continue;
            }
            let mut row = vec![
                session.date.to_string(),
                session.audience.code().to_string(),
                session.measure.clone(),
                phase.code().to_string(),
                session.participants(phase).to_string(),
                item.kind.code().to_string(),
                text_cell(&item.key),
                text_cell(&item.label),
                tally.right.map(|r| (r + 1).to_string()).unwrap_or_default(),
            ];
            for i in 0..MAX_OPTIONS {
                row.push(tally.counts.get(i).map(u32::to_string).unwrap_or_default());
            }
            rows.push(row);
        }
    }
    for row in rows {
        // Writing into memory cannot fail; a failure would only lose the row.
        let _ = w.write_record(&row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

/// A text cell that a spreadsheet will not run: text starting with `=`,
/// `+`, `-` or `@` is a formula in Excel, so it gets a leading space (which
/// reading trims off again).
fn text_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!(" {text}")
    } else {
        text.to_string()
    }
}

fn err(line: u64, message: impl Into<String>) -> ReadError {
    ReadError { line, message: message.into() }
}

/// Reads a session report. Total: any bytes give a session or one
/// [`ReadError`], never a panic.
pub fn read(bytes: &[u8]) -> Result<Session, ReadError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let delimiter = if first_line.contains(&b';') {
        b';'
    } else if first_line.contains(&b',') {
        b','
    } else if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(err(0, "Dit bestand is leeg. Kies het CSV-bestand dat je na de sessie hebt gedownload."));
    } else {
        return Err(err(1, not_ours()));
    };
    let mut reader = ::csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(bytes);
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(0, |p| line_at(bytes, p.byte()));
                rows.push((line, r.iter().map(|f| f.trim().to_string()).collect::<Vec<String>>()));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| line_at(bytes, p.byte()));
                let message = match e.kind() {
                    ::csv::ErrorKind::Utf8 { .. } => {
                        "Deze regel bevat tekens die de app niet kan lezen. Sla het bestand op als 'CSV UTF-8' of download het verslag opnieuw."
                    }
                    _ => "Deze regel kan de app niet lezen. Download het verslag opnieuw.",
                };
                return Err(err(line, message));
            }
        }
    }
    let mut rows = rows.into_iter();
    let Some((line, magic)) = rows.next() else { return Err(err(0, "Dit bestand is leeg.")) };
    if magic.first().map(String::as_str) != Some(MAGIC) {
        return Err(err(line, not_ours()));
    }
    match magic.get(1).and_then(|v| v.parse::<u32>().ok()) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => {
            return Err(err(line, format!("Dit verslag heeft versie {v} en is gemaakt met een nieuwere Weerbaar. Open het in de nieuwste versie.")))
        }
        _ => return Err(err(line, "Na 'weerbaar-meting' hoort het versienummer 1 te staan.")),
    }
    let Some((line, header)) = rows.next() else { return Err(err(line, "Na de eerste regel ontbreken de kolomnamen en de tellingen.")) };
    if header.len() != COLUMNS.len() || header.iter().zip(COLUMNS).any(|(h, c)| !h.eq_ignore_ascii_case(c)) {
        return Err(err(line, format!("De kolomnamen kloppen niet. Verwacht: {}.", COLUMNS.join(";"))));
    }
    let mut session: Option<Session> = None;
    let mut participants: [Option<u32>; 2] = [None, None];
    for (line, row) in rows {
        let row = Row::read(line, &row)?;
        let s = session.get_or_insert_with(|| Session {
            date: row.date,
            audience: row.audience,
            measure: row.measure.clone(),
            participants_before: 0,
            participants_after: 0,
            items: Vec::new(),
        });
        if row.date != s.date || row.audience != s.audience || row.measure != s.measure {
            return Err(err(
                line,
                "Datum, doelgroep of meting verschilt van de regels erboven. Eén bestand is één sessie; zet andere sessies in een eigen bestand.",
            ));
        }
        let slot = &mut participants[row.phase as usize];
        match *slot {
            Some(n) if n != row.participants => {
                return Err(err(
                    line,
                    format!(
                        "Hier staan {} deelnemers bij '{}', in de regels erboven {n}. Dat moet overal hetzelfde zijn.",
                        row.participants,
                        row.phase.code()
                    ),
                ))
            }
            _ => *slot = Some(row.participants),
        }
        let item = match s.items.iter_mut().position(|i| i.key == row.key) {
            Some(pos) => &mut s.items[pos],
            None => {
                s.items.push(ItemCounts {
                    key: row.key.clone(),
                    label: row.label.clone(),
                    kind: row.kind,
                    before: Tally::default(),
                    after: Tally::default(),
                });
                let last = s.items.len() - 1;
                &mut s.items[last]
            }
        };
        if item.kind != row.kind {
            return Err(err(line, format!("'{}' staat erboven als {} en hier als {}.", row.key, item.kind.code(), row.kind.code())));
        }
        let tally = item.tally_mut(row.phase);
        if !tally.counts.is_empty() {
            return Err(err(line, format!("'{}' staat twee keer bij '{}'.", row.key, row.phase.code())));
        }
        *tally = row.tally;
    }
    let Some(mut s) = session else { return Err(err(0, "In dit verslag staan geen tellingen.")) };
    s.participants_before = participants[0].unwrap_or(0);
    s.participants_after = participants[1].unwrap_or(0);
    Ok(s)
}

/// The 1-based line where the record at byte `offset` starts. A record's
/// position can point at the line ending before it (the `\n` of a CRLF the
/// reader had not consumed yet), so line endings are skipped first.
fn line_at(bytes: &[u8], offset: u64) -> u64 {
    let mut start = usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len());
    while bytes.get(start).is_some_and(|b| *b == b'\r' || *b == b'\n') {
        start += 1;
    }
    bytes.get(..start).map_or(0, |b| b.iter().filter(|c| **c == b'\n').count() as u64) + 1
}

fn not_ours() -> &'static str {
    "Dit is geen sessieverslag van Weerbaar: de eerste regel moet 'weerbaar-meting;1' zijn. Kies het CSV-bestand dat je na de sessie hebt gedownload."
}

/// One checked data row.
struct Row {
    date: Day,
    audience: Audience,
    measure: String,
    phase: Phase,
    participants: u32,
    kind: ItemKind,
    key: String,
    label: String,
    tally: Tally,
}

impl Row {
    fn read(line: u64, f: &[String]) -> Result<Row, ReadError> {
        if f.len() != COLUMNS.len() {
            return Err(err(line, format!("Deze regel heeft {} kolommen; een sessieverslag heeft er {}.", f.len(), COLUMNS.len())));
        }
        let field = |i: usize| f.get(i).map_or("", String::as_str);
        let date = Day::parse(field(0))
            .ok_or_else(|| err(line, format!("\"{}\" is geen datum. Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2026-03-12.", field(0))))?;
        let audience = Audience::from_code(field(1)).ok_or_else(|| err(line, format!("De doelgroep \"{}\" bestaat niet.", field(1))))?;
        let measure = field(2).to_string();
        if measure.is_empty() {
            return Err(err(line, "De kolom 'meting' is leeg."));
        }
        let phase = Phase::from_code(field(3)).ok_or_else(|| err(line, format!("Bij 'fase' hoort voor of na, niet \"{}\".", field(3))))?;
        let participants = number(line, "deelnemers", field(4))?;
        let kind = ItemKind::from_code(field(5)).ok_or_else(|| err(line, format!("Bij 'soort' hoort kennis of stelling, niet \"{}\".", field(5))))?;
        let key = field(6).to_string();
        if key.is_empty() {
            return Err(err(line, "De kolom 'sleutel' is leeg."));
        }
        let label = field(7).to_string();
        let mut counts = Vec::new();
        let mut ended = false;
        for (i, c) in f.iter().enumerate().skip(9) {
            let column = COLUMNS.get(i).copied().unwrap_or("");
            if c.is_empty() {
                ended = true;
            } else if ended {
                return Err(err(
                    line,
                    format!("Kolom {column} is gevuld, maar een kolom ervoor is leeg. Vul de tellingen van links naar rechts in."),
                ));
            } else {
                counts.push(number(line, column, c)?);
            }
        }
        let right = match kind {
            ItemKind::Statement => {
                if !field(8).is_empty() {
                    return Err(err(line, "Bij een stelling is 'goed' leeg."));
                }
                if counts.len() != SCALE_POINTS {
                    return Err(err(line, format!("Een stelling heeft {SCALE_POINTS} tellingen (1 tot en met 5), hier staan er {}.", counts.len())));
                }
                None
            }
            ItemKind::Knowledge => {
                if counts.len() < 2 {
                    return Err(err(line, "Een kennisvraag heeft minstens 2 tellingen, één per antwoord."));
                }
                let right = number(line, "goed", field(8))? as usize;
                if right == 0 || right > counts.len() {
                    return Err(err(line, format!("Bij 'goed' hoort het nummer van het goede antwoord, 1 tot en met {}.", counts.len())));
                }
                Some(right - 1)
            }
        };
        let tally = Tally { counts, right };
        if tally.answered() > participants {
            return Err(err(line, format!("Hier zijn {} antwoorden geteld, maar er waren {participants} deelnemers.", tally.answered())));
        }
        Ok(Row { date, audience, measure, phase, participants, kind, key, label, tally })
    }
}

/// A count: a whole number of at most a million (no session is larger; a
/// bigger number is a typing mistake and would overflow sums).
fn number(line: u64, column: &str, text: &str) -> Result<u32, ReadError> {
    match text.parse::<u32>() {
        Ok(n) if n <= 1_000_000 => Ok(n),
        _ => Err(err(line, format!("In kolom '{column}' hoort een heel getal, maar hier staat \"{text}\"."))),
    }
}

#[cfg(test)]
pub(crate) mod tests;
