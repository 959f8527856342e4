//! Weerbaar in the browser: install the panic screen, mount the app.

mod app;
mod platform;

use app::strings as s;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // With panic=abort the app cannot continue; never leave a blank or
        // frozen page behind. Progress was saved at the learner's last step.
        platform::dom::show_fatal_error(s::fatal_title(), s::fatal_text(), s::fatal_reload());
    }));
    // The UI language's catalogue, if the learner chose one, is read before
    // the first draw, so the app never flashes its Dutch words first.
    wasm_bindgen_futures::spawn_local(async {
        let failed = app::i18n::start().await;
        // The first draw in a task of its own: instantiating the wasm (plus
        // the browser's last compile step) and drawing the app together
        // took up to 211 ms at 4x slowdown, over issue 20's 200 ms.
        platform::next_task().await;
        platform::dom::remove_boot_message();
        leptos::mount::mount_to_body(move || app::App(app::AppProps { failed }));
    });
}
