//! Progress in localStorage, failing soft.
//!
//! On locked-down PCs touching `localStorage` throws `SecurityError`; a full
//! disk makes `setItem` throw `QuotaExceededError`; an old or damaged entry
//! may not decode. Each case becomes a [`StorageProblem`] the shell shows as a
//! notice while the app keeps working in memory. Unreadable data is copied to
//! a backup key before anything new is written, never deleted.

use weerbaar_core::progress::schema::{self, DecodeError};
use weerbaar_core::progress::ProgressDoc;

/// The key of the one progress document.
pub const KEY: &str = "weerbaar.voortgang";
/// Where unreadable progress is kept aside.
pub const BACKUP_KEY_PREFIX: &str = "weerbaar.voortgang.onleesbaar.";

/// Something the learner should know about their stored progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageProblem {
    /// Storage cannot be used at all; progress lives in memory only.
    Blocked,
    /// Saving failed for lack of space.
    Full,
    /// Stored progress was unreadable and has been kept aside.
    KeptAside,
    /// Stored progress comes from a newer version; we will not overwrite it.
    TooNew,
}

/// Set in sessionStorage while a "gedeelde computer" session runs: then
/// everything Weerbaar keeps goes to sessionStorage instead, so the
/// device's localStorage never holds a child's session, and ending the
/// session (or closing the tab) leaves nothing behind.
const SHARED_KEY: &str = "weerbaar.gedeeld";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn local() -> Option<web_sys::Storage> {
    // Both the getter and the call can throw (SecurityError); both are caught.
    web_sys::window()?.local_storage().ok().flatten()
}

/// Where Weerbaar keeps things right now.
fn storage() -> Option<web_sys::Storage> {
    if is_shared() {
        session()
    } else {
        local()
    }
}

/// True while a shared-computer session runs in this tab.
pub fn is_shared() -> bool {
    session().and_then(|s| s.get_item(SHARED_KEY).ok().flatten()).is_some()
}

/// Starts a shared-computer session in this tab. False when the browser
/// has no sessionStorage: the session then lives in memory only, which
/// keeps nothing either.
pub fn start_shared() -> bool {
    session().is_some_and(|s| s.set_item(SHARED_KEY, "1").is_ok())
}

/// Ends the shared session: removes every `weerbaar.` key from
/// sessionStorage, the marker included.
pub fn end_shared() {
    if let Some(s) = session() {
        remove_ours(&s);
    }
}

fn remove_ours(store: &web_sys::Storage) -> bool {
    let Ok(len) = store.length() else { return false };
    let keys: Vec<String> = (0..len).filter_map(|i| store.key(i).ok().flatten()).filter(|k| k.starts_with("weerbaar.")).collect();
    keys.iter().all(|key| store.remove_item(key).is_ok())
}

/// Loads progress. Always gives a document to work with, plus a problem to
/// report if there was one. `writable` is false when saving must not happen.
pub fn load() -> (ProgressDoc, Option<StorageProblem>, bool) {
    let Some(store) = storage() else {
        return (ProgressDoc::default(), Some(StorageProblem::Blocked), false);
    };
    let text = match store.get_item(KEY) {
        Ok(Some(text)) => text,
        Ok(None) => return (ProgressDoc::default(), None, true),
        Err(_) => return (ProgressDoc::default(), Some(StorageProblem::Blocked), false),
    };
    match schema::decode(&text) {
        Ok(doc) => (doc, None, true),
        Err(DecodeError::TooNew(_)) => (ProgressDoc::default(), Some(StorageProblem::TooNew), false),
        Err(DecodeError::Corrupt(_)) => {
            match keep_aside(&store, &text) {
                // Only once the copy is safe may the main key be reused.
                Ok(()) => (ProgressDoc::default(), Some(StorageProblem::KeptAside), true),
                Err(_) => (ProgressDoc::default(), Some(StorageProblem::Full), false),
            }
        }
    }
}

