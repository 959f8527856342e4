//! The SCORM runtime of a learning management system (LMS), when Weerbaar
//! runs inside one: the `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004)
//! object that the LMS puts on a window around the page.
//!
//! Found the standard way (ADL's search): this window and its parents, then
//! the window that opened this one and its parents, a bounded number of
//! steps each. A parent on another origin cannot be read; that is not an
//! error, just no LMS there. Every call is guarded: an LMS object that
//! throws, or is not what it claims, gives an error code, never a panic.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use weerbaar_core::lms::Version;

/// How many windows up the search goes: ADL's own wrapper stops at 7;
/// real LMS frame sets are 2 or 3 deep.
const MAX_STEPS: usize = 10;

/// An LMS's runtime object.
pub struct Api {
    object: JsValue,
    /// Which SCORM version it speaks.
    pub version: Version,
}

/// Why a call failed: the LMS's error code ("101", "143", ...), or "-" when
/// the LMS object itself misbehaved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LmsError(pub String);

/// The LMS around this page, if there is one.
pub fn find() -> Option<Api> {
    let window = web_sys::window()?;
    if let Some(api) = search(window.clone()) {
        return Some(api);
    }
    let opener = window.opener().ok().filter(|o| !o.is_null() && !o.is_undefined())?;
    search(opener.unchecked_into())
}

/// This window and its parents, nearest first.
fn search(mut w: web_sys::Window) -> Option<Api> {
    for _ in 0..MAX_STEPS {
        if let Some(api) = api_on(&w) {
            return Some(api);
        }
        let parent = w.parent().ok().flatten()?;
        // The top window is its own parent.
        if Object::is(&parent, &w) {
            return None;
        }
        w = parent;
    }
    None
}

/// The newer API first: an LMS that offers both launched a 2004 package.
fn api_on(w: &web_sys::Window) -> Option<Api> {
    for (name, version) in [("API_1484_11", Version::Scorm2004), ("API", Version::Scorm12)] {
        // Reading a property of a window on another origin throws.
        if let Ok(object) = Reflect::get(w, &JsValue::from_str(name)) {
            if object.is_object() {
                return Some(Api { object, version });
            }
        }
    }
    None
}

impl Api {
    fn name(&self, call: Call) -> &'static str {
        match (self.version, call) {
            (Version::Scorm12, Call::Initialize) => "LMSInitialize",
            (Version::Scorm12, Call::Finish) => "LMSFinish",
            (Version::Scorm12, Call::GetValue) => "LMSGetValue",
            (Version::Scorm12, Call::SetValue) => "LMSSetValue",
            (Version::Scorm12, Call::Commit) => "LMSCommit",
            (Version::Scorm12, Call::LastError) => "LMSGetLastError",
            (Version::Scorm2004, Call::Initialize) => "Initialize",
            (Version::Scorm2004, Call::Finish) => "Terminate",
            (Version::Scorm2004, Call::GetValue) => "GetValue",
            (Version::Scorm2004, Call::SetValue) => "SetValue",
            (Version::Scorm2004, Call::Commit) => "Commit",
            (Version::Scorm2004, Call::LastError) => "GetLastError",
        }
    }

    /// Calls `call` with string arguments; the answer as text, or `None`
    /// when the function is missing or throws.
    fn call(&self, call: Call, args: &[&str]) -> Option<String> {
        let f = Reflect::get(&self.object, &JsValue::from_str(self.name(call))).ok()?.dyn_into::<Function>().ok()?;
        let args: Array = args.iter().map(|a| JsValue::from_str(a)).collect();
        let answer = Reflect::apply(&f, &self.object, &args).ok()?;
        Some(
            answer
                .as_string()
                .or_else(|| answer.as_bool().map(|b| b.to_string()))
                .or_else(|| answer.as_f64().map(|n| n.to_string()))
                .unwrap_or_default(),
        )
    }

    /// A call that answers "true" on success; otherwise the LMS's last error.
    fn check(&self, call: Call, args: &[&str]) -> Result<(), LmsError> {
        match self.call(call, args) {
            Some(answer) if answer == "true" => Ok(()),
            Some(_) => Err(LmsError(self.call(Call::LastError, &[]).filter(|c| !c.is_empty()).unwrap_or_else(|| "-".into()))),
            None => Err(LmsError("-".into())),
        }
    }

    /// Starts the session.
    pub fn initialize(&self) -> Result<(), LmsError> {
        self.check(Call::Initialize, &[""])
    }

    /// Reads an element; empty when the LMS has no value (or refuses).
    pub fn get(&self, element: &str) -> String {
        self.call(Call::GetValue, &[element]).unwrap_or_default()
    }

    /// Sets an element.
    pub fn set(&self, element: &str, value: &str) -> Result<(), LmsError> {
        self.check(Call::SetValue, &[element, value])
    }

    /// Asks the LMS to store what was set.
    pub fn commit(&self) -> Result<(), LmsError> {
        self.check(Call::Commit, &[""])
    }

    /// Ends the session.
    pub fn finish(&self) -> Result<(), LmsError> {
        self.check(Call::Finish, &[""])
    }
}

#[derive(Clone, Copy)]
enum Call {
    Initialize,
    Finish,
    GetValue,
    SetValue,
    Commit,
    LastError,
}

/// Runs `f` when the page goes away (closed, reloaded, or the LMS removes
/// its frame): the moment to report the session time and finish.
pub fn on_leave(f: impl Fn() + 'static) -> leptos::prelude::WindowListenerHandle {
    leptos::prelude::window_event_listener(leptos::ev::pagehide, move |_| f())
}
