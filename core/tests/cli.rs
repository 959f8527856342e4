//! The `weerbaar-check` program as a trainer or a script runs it: options,
//! the folder it is given, files it cannot read as text, and output that
//! goes into a pipe which closes early (`weerbaar-check content | head`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn checker() -> Command {
    Command::new(env!("CARGO_BIN_EXE_weerbaar-check"))
}

fn shipped_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A copy of the clean fixture folder with `inwoner/module.md` replaced by
/// `module`, in its own temporary folder.
fn folder_with_module(name: &str, module: &[u8]) -> PathBuf {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/_base");
    let dir = std::env::temp_dir().join(format!("weerbaar-cli-{name}-{}", std::process::id()));
    for file in ["SUMMARY.md", "begrippen.md", "site.md", "inwoner/module.md"] {
        let to = dir.join(file);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(base.join(file), &to).unwrap();
    }
    std::fs::write(dir.join("inwoner/module.md"), module).unwrap();
    dir
}

fn run(args: &[&str]) -> Output {
    checker().args(args).output().unwrap()
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    // The reading end is closed before the checker writes a byte, as when
    // `head -1` has its line: every write fails with a broken pipe.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    for args in [&[][..], &["--json"][..], &["--modellen"][..], &["--metingen"][..], &["--help"][..]] {
        let out = checker().args(args).arg(shipped_content()).stdout(writer.try_clone().unwrap()).stderr(Stdio::piped()).output().unwrap();
        let stderr = text(&out.stderr);
        assert_ne!(out.status.code(), Some(101), "{args:?} panicked: {stderr}");
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}

#[test]
fn an_unknown_option_is_named_with_the_valid_ones() {
    let out = run(&["--onbekend", "content"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("\"--onbekend\""), "{stderr}");
    for option in ["--json", "--streng", "--modellen", "--metingen", "--help"] {
        assert!(stderr.contains(option), "{option} missing in {stderr}");
    }
    assert!(out.stdout.is_empty(), "nothing is checked");
}

#[test]
fn the_english_strict_suggests_streng() {
    let out = run(&["--strict", "content"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("\"--strict\"") && stderr.contains("Bedoel je --streng?"), "{stderr}");
}

#[test]
fn a_file_instead_of_the_folder_is_called_a_file() {
    let file = shipped_content().join("site.md");
    let out = run(&[file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    // The folder the file sits in (the one with SUMMARY.md) is suggested.
    let suggestion = format!("weerbaar-check {}", shipped_content().display());
    assert!(stderr.contains("is een bestand, geen map") && stderr.contains(&suggestion), "{stderr}");
    assert!(!stderr.contains("bestaat niet"), "{stderr}");
    let elsewhere = run(&[concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")]);
    assert_eq!(elsewhere.status.code(), Some(2));
    assert!(text(&elsewhere.stderr).contains("bijvoorbeeld: weerbaar-check content\n"), "{}", text(&elsewhere.stderr));
    let missing = run(&["geen-map-die-bestaat"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("bestaat niet"), "{}", text(&missing.stderr));
}

#[test]
fn a_latin1_module_fails_with_its_line_and_column() {
    let dir = folder_with_module("latin1", b"---\ntitel: Test\nsoort: les\ndoelgroep: inwoner\n---\n\nE\xe9n signaal.\nN\xf3g een.\n");
    let out = run(&[dir.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert_eq!(stdout.matches("[F-BESTAND-004]").count(), 1, "{stdout}");
    assert!(stdout.contains("--> inwoner/module.md:7:2"), "{stdout}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_binary_file_gives_short_readable_output() {
    // A picture renamed to .md: long runs without a line end, control bytes.
    let binary: Vec<u8> = (0..40_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    let dir = folder_with_module("binary", &binary);
    let out = run(&[dir.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.contains("[F-BESTAND-004]"), "{stdout}");
    for line in stdout.lines() {
        assert!(line.chars().count() <= 400, "a line of {} characters", line.chars().count());
        assert!(!line.chars().any(|c| c.is_control() && c != '\t'), "{line:?}");
    }
    let _ = std::fs::remove_dir_all(dir);
}
