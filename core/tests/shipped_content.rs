//! Every file in the shipped `content/` folder validates with zero errors
//! and zero warnings, and every audience has at least one module.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn shipped_content_is_clean() {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let out = Command::new(env!("CARGO_BIN_EXE_weerbaar-check")).arg(&content).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains(" 0 fouten, 0 waarschuwingen"), "{stdout}");

    let json = Command::new(env!("CARGO_BIN_EXE_weerbaar-check")).arg("--json").arg(&content).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let modules = report["modules"].as_array().unwrap();
    for audience in ["medewerker", "inwoner", "ondernemer", "agrarier", "jeugd", "trainer"] {
        assert!(modules.iter().any(|m| m["audience"] == audience), "no module for {audience}");
    }
}
