//! `weerbaar-check [--json] [--streng] [map]`: checks a content folder the
//! way the app reads it, prints every problem with file, line and the fix,
//! and exits 1 if there is an error. With `--streng` (strict) warnings fail
//! too, for a content repository's own CI.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use weerbaar_core::content::check::{check, ContentSource, Report};
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
    let mut dir = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--streng" => strict = true,
            "-h" | "--help" => {
                println!("Gebruik: weerbaar-check [--json] [--streng] [map]\nControleert de lesstof in de map (standaard: content).\n  --json    overzicht van alle modules als JSON\n  --streng  ook waarschuwingen tellen als fout");
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

/// The order in which counts are shown; `antwoorden` is left to `--json`.
const ORDER: [&str; 19] = [
    "pagina's",
    "stappen",
    "vragen",
    "kennisvragen",
    "toetsvragen",
    "situaties",
    "einden",
    "kaarten",
    "gebieden",
    "signalen",
    "afleiders",
    "oefeningen",
    "nepberichten",
    "sorteeroefeningen",
    "chatgesprekken",
    "wachtwoordlabs",
    "privacyprofielen",
    "leerkrachtpagina's",
    "trainernotities",
];

/// "1 vraag", not "1 vragen".
fn singular(plural: &str) -> &str {
    match plural {
        "pagina's" => "pagina",
        "vragen" => "vraag",
        "kennisvragen" => "kennisvraag",
        "toetsvragen" => "toetsvraag",
        "situaties" => "situatie",
        "einden" => "einde",
        "kaarten" => "kaart",
        "gebieden" => "gebied",
        "signalen" => "signaal",
        "afleiders" => "afleider",
        "trainernotities" => "trainernotitie",
        "stappen" => "stap",
        "oefeningen" => "oefening",
        "nepberichten" => "nepbericht",
        "sorteeroefeningen" => "sorteeroefening",
        "chatgesprekken" => "chatgesprek",
        "wachtwoordlabs" => "wachtwoordlab",
        "privacyprofielen" => "privacyprofiel",
        "leerkrachtpagina's" => "leerkrachtpagina",
        other => other,
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
                ORDER.iter().filter_map(|k| m.items.get(k).map(|&n| format!("{n} {}", if n == 1 { singular(k) } else { k }))).collect();
            println!("    {:<9} {}: {}", m.kind, m.title, counts.join(", "));
        }
    }
    let total = |key: &str| report.modules.iter().filter_map(|m| m.items.get(key)).sum::<usize>();
    let totals: Vec<String> =
        ["vragen", "situaties", "einden", "kaarten", "gebieden", "oefeningen"].iter().map(|k| format!("{} {k}", total(k))).collect();
    println!("  Totaal: {}", totals.join(", "));
    let kinds = ["nepberichten", "sorteeroefeningen", "chatgesprekken", "wachtwoordlabs", "privacyprofielen"];
    let used: Vec<&str> = kinds.iter().copied().filter(|k| total(k) > 0).map(singular).collect();
    if !used.is_empty() {
        println!("  Soorten oefeningen: {} ({})", used.len(), used.join(", "));
    }
    if !report.measures.is_empty() {
        println!("  Metingen (voor en na):");
        for m in &report.measures {
            println!("    {}  {}: {} kennisvragen, {} stellingen", m.audience.unwrap_or("?"), m.title, m.knowledge, m.statements);
        }
    }
}
