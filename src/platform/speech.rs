//! Read-aloud through the browser's speech synthesis (`speech.js`): which
//! elements of `<main>` are read and in what order is DOM work, so it lives
//! in a small script; this is its typed face for the app.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/platform/speech.js")]
extern "C" {
    #[wasm_bindgen(js_name = onReadState)]
    fn on_read_state(callback: &js_sys::Function);
    #[wasm_bindgen(js_name = readMain)]
    fn read_main();
    #[wasm_bindgen(js_name = pauseReading)]
    fn pause_reading();
    #[wasm_bindgen(js_name = resumeReading)]
    fn resume_reading();
    #[wasm_bindgen(js_name = stopReading)]
    fn stop_reading();
}

/// What the reader reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadState {
    /// Not reading (never started, stopped, or read to the end).
    Idle,
    /// Reading.
    Reading,
    /// Paused halfway.
    Paused,
    /// The device has no voice for the page's language.
    NoVoice,
    /// The browser has no speech synthesis at all.
    NoSpeech,
    /// The speech engine gave up.
    Failed,
}

/// Tells `on_change` every change of state, for as long as the page lives.
pub fn watch(on_change: impl Fn(ReadState) + 'static) {
    let callback = Closure::<dyn Fn(String)>::new(move |state: String| {
        on_change(match state.as_str() {
            "leest" => ReadState::Reading,
            "pauze" => ReadState::Paused,
            "geen-stem" => ReadState::NoVoice,
            "geen-spraak" => ReadState::NoSpeech,
            "fout" => ReadState::Failed,
            _ => ReadState::Idle,
        })
    });
    on_read_state(callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Reads `<main>` from the top.
pub fn start() {
    read_main();
}

/// Pauses where it is.
pub fn pause() {
    pause_reading();
}

/// Goes on after a pause.
pub fn resume() {
    resume_reading();
}

/// Stops and removes the mark.
pub fn stop() {
    stop_reading();
}
