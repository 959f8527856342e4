//! Resolving what a module links to, relative to the module's own file, the
//! way any Markdown viewer does, so a trainer's preview and the app agree.

use crate::route::Route;

/// Where a link in module `from_id` should lead in the app.
pub fn link_href(from_id: &str, href: &str) -> String {
    if href.starts_with('#') || href.contains(':') {
        return href.to_string();
    }
    let (path, _anchor) = href.split_once('#').unwrap_or((href, ""));
    match (path.strip_suffix(".md"), join(from_id, path)) {
        (Some(_), Some(joined)) => match joined.strip_suffix(".md") {
            Some(id) => Route::Module(id.to_string()).href(),
            None => href.to_string(),
        },
        (None, Some(joined)) => format!("content/{joined}"),
        _ => Route::NotFound.href(),
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
        assert_eq!(link_href("inwoner/kapper", "winkel.md"), "#/module/inwoner/winkel");
        assert_eq!(link_href("inwoner/kapper", "../jeugd/pas.md"), "#/module/jeugd/pas");
        assert_eq!(link_href("inwoner/kapper", "https://politie.nl"), "https://politie.nl");
        assert_eq!(link_href("inwoner/kapper", "#kopje"), "#kopje");
        assert_eq!(link_href("inwoner/kapper", "folder.pdf"), "content/inwoner/folder.pdf");
        assert_eq!(link_href("inwoner/kapper", "../../weg.md"), "#/niet-gevonden");
        assert_eq!(image_src("inwoner/kapper", "../afbeeldingen/straat.svg").as_deref(), Some("content/afbeeldingen/straat.svg"));
        assert_eq!(image_src("kapper", "../x.svg"), None);
    }
}
