//! Property tests: no input makes a parser panic or hang. Mutations of valid
//! files (the kind of damage a hurried edit does) are the most useful
//! inputs, so most cases start from real examples. PROPTEST_CASES raises the
//! count in CI.

use proptest::prelude::*;
use weerbaar_core::content::{glossary, parse_catalogue, parse_glossary, parse_module, parse_site, translation, LineIndex, Located};

const SEEDS: &[&str] = &[
    "---\ntitel: Vraag\nsoort: quiz\ndoelgroep: inwoner\n---\n\n## Wat doe je? {#v1 .meerkeuze}\n\n- [x] Goed\n  > Ja.\n- [ ] Fout\n  > Nee.\n\n> [!TIP]\n> Hint\n\n> [!NOTE]\n> Uitleg\n",
    "---\ntitel: Kaarten\nsoort: kaarten\ndoelgroep: jeugd\n---\n\n- [x] Signaal\n  > Omdat.\n- [ ] Geen\n  > Omdat.\n",
    "---\ntitel: Scene\nsoort: scene\ndoelgroep: agrarier\nafbeelding: erf.svg\n---\n\nEen erf.\n\n## Schuur\nplek: 10, 20, 30, 40\nsignaal: ja\n\nUitleg.\n",
    "---\ntitel: S\nsoort: scenario\ndoelgroep: ondernemer\n---\n\n## Begin {#a}\n\n- [Ja](#b)\n- [Nee](#c)\n\n## B {#b}\n\nEinde.\n\n## C {#c}\n\n- [Terug](#a)\n",
    "# Begrippen\n\n## Witwassen\nook: witwast, Meld Misdaad\n\nGeld *wit* maken, zie [site](https://x.nl).\n\n## Pgb\n\nBudget.\n",
    "---\ntitel: Les\nsoort: les\ndoelgroep: medewerker\nduur: 10\n---\n\nIntro *met* **opmaak** en [link](https://x.nl) ![b](b.svg)\n\n## Pagina\n\n1. een\n2. twee\n\n```\ncode\n```\n\n***\n",
];

fn check_all(src: &str) {
    let m = parse_module("inwoner/x", src);
    let _ = parse_catalogue(src);
    let _ = parse_site(src);
    // The text as a glossary, and as a module annotated with that glossary
    // (the text's own words then match, with any characters in them).
    let g = parse_glossary(src);
    let _: Vec<String> = Located::all("begrippen.md", src, &g.diagnostics).iter().map(Located::render).collect();
    let mut annotated = m.value.clone();
    glossary::annotate(&mut annotated, &g.value);
    // Rendering diagnostics must not panic either (spans, line text, carets).
    let _: Vec<String> = Located::all("x.md", src, &m.diagnostics).iter().map(Located::render).collect();
    let idx = LineIndex::new(src);
    for d in &m.diagnostics {
        assert!(d.span.start <= src.len() && d.span.end <= src.len(), "span out of range: {d:?}");
        let _ = idx.line_col(src, d.span.start);
    }
    // As a translation: of itself it has no drift whatever it holds; of
    // (and as the original of) every seed, comparing and adopting never
    // panics and every span lies in the translation.
    let en = translation::language("en").unwrap();
    assert_eq!(translation::compare(&m.value, src, &m.value, src, en), vec![], "a text compared with itself drifts");
    assert!(translation::matches(&m.value, &m.value));
    for seed in SEEDS {
        let other = parse_module("inwoner/x", seed).value;
        for d in translation::compare(&other, seed, &m.value, src, en) {
            assert!(d.span.start <= src.len() && d.span.end <= src.len(), "span out of range: {d:?}");
            let _ = Located::all("x.en.md", src, &[d]).iter().map(Located::render).count();
        }
        let _ = translation::compare(&m.value, src, &other, seed, en);
        let _ = translation::matches(&other, &m.value);
        let _ = translation::adopt(&other, m.value.clone());
        let _ = translation::adopt(&m.value, other);
    }
}

/// A mutation of a seed: insert, delete or replace a slice with characters
/// that matter to Markdown and to our dialect.
fn mutated() -> impl Strategy<Value = String> {
    let alphabet = prop::sample::select(vec![
        "-",
        "---",
        "\n",
        "\t",
        " ",
        "[x]",
        "[ ]",
        ">",
        "> [!TIP]",
        "#",
        "##",
        "{#",
        "}",
        ":",
        "`",
        "```",
        "*",
        "<",
        "<script>",
        "](",
        "(",
        ")",
        "ë",
        "\u{feff}",
        "\r\n",
        "|",
        "!",
        "%",
        "plek: ",
        "signaal: ",
    ]);
    (prop::sample::select(SEEDS.to_vec()), prop::collection::vec((any::<prop::sample::Index>(), 0usize..6, alphabet), 1..8)).prop_map(
        |(seed, edits)| {
            let mut s = seed.to_string();
            for (at, del, ins) in edits {
                let mut i = at.index(s.len() + 1);
                while !s.is_char_boundary(i) {
                    i -= 1;
                }
                let mut j = (i + del).min(s.len());
                while !s.is_char_boundary(j) {
                    j -= 1;
                }
                s.replace_range(i..j.max(i), ins);
            }
            s
        },
    )
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        check_all(&s);
    }

    #[test]
    fn arbitrary_bytes_as_lossy_text_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_all(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn mutated_valid_files_never_panic(s in mutated()) {
        check_all(&s);
    }
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let deep = format!("---\ntitel: x\nsoort: les\ndoelgroep: inwoner\n---\n{}tekst\n", "> ".repeat(5000));
    check_all(&deep);
    let lists =
        format!("---\ntitel: x\nsoort: les\ndoelgroep: inwoner\n---\n{}", (0..2000).map(|i| format!("{}- a\n", "  ".repeat(i))).collect::<String>());
    check_all(&lists);
}
