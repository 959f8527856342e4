//! Resolving what a module links to, relative to the module's own file, the
//! way any Markdown viewer does, so a trainer's preview and the app agree.

use crate::route::Route;

/// Where a link in module `from_id` should lead in the app, or `None` when
/// it names a file that is not a module. Such a file is never linked: opened
/// as a document, an SVG or HTML file would run with the site's own rights
/// (the checker refuses these links with F-LINK-002).
pub fn link_href(from_id: &str, href: &str) -> Option<String> {
    if href.starts_with('#') || href.contains(':') {
        return Some(href.to_string());
    }
    let (path, _anchor) = href.split_once('#').unwrap_or((href, ""));
    match join(from_id, path) {
        Some(joined) => joined.strip_suffix(".md").map(|id| Route::Module(id.to_string()).href()),
        None => Some(Route::NotFound.href()),
    }
}

/// URL of an image written in module `from_id`, relative to the page.
pub fn image_src(from_id: &str, src: &str) -> Option<String> {
    join(from_id, src).map(|p| format!("content/{p}"))
}

/// Joins `rel` onto the folder of `from_id`; `None` if it leaves content/.
pub fn join(from_id: &str, rel: &str) -> Option<String> {
    let mut parts: Vec<&str> = from_id.split('/').collect();
    parts.pop(); // the file itself
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_like_a_markdown_viewer() {
        let link = |href| link_href("inwoner/kapper", href);
        assert_eq!(link("winkel.md").as_deref(), Some("#/module/inwoner/winkel"));
        assert_eq!(link("../jeugd/pas.md").as_deref(), Some("#/module/jeugd/pas"));
        assert_eq!(link("https://politie.nl").as_deref(), Some("https://politie.nl"));
        assert_eq!(link("#kopje").as_deref(), Some("#kopje"));
        assert_eq!(link("folder.pdf"), None);
        assert_eq!(link("../scenes/straat.svg"), None);
        assert_eq!(link("../../weg.md").as_deref(), Some("#/niet-gevonden"));
        assert_eq!(image_src("inwoner/kapper", "../afbeeldingen/straat.svg").as_deref(), Some("content/afbeeldingen/straat.svg"));
        assert_eq!(image_src("kapper", "../x.svg"), None);
    }
}
