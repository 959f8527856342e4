//! Scenes: a picture plus regions to find. The text before the first `##`
//! describes the picture (its text alternative). Each `##` heading is a
//! region with a *neutral* label, then `plek:` (left, top, width, height in
//! percent of the picture) and `signaal: ja|nee`, then the explanation.
//!
//! ```markdown
//! ## Raam boven de kapper
//! plek: 12, 8, 14, 12
//! signaal: ja
//!
//! De ramen zijn helemaal afgeplakt. ...
//! ```

use super::super::diagnostic::{Code, Diagnostic};
use super::super::document::Block;
use super::section::key_lines;
use super::Ctx;

/// A scene.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Scene {
    /// Path of the picture, relative to the module file.
    pub image: String,
    /// What the picture shows, for people who cannot see it.
    pub description: Vec<Block>,
    /// The regions, decoys included.
    pub regions: Vec<Region>,
}

/// One region of a scene.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Region {
    /// From `{#id}` or the label.
    pub id: String,
    /// Neutral name, e.g. "Raam boven de kapper".
    pub label: String,
    /// Left, top, width, height in tenths of a percent (0 to 1000), so
    /// "12,5" is exact and no floating point is needed anywhere.
    pub rect: [u16; 4],
    /// Whether this is a signal (decoys are not).
    pub signal: bool,
    /// Why it is or is not a signal.
    pub explanation: Vec<Block>,
}

impl Region {
    /// Whether the region ends in the right fifth of the picture, where a
    /// name tag hanging to the right would be cut off.
    pub fn near_right_edge(&self) -> bool {
        self.rect[0] + self.rect[2] > 800
    }

    /// Left, top, width and height as CSS percentages ("12.5%"), written
    /// from the tenths without floating point.
    pub fn css_rect(&self) -> [String; 4] {
        self.rect.map(|t| format!("{}.{}%", t / 10, t % 10))
    }
}

/// Builds a scene.
pub fn parse(ctx: &mut Ctx<'_>) -> Scene {
    let image = match ctx.image {
        Some(i) if !i.is_empty() => i.to_string(),
        _ => {
            ctx.diags.push(Diagnostic::new(Code::SceneNoImage, 0..0, "Er staat niet bij welke tekening bij deze scène hoort."));
            String::new()
        }
    };
    let description = ctx.intro.clone();
    if !description.iter().any(|b| matches!(b, Block::Paragraph { .. })) {
        let at = ctx.sections.first().map_or(0..0, |s| s.span.start..s.span.start);
        ctx.diags.push(Diagnostic::new(Code::SceneNoDescription, at, "Er staat geen beschrijving van de tekening."));
    }
    let mut regions = Vec::new();
    // Counted from what was written, so one bad `plek:` does not also
    // produce a second, misleading "no signals" error.
    let mut any_signal = false;
    for s in &ctx.sections {
        let label = s.title_text();
        if label.is_empty() {
            ctx.diags.push(Diagnostic::new(Code::RegionNoLabel, s.span.clone(), "Dit gebied heeft geen naam."));
        }
        let (pairs, rest) = key_lines(ctx.src, &s.blocks, &["plek", "signaal"]);
        let rect = match pairs.iter().find(|(k, ..)| k == "plek") {
            None => {
                ctx.diags.push(Diagnostic::new(Code::RegionNoPlace, s.span.clone(), format!("Bij \"{label}\" staat niet waar het gebied ligt.")));
                None
            }
            Some((_, value, span)) => match parse_rect(value) {
                Some(r) if fits(r) => Some(r),
                Some(_) => {
                    ctx.diags.push(Diagnostic::new(
                        Code::RegionOutside,
                        span.clone(),
                        format!("Het gebied \"{label}\" valt (deels) buiten de tekening."),
                    ));
                    None
                }
                None => {
                    ctx.diags.push(Diagnostic::new(
                        Code::RegionNoPlace,
                        span.clone(),
                        format!("Bij \"{label}\" moeten vier getallen staan, gescheiden door komma's, maar er staat \"{value}\"."),
                    ));
                    None
                }
            },
        };
        let signal = match pairs.iter().find(|(k, ..)| k == "signaal").map(|(_, v, span)| (v.to_lowercase(), span)) {
            Some((v, _)) if v == "ja" => Some(true),
            Some((v, _)) if v == "nee" => Some(false),
            Some((v, span)) => {
                ctx.diags.push(Diagnostic::new(Code::RegionNoSignal, span.clone(), format!("Achter 'signaal:' moet ja of nee staan, niet \"{v}\".")));
                None
            }
            None => {
                ctx.diags.push(Diagnostic::new(Code::RegionNoSignal, s.span.clone(), format!("Bij \"{label}\" staat niet of het een signaal is.")));
                None
            }
        };
        // An unreadable `signaal:` was reported already; count it as maybe.
        any_signal |= signal != Some(false);
        if rest.is_empty() {
            ctx.diags.push(Diagnostic::new(Code::RegionNoFeedback, s.span.clone(), format!("Bij \"{label}\" staat geen uitleg.")));
        }
        if let (Some(rect), Some(signal)) = (rect, signal) {
            regions.push(Region { id: s.id.clone(), label, rect, signal, explanation: rest.to_vec() });
        }
    }
    if !any_signal && !ctx.sections.is_empty() {
        let at = ctx.sections[0].span.clone();
        ctx.diags.push(Diagnostic::new(Code::SceneNoSignals, at, "In deze scène is geen enkel gebied een signaal."));
    }
    Scene { image, description, regions }
}

/// Four numbers separated by commas, each a percentage with at most one
/// decimal (a point: "12.5"), into tenths of a percent.
fn parse_rect(value: &str) -> Option<[u16; 4]> {
    let nums: Vec<u16> = value.split(',').map(tenths).collect::<Option<_>>()?;
    <[u16; 4]>::try_from(nums).ok()
}

fn tenths(n: &str) -> Option<u16> {
    let n = n.trim().trim_end_matches('%').trim();
    let (whole, frac) = n.split_once('.').unwrap_or((n, "0"));
    if whole.is_empty() || frac.len() != 1 || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = whole.parse::<u32>().ok()? * 10 + frac.parse::<u32>().ok()?;
    u16::try_from(value).ok()
}

fn fits([x, y, w, h]: [u16; 4]) -> bool {
    let (x, y, w, h) = (u32::from(x), u32::from(y), u32::from(w), u32::from(h));
    w > 0 && h > 0 && x + w <= 1000 && y + h <= 1000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rectangles_are_read_in_tenths_of_a_percent() {
        assert_eq!(parse_rect("10, 20, 12.5, 5%"), Some([100, 200, 125, 50]));
        assert_eq!(parse_rect("10,20,30"), None);
        assert_eq!(parse_rect("10, 20, 30, -4"), None);
        assert_eq!(parse_rect("1.25, 2, 3, 4"), None);
        assert_eq!(parse_rect("a, b, c, d"), None);
        assert!(fits([0, 0, 1000, 1000]));
        assert!(!fits([900, 0, 200, 100]));
        assert!(!fits([0, 0, 0, 10]));
    }
}
