//! One fixture per diagnostic code: `fixtures/<code>/` holds the files that
//! differ from the clean folder in `fixtures/_base/` (a `module.md` there
//! stands for `inwoner/module.md`; an empty `GEEN-<file>` removes a base
//! file). Each fixture must produce its code, its output must match
//! `expected.txt` (set UPDATE_EXPECT=1 to rewrite), and the real
//! `weerbaar-check` binary must exit non-zero exactly for errors and name
//! the right file and line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use weerbaar_core::content::check::{check, ContentSource};
use weerbaar_core::content::{Code, Severity};

struct Mem(BTreeMap<String, String>);

impl ContentSource for Mem {
    fn read(&self, path: &str) -> Option<String> {
        self.0.get(path).cloned()
    }
    fn exists(&self, path: &str) -> bool {
        self.0.contains_key(path)
    }
    fn markdown_files(&self) -> Vec<String> {
        self.0.keys().filter(|k| k.ends_with(".md")).cloned().collect()
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read_tree(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let rel = format!("{prefix}{name}");
        if e.path().is_dir() {
            read_tree(&e.path(), &format!("{rel}/"), out);
        } else if name != "expected.txt" {
            out.insert(rel, std::fs::read_to_string(e.path()).unwrap());
        }
    }
}

/// The base folder with the fixture's files laid over it.
fn folder(name: &str) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    read_tree(&root().join("_base"), "", &mut files);
    let mut overlay = BTreeMap::new();
    read_tree(&root().join(name), "", &mut overlay);
    for (path, text) in overlay {
        match path.strip_prefix("GEEN-") {
            Some(removed) => {
                files.remove(removed);
            }
            None => {
                files.insert(path, text);
            }
        }
    }
    files
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(root()).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n != "_base").collect();
    names.sort();
    names
}

#[test]
fn the_base_folder_is_clean() {
    let report = check(&Mem(folder("_base")));
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
}

#[test]
fn every_code_has_a_fixture_and_every_fixture_a_code() {
    let names = fixture_names();
    for code in Code::ALL {
        assert!(names.contains(&code.as_str().to_lowercase()), "no fixture for {}", code.as_str());
    }
    for name in &names {
        assert!(Code::ALL.iter().any(|c| c.as_str().to_lowercase() == *name), "fixture {name} names no code");
    }
    assert!(Code::ALL.len() >= 20);
}

#[test]
fn each_fixture_produces_its_code_and_matches_expected_output() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for name in fixture_names() {
        let report = check(&Mem(folder(&name)));
        let code = name.to_uppercase();
        if !report.problems.iter().any(|p| p.code == code) {
            failures.push(format!("{name}: {code} not reported; got {:?}", report.problems.iter().map(|p| p.code).collect::<Vec<_>>()));
        }
        if !report.problems.iter().filter(|p| p.code == code).all(|p| !p.help.is_empty()) {
            failures.push(format!("{name}: no help text"));
        }
        let rendered: String = report.problems.iter().map(|p| p.render() + "\n").collect();
        let path = root().join(&name).join("expected.txt");
        if update {
            std::fs::write(&path, &rendered).unwrap();
        } else {
            let expected = std::fs::read_to_string(&path).unwrap_or_default();
            if expected != rendered {
                failures.push(format!("{name}: output differs from expected.txt (UPDATE_EXPECT=1 to accept)\n--- got:\n{rendered}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_checker_exits_non_zero_on_errors_and_names_file_and_line() {
    let tmp = std::env::temp_dir().join(format!("weerbaar-fixtures-{}", std::process::id()));
    for name in fixture_names() {
        let dir = tmp.join(&name);
        let files = folder(&name);
        for (path, text) in &files {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let out = Command::new(env!("CARGO_BIN_EXE_weerbaar-check")).arg(&dir).output().unwrap();
        assert!(out.status.code().is_some(), "{name}: the checker crashed");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let report = check(&Mem(files));
        let first = report.problems.iter().find(|p| p.code == name.to_uppercase()).unwrap();
        let is_error = first.severity == Severity::Error || report.problems.iter().any(|p| p.severity == Severity::Error);
        assert_eq!(!out.status.success(), is_error, "{name}: exit status {:?}\n{stdout}", out.status);
        let location = format!("--> {}:{}:{}", first.file, first.line, first.col);
        assert!(stdout.contains(&location), "{name}: {location} missing in\n{stdout}");
        assert!(stdout.contains(&format!("[{}]", first.code)), "{name}: code missing in\n{stdout}");
        // Every fixture is broken in some way: in strict mode all fail.
        let strict = Command::new(env!("CARGO_BIN_EXE_weerbaar-check")).arg("--streng").arg(&dir).output().unwrap();
        assert!(!strict.status.success(), "{name}: --streng should fail");
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
