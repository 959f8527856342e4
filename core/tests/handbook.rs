//! The trainer handbook documents every diagnostic code, so a trainer who
//! sees a code can look it up.

use weerbaar_core::content::Code;

#[test]
fn every_code_is_in_the_handbook() {
    let handbook = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/HANDLEIDING.md")).unwrap();
    for code in Code::ALL {
        assert!(handbook.contains(&format!("`{}`", code.as_str())), "{} is missing from content/HANDLEIDING.md", code.as_str());
    }
}

#[test]
fn the_handbook_and_readme_give_the_apps_idle_times() {
    use weerbaar_core::progress::youth::{IDLE_END_MINUTES, IDLE_WARN_MINUTES};
    let read = |file: &str| {
        std::fs::read_to_string(format!("{}/../{file}", env!("CARGO_MANIFEST_DIR"))).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let handbook = read("content/HANDLEIDING.md");
    assert!(
        handbook.contains(&format!("Gebeurt er {IDLE_WARN_MINUTES} minuten niets, dan vraagt de app \"Ben je er nog?\"")),
        "the warning time in the handbook"
    );
    assert!(handbook.contains(&format!("na {IDLE_END_MINUTES} minuten zonder gebruik")), "the wipe time in the handbook");
    let readme = read("README.md");
    assert!(
        readme.contains(&format!("na {IDLE_END_MINUTES} minuten zonder activiteit (met een waarschuwing na {IDLE_WARN_MINUTES} minuten)")),
        "README"
    );
}

#[test]
fn the_help_for_a_missing_summary_names_a_section_that_exists() {
    let handbook = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/HANDLEIDING.md")).unwrap();
    let help = Code::CatalogueMissing.help();
    let section = "Het overzicht: SUMMARY.md";
    assert!(help.contains(&format!("'{section}'")), "{help}");
    assert!(handbook.lines().any(|l| l == format!("## {section}")), "no section \"{section}\" in content/HANDLEIDING.md");
}
