//! The SCORM runtime of a learning management system (LMS), when Weerbaar
//! runs inside one: the `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004)
//! object that the LMS puts on a window around the page.
//!
//! Found the standard way (ADL's search): this window and its parents, then
//! the window that opened this one and its parents, a bounded number of
//! steps each. A parent on another origin cannot be read; that is not an
//! error, just no LMS there. Every call is guarded: an LMS object that
//! throws, or is not what it claims, gives an error code, never a panic.

use js_sys::{Function, Reflect};
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
///
/// Windows are read through `Reflect` (`parent`, `opener`, the API), with
/// no equality test: a top window is its own parent, so the search just
/// looks at it again until the steps run out. Each browser API used here
/// is another import in the JavaScript glue every visitor loads, so the
/// fewest are used.
pub fn find() -> Option<Api> {
    let window: JsValue = web_sys::window()?.into();
    search(window.clone()).or_else(|| search(property(&window, "opener")?))
}

/// A property of a JavaScript object, if it is an object.
fn property(object: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(object, &JsValue::from_str(name)).ok().filter(JsValue::is_object)
}

/// This window and its parents, nearest first.
fn search(mut w: JsValue) -> Option<Api> {
    for _ in 0..MAX_STEPS {
        if let Some(api) = api_on(&w) {
            return Some(api);
        }
        w = property(&w, "parent")?;
    }
    None
}

/// The newer API first: an LMS that offers both launched a 2004 package.
fn api_on(w: &JsValue) -> Option<Api> {
    // Reading a property of a window on another origin throws: no LMS there.
    [("API_1484_11", Version::Scorm2004), ("API", Version::Scorm12)]
        .into_iter()
        .find_map(|(name, version)| property(w, name).map(|object| Api { object, version }))
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

    /// Calls `call` with one or two string arguments (every SCORM call has
    /// at most two; the functions without one ignore it); the answer as
    /// text, or `None` when the function is missing or throws.
    fn call(&self, call: Call, first: &str, second: Option<&str>) -> Option<String> {
        let f = Reflect::get(&self.object, &JsValue::from_str(self.name(call))).ok().filter(JsValue::is_function)?.unchecked_into::<Function>();
        let first = JsValue::from_str(first);
        let answer = match second {
            None => f.call1(&self.object, &first),
            Some(second) => f.call2(&self.object, &first, &JsValue::from_str(second)),
        }
        .ok()?;
        // Some LMSs answer with a boolean or a number (an error code) instead
        // of a string. Numbers as integers: float formatting would add
        // kilobytes of wasm for an error code.
        Some(
            answer
                .as_string()
                .or_else(|| answer.as_bool().map(|b| b.to_string()))
                .or_else(|| answer.as_f64().map(|n| (n as i64).to_string()))
                .unwrap_or_default(),
        )
    }

    /// A call that answers "true" on success; otherwise the LMS's last error.
    fn check(&self, call: Call, first: &str, second: Option<&str>) -> Result<(), LmsError> {
        match self.call(call, first, second) {
            Some(answer) if answer == "true" => Ok(()),
            Some(_) => Err(LmsError(self.call(Call::LastError, "", None).filter(|c| !c.is_empty()).unwrap_or_else(|| "-".into()))),
            None => Err(LmsError("-".into())),
        }
    }

    /// Starts the session.
    pub fn initialize(&self) -> Result<(), LmsError> {
        self.check(Call::Initialize, "", None)
    }

    /// Reads an element; empty when the LMS has no value (or refuses).
    pub fn get(&self, element: &str) -> String {
        self.call(Call::GetValue, element, None).unwrap_or_default()
    }

    /// Sets an element.
    pub fn set(&self, element: &str, value: &str) -> Result<(), LmsError> {
        self.check(Call::SetValue, element, Some(value))
    }

    /// Asks the LMS to store what was set.
    pub fn commit(&self) -> Result<(), LmsError> {
        self.check(Call::Commit, "", None)
    }

    /// Ends the session.
    pub fn finish(&self) -> Result<(), LmsError> {
        self.check(Call::Finish, "", None)
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
