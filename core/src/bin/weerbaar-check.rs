//! `weerbaar-check [--json] [--streng] [map]`: checks a content folder the
//! way the app reads it, prints every problem with file, line and the fix,
//! and exits 1 if there is an error. With `--streng` (strict) warnings fail
//! too, for a content repository's own CI. `--modellen` prints every listed
//! module as the app reads it (JSON), so tests take their expectations from
//! this parser instead of a second one; `--metingen` does the same for the
//! measurement sets (`meting/<doelgroep>.md`). An unknown option is refused
//! (exit 2), and output into a pipe that closes early ends quietly.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use weerbaar_core::content::check::{check, ContentSource, Report};
use weerbaar_core::content::count::Count;
use weerbaar_core::content::Severity;

struct Folder(PathBuf);

impl ContentSource for Folder {
    fn read(&self, path: &str) -> Option<String> {
        std::fs::read(self.0.join(path)).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
    }
    fn exists(&self, path: &str) -> bool {
        self.0.join(path).is_file()
    }
    fn markdown_files(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk(&self.0, &self.0, &mut out);
        out.sort();
        out
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

/// What `--help` prints.
const USAGE: &str = "Gebruik: weerbaar-check [--json] [--streng] [--modellen] [--metingen] [map]\nControleert de lesstof in de map (standaard: content).\n  --json      overzicht van alle modules als JSON\n  --streng    ook waarschuwingen tellen als fout\n  --modellen  elke module zoals de app haar leest, als JSON (voor tests)\n  --metingen  elke meting zoals de app haar leest, als JSON (voor tests)";

/// Every option, as listed when an unknown one is given.
const OPTIONS: [&str; 5] = ["--json", "--streng", "--modellen", "--metingen", "--help"];

/// English spellings people try first, and the Dutch option they mean.
const ENGLISH: [(&str, &str); 3] = [("--strict", "--streng"), ("--models", "--modellen"), ("--measures", "--metingen")];

/// What the command line asks for.
#[derive(Default)]
struct Args {
    json: bool,
    strict: bool,
    models: bool,
    measures: bool,
    help: bool,
    dir: Option<PathBuf>,
}

/// Reads the command line, or says in Dutch what is wrong with it. An
/// unknown option is refused rather than skipped: `--strict` in a CI script
/// would otherwise pass warnings without anyone noticing.
fn parse_args(args: impl Iterator<Item = std::ffi::OsString>) -> Result<Args, String> {
    let mut parsed = Args::default();
    for arg in args {
        match arg.to_string_lossy().as_ref() {
            "--json" => parsed.json = true,
            "--streng" => parsed.strict = true,
            "--modellen" => parsed.models = true,
            "--metingen" => parsed.measures = true,
            "-h" | "--help" => parsed.help = true,
            option if option.starts_with('-') => return Err(unknown_option(option)),
            _ => parsed.dir = Some(PathBuf::from(arg)),
        }
    }
    Ok(parsed)
}

fn unknown_option(option: &str) -> String {
    let suggestion = ENGLISH.iter().find(|(english, _)| *english == option).map(|(_, dutch)| format!(" Bedoel je {dutch}?")).unwrap_or_default();
    format!("de optie \"{option}\" bestaat niet.{suggestion}\nDeze opties zijn er: {}.\n\n{USAGE}", OPTIONS.join(", "))
}

/// Why `dir` cannot be checked, if it cannot. A file gets its own answer:
/// "the folder does not exist" is puzzling when you can see the file.
fn folder_problem(dir: &Path) -> Option<String> {
    if dir.is_file() {
        let folder = dir.ancestors().skip(1).find(|a| a.join("SUMMARY.md").is_file()).map_or("content".into(), |a| a.display().to_string());
        return Some(format!(
            "\"{}\" is een bestand, geen map. De checker controleert de hele map met lesstof in één keer; geef die map op, bijvoorbeeld: weerbaar-check {folder}",
            dir.display()
        ));
    }
    (!dir.is_dir()).then(|| format!("de map \"{}\" bestaat niet.", dir.display()))
}

/// Prints a problem with the command itself. Writing to stderr can fail too
/// (closed by the caller); there is nothing left to tell then.
fn complain(message: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "fout: {message}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(message) => return complain(&message),
    };
    // All output goes through one locked handle and stops at the first
    // failed write: `weerbaar-check content | head -1` closes the pipe
    // early, and println! would panic there (exit 101).
    let mut out = std::io::stdout().lock();
    if args.help {
        let _ = writeln!(out, "{USAGE}");
        return ExitCode::SUCCESS;
    }
    let dir = args.dir.unwrap_or_else(|| PathBuf::from("content"));
    if let Some(problem) = folder_problem(&dir) {
        return complain(&problem);
    }
    if args.models {
        return print_models(&mut out, &dir);
    }
    if args.measures {
        return print_measures(&mut out, &dir);
    }
    let report = check(&Folder(dir.clone()));
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    // A write that fails only means nobody reads the rest; the exit code
    // still tells a script what the check found.
    let _ = if args.json { print_report_json(&mut out, &report) } else { print_report(&mut out, &report, &dir) };
    if errors > 0 || (args.strict && warnings > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_report_json(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    match serde_json::to_string_pretty(report) {
        Ok(text) => writeln!(out, "{text}"),
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "fout: {e}");
            Ok(())
        }
    }
}

/// Every problem like a compiler shows it, the overview, and the totals.
fn print_report(out: &mut impl Write, report: &Report, dir: &Path) -> std::io::Result<()> {
    for p in &report.problems {
        writeln!(out, "{}", p.render())?;
    }
    print_overview(out, report)?;
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    writeln!(
        out,
        "{}: {} modules gecontroleerd, {errors} {}, {warnings} {}.",
        dir.display(),
        report.modules.len(),
        if errors == 1 { "fout" } else { "fouten" },
        if warnings == 1 { "waarschuwing" } else { "waarschuwingen" },
    )
}

/// The content at a glance, per audience: what each module holds, so a
/// trainer (or an issue's bar) can see the counts without opening files.
fn print_overview(out: &mut impl Write, report: &Report) -> std::io::Result<()> {
    let mut audiences: Vec<Option<&str>> = Vec::new();
    for m in &report.modules {
        if !audiences.contains(&m.audience) {
            audiences.push(m.audience);
        }
    }
    writeln!(out, "Overzicht")?;
    for audience in audiences {
        let modules: Vec<_> = report.modules.iter().filter(|m| m.audience == audience).collect();
        let plural = if modules.len() == 1 { "module" } else { "modules" };
        writeln!(out, "  {} ({} {plural})", audience.unwrap_or("zonder doelgroep"), modules.len())?;
        for m in modules {
            let counts: Vec<String> =
                Count::ALL.iter().filter(|c| c.in_overview()).filter_map(|c| m.items.get(c.plural()).map(|&n| c.with_number(n))).collect();
            let languages = if m.languages.is_empty() { String::new() } else { format!(" (vertaald: {})", m.languages.join(", ")) };
            writeln!(out, "    {:<9} {}: {}{languages}", m.kind, m.title, counts.join(", "))?;
        }
    }
    let total = |count: Count| report.modules.iter().filter_map(|m| m.items.get(count.plural())).sum::<usize>();
    let totals: Vec<String> = [Count::Questions, Count::Situations, Count::Endings, Count::Cards, Count::Regions, Count::Exercises]
        .iter()
        .map(|&c| format!("{} {}", total(c), c.plural()))
        .collect();
    writeln!(out, "  Totaal: {}", totals.join(", "))?;
    let used: Vec<&str> = Count::EXERCISES.iter().filter(|&&c| total(c) > 0).map(|c| c.singular()).collect();
    if !used.is_empty() {
        writeln!(out, "  Soorten oefeningen: {} ({})", used.len(), used.join(", "))?;
    }
    if report.terms > 0 {
        writeln!(out, "  Begrippenlijst: {} {}", report.terms, if report.terms == 1 { "begrip" } else { "begrippen" })?;
    }
    if !report.measures.is_empty() {
        writeln!(out, "  Metingen (voor en na):")?;
        for m in &report.measures {
            writeln!(out, "    {}  {}: {} kennisvragen, {} stellingen", m.audience.unwrap_or("?"), m.title, m.knowledge, m.statements)?;
        }
    }
    Ok(())
}

/// Every module SUMMARY.md lists, parsed as the app parses it, as a JSON
/// array in the catalogue's order.
/// Every audience's measurement set that exists, as the app reads it.
fn print_measures(out: &mut impl Write, dir: &Path) -> ExitCode {
    let sets: Vec<weerbaar_core::measure::Measure> = weerbaar_core::content::Audience::ALL
        .into_iter()
        .filter_map(|audience| {
            let id = weerbaar_core::measure::parse::id_for(audience);
            let src = std::fs::read(dir.join(format!("{id}.md"))).ok()?;
            Some(weerbaar_core::measure::parse_measure(&id, &String::from_utf8_lossy(&src)).value)
        })
        .collect();
    print_json(out, &sets)
}

fn print_json(out: &mut impl Write, value: &impl serde::Serialize) -> ExitCode {
    match serde_json::to_string(value) {
        Ok(text) => {
            // A closed pipe: the reader has what it wanted.
            let _ = writeln!(out, "{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "fout: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_models(out: &mut impl Write, dir: &Path) -> ExitCode {
    let Ok(summary) = std::fs::read_to_string(dir.join("SUMMARY.md")) else {
        return complain(&format!("{} heeft geen SUMMARY.md.", dir.display()));
    };
    let catalogue = weerbaar_core::content::parse_catalogue(&summary).value;
    let models: Vec<weerbaar_core::content::Module> = catalogue
        .entries()
        .filter_map(|(_, entry)| {
            let src = std::fs::read(dir.join(format!("{}.md", entry.id))).ok()?;
            Some(weerbaar_core::content::parse_module(&entry.id, &String::from_utf8_lossy(&src)).value)
        })
        .collect();
    print_json(out, &models)
}
