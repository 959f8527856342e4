//! Times the module parser on a generated large file (benchmark, not a test).
//! Run by `./dev bench`; prints the median of several runs.

use std::time::Instant;

use weerbaar_core::content::parse_module;

fn main() {
    let mut src = String::from("---\ntitel: Grote quiz\nsoort: quiz\ndoelgroep: inwoner\n---\n\n");
    for i in 0..500 {
        src.push_str(&format!(
            "## Vraag {i}: wat valt je op aan de winkel op de hoek?\n\nDe winkel is **altijd open** maar er komt bijna *nooit* iemand. Zie ook [uitleg](https://www.politie.nl).\n\n- [ ] Niets bijzonders\n  > Een rustige winkel is op zich geen signaal.\n- [x] Een signaal\n  > Weinig klanten en toch open blijven kan een signaal zijn.\n- [ ] Weet ik niet\n  > Twijfel je? Je mag het altijd melden.\n\n> [!NOTE]\n> Eén signaal bewijst niets; meerdere samen wel een reden om te melden.\n\n"
        ));
    }
    let mut times = Vec::new();
    let mut questions = 0;
    for _ in 0..15 {
        let start = Instant::now();
        let parsed = parse_module("inwoner/groot", &src);
        times.push(start.elapsed());
        if let weerbaar_core::content::kinds::Items::Quiz(q) = &parsed.value.items {
            questions = q.len();
        }
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics.first());
    }
    times.sort();
    println!(
        "  quiz with {} questions ({} KB): median {:.2} ms, min {:.2} ms (bar: under 50 ms)",
        questions,
        src.len() / 1024,
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[0].as_secs_f64() * 1000.0
    );
}
