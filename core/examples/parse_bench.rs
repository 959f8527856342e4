//! Times the module parser on a generated large file (benchmark, not a test).
//! Run by `./dev bench`; prints the median of several runs.

use std::time::Instant;

use weerbaar_core::content::parse_module;

fn main() {
    let mut src = String::from("---\ntitel: Grote module\nsoort: les\ndoelgroep: inwoner\n---\n\n");
    for i in 0..500 {
        src.push_str(&format!(
            "## Vraag {i}: wat valt je op aan de winkel op de hoek?\n\nDe winkel is **altijd open** maar er komt bijna *nooit* iemand. Zie ook [uitleg](https://www.politie.nl).\n\n- Niets bijzonders\n  > Een rustige winkel is op zich geen signaal.\n- Een signaal\n  > Weinig klanten en toch open blijven kan een signaal zijn.\n\n"
        ));
    }
    let mut times = Vec::new();
    let mut blocks = 0;
    for _ in 0..15 {
        let start = Instant::now();
        let parsed = parse_module("inwoner/groot", &src);
        times.push(start.elapsed());
        blocks = parsed.value.body.len();
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics.first());
    }
    times.sort();
    println!(
        "  module with 500 question-sized sections ({} KB, {} blocks): median {:.2} ms, min {:.2} ms",
        src.len() / 1024,
        blocks,
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[0].as_secs_f64() * 1000.0
    );
}