/// Saves progress without overwriting what another tab saved meanwhile: the
/// stored document is read and merged first (newest per module wins).
/// Returns what was written, which may hold more than `doc`. Errors are for
/// the notice; the in-memory copy stays.
pub fn save(doc: &ProgressDoc) -> Result<ProgressDoc, StorageProblem> {
    let store = storage().ok_or(StorageProblem::Blocked)?;
    let mut merged = doc.clone();
    let stored = store.get_item(KEY).ok().flatten();
    // Nothing to keep and nothing kept: write nothing (after "Wis mijn
    // gegevens" the device must stay empty).
    if merged.is_empty() && stored.is_none() {
        return Ok(merged);
    }
    if let Some(text) = stored {
        match schema::decode(&text) {
            Ok(stored) => {
                merged.merge(&stored);
            }
            // Never overwrite what this version cannot read.
            Err(DecodeError::TooNew(_)) => return Err(StorageProblem::TooNew),
            Err(DecodeError::Corrupt(_)) => keep_aside(&store, &text).map_err(|_| StorageProblem::Full)?,
        }
    }
    store.set_item(KEY, &schema::encode(&merged)).map_err(|_| StorageProblem::Full)?;
    Ok(merged)
}

/// Copies unreadable progress to a backup key, once: the same text is still
/// under the main key on every load until something new is saved, and a copy
/// per load would fill the storage until nothing could be saved at all.
fn keep_aside(store: &web_sys::Storage, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let len = store.length()?;
    let already = (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_KEY_PREFIX))
        .any(|k| store.get_item(&k).ok().flatten().as_deref() == Some(text));
    if already {
        return Ok(());
    }
    store.set_item(&format!("{BACKUP_KEY_PREFIX}{}", super::now()), text)
}

/// Reads the document another tab just wrote (from a `storage` event).
pub fn decode_foreign(text: &str) -> Option<ProgressDoc> {
    schema::decode(text).ok()
}

/// Removes everything Weerbaar keeps in localStorage, backups included.
pub fn clear_all() -> Result<(), StorageProblem> {
    let store = storage().ok_or(StorageProblem::Blocked)?;
    if remove_ours(&store) {
        Ok(())
    } else {
        Err(StorageProblem::Blocked)
    }
}

/// The name printed on certificates. It is stored only while the learner
/// has ticked "onthoud mijn naam op dit apparaat"; otherwise it lives in
/// the page and is gone when they leave it.
pub const NAME_KEY: &str = "weerbaar.naam";

/// The remembered name, if the learner asked for it to be kept.
pub fn remembered_name() -> Option<String> {
    storage()?.get_item(NAME_KEY).ok().flatten().filter(|n| !n.trim().is_empty())
}

/// Keeps `name` on this device (an empty name removes it).
pub fn remember_name(name: &str) -> Result<(), StorageProblem> {
    let store = storage().ok_or(StorageProblem::Blocked)?;
    if name.trim().is_empty() {
        return store.remove_item(NAME_KEY).map_err(|_| StorageProblem::Blocked);
    }
    store.set_item(NAME_KEY, name).map_err(|_| StorageProblem::Full)
}

/// Forgets the remembered name.
pub fn forget_name() {
    if let Some(store) = storage() {
        let _ = store.remove_item(NAME_KEY);
    }
}

/// The studio's draft: the Markdown a trainer is writing, kept so a reload
/// or a closed tab does not lose it.
pub const DRAFT_KEY: &str = "weerbaar.studio.concept";

/// The saved draft, if any.
pub fn draft() -> Option<String> {
    storage()?.get_item(DRAFT_KEY).ok().flatten()
}

/// Saves the draft; fails soft (the editor keeps working without it).
pub fn save_draft(text: &str) -> Result<(), StorageProblem> {
    storage().ok_or(StorageProblem::Blocked)?.set_item(DRAFT_KEY, text).map_err(|_| StorageProblem::Full)
}

/// The child's nickname and avatar.
pub const PLAYER_KEY: &str = "weerbaar.speler";

/// The stored player, if any and readable.
pub fn player() -> Option<weerbaar_core::progress::youth::Player> {
    let text = storage()?.get_item(PLAYER_KEY).ok().flatten()?;
    weerbaar_core::progress::youth::Player::decode(&text)
}

/// Keeps the player (or forgets it with `None`). Fails soft: the game
/// goes on in memory.
pub fn save_player(player: Option<&weerbaar_core::progress::youth::Player>) -> Result<(), StorageProblem> {
    let store = storage().ok_or(StorageProblem::Blocked)?;
    match player {
        Some(p) => store.set_item(PLAYER_KEY, &p.encode()).map_err(|_| StorageProblem::Full),
        None => store.remove_item(PLAYER_KEY).map_err(|_| StorageProblem::Blocked),
    }
}

