//! Pictures in `content/` are checked before they are shipped: an SVG file
//! opened on its own is a document of the site's own origin, and a script in
//! it could read every learner's progress. So an SVG may hold only drawing:
//! an allow-list of SVG elements and attributes, no script, no event
//! handlers, no `foreignObject`, and no reference outside the file itself.
//! Anything else is refused with a reason a trainer can act on.

/// File extensions the app shows as pictures.
pub const PICTURE_EXTENSIONS: [&str; 6] = ["svg", "png", "jpg", "jpeg", "gif", "webp"];

/// Whether `path` names a picture by its extension.
pub fn is_picture(path: &str) -> bool {
    path.rsplit_once('.').is_some_and(|(_, ext)| PICTURE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Elements a drawing needs. Everything else (script, foreignObject, a,
/// iframe, image, use of outside files, animation that can set attributes)
/// is refused.
const ELEMENTS: [&str; 30] = [
    "svg",
    "g",
    "defs",
    "title",
    "desc",
    "metadata",
    "symbol",
    "use",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "marker",
    "filter",
    "feGaussianBlur",
    "feOffset",
    "feFlood",
    "style",
];

/// Why the SVG `text` is not safe to ship, in the trainer's words, or `None`
/// when it is only a drawing.
pub fn svg_problem(text: &str) -> Option<String> {
    if text.contains("<!ENTITY") {
        return Some("Er staat een <!ENTITY> in: dat mag niet in een tekening.".into());
    }
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(e) => return Some(format!("Het bestand is geen geldige SVG-tekening ({e}).")),
    };
    if doc.root_element().tag_name().name() != "svg" {
        return Some("Het bestand begint niet met <svg>.".into());
    }
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        if !ELEMENTS.contains(&name) {
            return Some(format!("Het element <{name}> mag niet in een tekening (alleen vormen, tekst en kleuren)."));
        }
        if name == "style" && outside_reference(node.text().unwrap_or("")) {
            return Some("In <style> staat een verwijzing naar een ander bestand (url of @import).".into());
        }
        for attr in node.attributes() {
            let (key, value) = (attr.name(), attr.value());
            if key.to_ascii_lowercase().starts_with("on") {
                return Some(format!("Het element <{name}> heeft een '{key}': zo'n regel kan code uitvoeren en mag niet."));
            }
            if key == "href" && !value.trim_start().starts_with('#') {
                return Some(format!("<{name}> verwijst naar \"{value}\": een tekening mag alleen naar zichzelf verwijzen (#...)."));
            }
            if outside_reference(value) {
                return Some(format!("Bij '{key}' van <{name}> staat een verwijzing naar een ander bestand."));
            }
        }
    }
    None
}

/// A CSS or attribute value that reaches outside the file: `url(...)` to
/// anything but `#id`, or `@import`.
fn outside_reference(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.contains("@import")
        || lower.match_indices("url(").any(|(i, _)| !lower[i + 4..].trim_start().trim_start_matches(['"', '\'']).starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>t</title>
        <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
        <rect width="10" height="10" fill="url(#g)" style="stroke: url('#g')"/><use href="#g"/><text>Hoi</text></svg>"##;

    #[test]
    fn a_drawing_passes() {
        assert_eq!(svg_problem(OK), None);
        for file in ["balie", "bedrijventerrein", "erf", "straat"] {
            let path = format!("{}/../content/scenes/{file}.svg", env!("CARGO_MANIFEST_DIR"));
            assert_eq!(svg_problem(&std::fs::read_to_string(path).unwrap()), None, "{file}");
        }
    }

    #[test]
    fn anything_that_can_run_or_reach_out_is_refused() {
        let hostile = [
            r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(localStorage.length)</script></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" onLoad="alert(1)"/>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink"><use x:href="https://elders.nl/a.svg#b"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect/></a></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><image href="https://elders.nl/pixel.png"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://elders.nl/x.css);</style></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(https://elders.nl/x.svg#p)"/></svg>"#,
            r#"<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="javascript:alert(1)"/></svg>"#,
            r#"<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>"#,
            r#"<html><script>alert(1)</script></html>"#,
            "niet eens xml",
        ];
        for svg in hostile {
            assert!(svg_problem(svg).is_some(), "accepted: {svg}");
        }
    }

    #[test]
    fn pictures_are_known_by_extension() {
        assert!(is_picture("scenes/straat.SVG") && is_picture("a/b.jpeg"));
        assert!(!is_picture("folder.pdf") && !is_picture("module.md") && !is_picture("svg"));
    }
}
