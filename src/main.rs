//! Weerbaar in the browser: install the panic screen, mount the app.

mod app;
mod platform;

use app::strings as s;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // With panic=abort the app cannot continue; never leave a blank or
        // frozen page behind. Progress was saved at the learner's last step.
        platform::dom::show_fatal_error(s::FATAL_TITLE, s::FATAL_TEXT, s::FATAL_RELOAD);
    }));
    platform::dom::remove_boot_message();
    leptos::mount::mount_to_body(app::App);
}