/// The reading aid (larger text, wider letter and word spacing), kept
/// where the rest is kept (a shared session forgets it with the rest).
pub const READING_AID_KEY: &str = "weerbaar.leeshulp";

/// Whether the learner turned the reading aid on.
pub fn reading_aid() -> bool {
    storage().and_then(|s| s.get_item(READING_AID_KEY).ok().flatten()).is_some()
}

/// Keeps the reading aid on or off. Fails soft: it still applies to this page.
pub fn save_reading_aid(on: bool) -> Result<(), StorageProblem> {
    let store = storage().ok_or(StorageProblem::Blocked)?;
    if on {
        store.set_item(READING_AID_KEY, "aan").map_err(|_| StorageProblem::Full)
    } else {
        store.remove_item(READING_AID_KEY).map_err(|_| StorageProblem::Blocked)
    }
}

/// The learner's read-aloud choice: "aan" or "uit"; absent until they
/// choose (then the youth track reads aloud and the rest does not).
pub const READ_ALOUD_KEY: &str = "weerbaar.voorlezen";

/// The learner's read-aloud choice, if they made one.
pub fn read_aloud_choice() -> Option<bool> {
    match storage()?.get_item(READ_ALOUD_KEY).ok().flatten()?.as_str() {
        "aan" => Some(true),
        "uit" => Some(false),
        _ => None,
    }
}

/// Keeps the read-aloud choice. Fails soft: it still applies to this page.
pub fn save_read_aloud_choice(on: bool) -> Result<(), StorageProblem> {
    storage().ok_or(StorageProblem::Blocked)?.set_item(READ_ALOUD_KEY, if on { "aan" } else { "uit" }).map_err(|_| StorageProblem::Full)
}

/// A group measurement under way (its CSV and where the trainer is), so a
/// reload halfway through a session loses no counts. Counts only: no names.
pub const MEASUREMENT_KEY: &str = "weerbaar.meting.sessie";

/// The group measurement under way, if any.
pub fn measurement_session() -> Option<String> {
    storage()?.get_item(MEASUREMENT_KEY).ok().flatten()
}

/// Keeps (or with `None` forgets) the group measurement under way.
pub fn save_measurement_session(text: Option<&str>) -> Result<(), StorageProblem> {
    let store = storage().ok_or(StorageProblem::Blocked)?;
    match text {
        Some(t) => store.set_item(MEASUREMENT_KEY, t).map_err(|_| StorageProblem::Full),
        None => store.remove_item(MEASUREMENT_KEY).map_err(|_| StorageProblem::Blocked),
    }
}

/// The language the learner reads modules in: `nl`, `en` or `pl`
/// (`weerbaar.taal`). Kept where the rest is kept, so a shared session
/// forgets it with the rest.
pub const LANGUAGE_KEY: &str = "weerbaar.taal";

/// The remembered content language, if any (blocked storage: none).
pub fn content_language() -> Option<String> {
    storage()?.get_item(LANGUAGE_KEY).ok().flatten()
}

/// Keeps the content language. Fails soft: the choice still holds on this page.
pub fn save_content_language(code: &str) -> Result<(), StorageProblem> {
    storage().ok_or(StorageProblem::Blocked)?.set_item(LANGUAGE_KEY, code).map_err(|_| StorageProblem::Full)
}

/// The language of the app's own words when it is not Dutch
/// (`weerbaar.ui-taal`, e.g. `en`). Apart from the content language: a
/// learner may read the app in English and a module in Polish.
pub const UI_LANGUAGE_KEY: &str = "weerbaar.ui-taal";

/// The remembered UI language, if any (blocked storage: none, so Dutch).
pub fn ui_language() -> Option<String> {
    storage()?.get_item(UI_LANGUAGE_KEY).ok().flatten()
}

/// Keeps the UI language (`None`: Dutch). Fails soft: the choice still
/// holds until the page is closed.
pub fn save_ui_language(code: Option<&str>) -> Result<(), StorageProblem> {
    let store = storage().ok_or(StorageProblem::Blocked)?;
    match code {
        Some(c) => store.set_item(UI_LANGUAGE_KEY, c).map_err(|_| StorageProblem::Full),
        None => store.remove_item(UI_LANGUAGE_KEY).map_err(|_| StorageProblem::Blocked),
    }
}
