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
