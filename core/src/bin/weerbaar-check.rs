//! `weerbaar-check [--json] [--streng] [map]`: checks a content folder the
//! way the app reads it, prints every problem with file, line and the fix,
//! and exits 1 if there is an error. With `--streng` (strict) warnings fail
//! too, for a content repository's own CI. `--modellen` prints every listed
//! module as the app reads it (JSON), so tests take their expectations from
//! this parser instead of a second one; `--metingen` does the same for the
//! measurement sets (`meting/<doelgroep>.md`).

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

fn main() -> ExitCode {
    let mut json = false;
    let mut strict = false;
    let mut models = false;
    let mut measures = false;
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--streng" => strict = true,
            "--modellen" => models = true,
            "--metingen" => measures = true,
            "-h" | "--help" => {
                println!("Gebruik: weerbaar-check [--json] [--streng] [--modellen] [--metingen] [map]\nControleert de lesstof in de map (standaard: content).\n  --json      overzicht van alle modules als JSON\n  --streng    ook waarschuwingen tellen als fout\n  --modellen  elke module zoals de app haar leest, als JSON (voor tests)\n  --metingen  elke meting zoals de app haar leest, als JSON (voor tests)");
                return ExitCode::SUCCESS;
            }
            other => dir = Some(PathBuf::from(other)),
        }
    }
    let dir = dir.unwrap_or_else(|| PathBuf::from("content"));
    if !dir.is_dir() {
        eprintln!("fout: de map \"{}\" bestaat niet.", dir.display());
        return ExitCode::from(2);
    }
    if models {
        return print_models(&dir);
    }
    if measures {
        return print_measures(&dir);
    }
    let report = check(&Folder(dir.clone()));
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    if json {
        match serde_json::to_string_pretty(&report) {
            Ok(text) => println!("{text}"),
            Err(e) => eprintln!("fout: {e}"),
        }
    } else {
        for p in &report.problems {
            println!("{}", p.render());
        }
        print_overview(&report);
        println!(
            "{}: {} modules gecontroleerd, {errors} {}, {warnings} {}.",
            dir.display(),
            report.modules.len(),
            if errors == 1 { "fout" } else { "fouten" },
            if warnings == 1 { "waarschuwing" } else { "waarschuwingen" },
        );
    }
    if errors > 0 || (strict && warnings > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The content at a glance, per audience: what each module holds, so a
/// trainer (or an issue's bar) can see the counts without opening files.
fn print_overview(report: &Report) {
    let mut audiences: Vec<Option<&str>> = Vec::new();
    for m in &report.modules {
        if !audiences.contains(&m.audience) {
            audiences.push(m.audience);
        }
    }
    println!("Overzicht");
    for audience in audiences {
        let modules: Vec<_> = report.modules.iter().filter(|m| m.audience == audience).collect();
        let plural = if modules.len() == 1 { "module" } else { "modules" };
        println!("  {} ({} {plural})", audience.unwrap_or("zonder doelgroep"), modules.len());
        for m in modules {
            let counts: Vec<String> =
                Count::ALL.iter().filter(|c| c.in_overview()).filter_map(|c| m.items.get(c.plural()).map(|&n| c.with_number(n))).collect();
            let languages = if m.languages.is_empty() { String::new() } else { format!(" (vertaald: {})", m.languages.join(", ")) };
            println!("    {:<9} {}: {}{languages}", m.kind, m.title, counts.join(", "));
        }
    }
    let total = |count: Count| report.modules.iter().filter_map(|m| m.items.get(count.plural())).sum::<usize>();
    let totals: Vec<String> = [Count::Questions, Count::Situations, Count::Endings, Count::Cards, Count::Regions, Count::Exercises]
        .iter()
        .map(|&c| format!("{} {}", total(c), c.plural()))
        .collect();
    println!("  Totaal: {}", totals.join(", "));
    let used: Vec<&str> = Count::EXERCISES.iter().filter(|&&c| total(c) > 0).map(|c| c.singular()).collect();
    if !used.is_empty() {
        println!("  Soorten oefeningen: {} ({})", used.len(), used.join(", "));
    }
    if report.terms > 0 {
        println!("  Begrippenlijst: {} {}", report.terms, if report.terms == 1 { "begrip" } else { "begrippen" });
    }
    if !report.measures.is_empty() {
        println!("  Metingen (voor en na):");
        for m in &report.measures {
            println!("    {}  {}: {} kennisvragen, {} stellingen", m.audience.unwrap_or("?"), m.title, m.knowledge, m.statements);
        }
    }
}

/// Every module SUMMARY.md lists, parsed as the app parses it, as a JSON
/// array in the catalogue's order.
/// Every audience's measurement set that exists, as the app reads it.
fn print_measures(dir: &Path) -> ExitCode {
    let sets: Vec<weerbaar_core::measure::Measure> = weerbaar_core::content::Audience::ALL
        .into_iter()
        .filter_map(|audience| {
            let id = weerbaar_core::measure::parse::id_for(audience);
            let src = std::fs::read(dir.join(format!("{id}.md"))).ok()?;
            Some(weerbaar_core::measure::parse_measure(&id, &String::from_utf8_lossy(&src)).value)
        })
        .collect();
    print_json(&sets)
}

fn print_json(value: &impl serde::Serialize) -> ExitCode {
    match serde_json::to_string(value) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("fout: {e}");
            ExitCode::FAILURE
        }
    }
}

fn print_models(dir: &Path) -> ExitCode {
    let Ok(summary) = std::fs::read_to_string(dir.join("SUMMARY.md")) else {
        eprintln!("fout: {} heeft geen SUMMARY.md.", dir.display());
        return ExitCode::from(2);
    };
    let catalogue = weerbaar_core::content::parse_catalogue(&summary).value;
    let models: Vec<weerbaar_core::content::Module> = catalogue
        .entries()
        .filter_map(|(_, entry)| {
            let src = std::fs::read(dir.join(format!("{}.md", entry.id))).ok()?;
            Some(weerbaar_core::content::parse_module(&entry.id, &String::from_utf8_lossy(&src)).value)
        })
        .collect();
    print_json(&models)
}
