//! What the authoring studio derives from a draft: the file name to save
//! it under and the line that lists it in SUMMARY.md, so a trainer who
//! downloads a module knows where it goes.

use super::kinds::section::slug;
use super::Audience;

/// The file name for a module titled `title`: "Signaal of niet?" ->
/// "signaal-of-niet.md", accents dropped ("Agrariërs" -> "agrariers.md").
/// "module.md" for a draft without a title yet.
pub fn file_name(title: &str) -> String {
    if title.trim().is_empty() {
        return "module.md".into();
    }
    format!("{}.md", slug(title))
}

/// The line that lists the module in SUMMARY.md, under its audience's
/// heading: "- [Signaal of niet?](inwoner/signaal-of-niet.md)". Brackets in
/// the title are left out so the link stays a link.
pub fn summary_line(title: &str, audience: Audience, file: &str) -> String {
    let title: String = title.chars().filter(|c| !matches!(c, '[' | ']')).collect();
    format!("- [{}]({}/{file})", title.trim(), audience.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::catalogue::parse_catalogue;

    #[test]
    fn a_title_becomes_a_file_name() {
        assert_eq!(file_name("Signaal of niet?"), "signaal-of-niet.md");
        assert_eq!(file_name("Agrariërs en hun schuur"), "agrariers-en-hun-schuur.md");
        assert_eq!(file_name("  "), "module.md");
        assert_eq!(file_name("Wat is ondermijning? (deel 2)"), "wat-is-ondermijning-deel-2.md");
    }

    #[test]
    fn the_summary_line_is_a_link_the_catalogue_reads() {
        let line = summary_line("Signaal [of] niet?", Audience::Residents, &file_name("Signaal of niet?"));
        assert_eq!(line, "- [Signaal of niet?](inwoner/signaal-of-niet.md)");
        let summary = format!("# Weerbaar\n\n## Inwoners {{#inwoner}}\n\n{line}\n");
        let cat = parse_catalogue(&summary);
        assert!(cat.diagnostics.is_empty(), "{:?}", cat.diagnostics);
        assert_eq!(cat.value.entry("inwoner/signaal-of-niet").map(|(_, e)| e.title.as_str()), Some("Signaal of niet?"));
    }
}
