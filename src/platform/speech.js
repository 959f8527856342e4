// Read-aloud with the browser's own speech synthesis: reads what <main>
// shows, in document order, one element at a time, and marks the element
// being read. Nothing leaves the device: only voices the device has
// itself (localService) are used.
//
// What is read: headings, paragraphs, list items, legends, labels, table
// cells and captions that are visible, innermost only (a label that holds a
// paragraph is read once), never the read-aloud bar itself, buttons or
// links back to where the learner came from. Each element is read in its own
// language (the nearest lang attribute: a translated module's player has
// one), with a device voice for that language when there is one.

const READABLE = 'h1, h2, h3, h4, p, li, legend, label, dt, dd, th, td, figcaption, summary';
const NOW = 'read-aloud-now';

let queue = [];
let current = null;
// What is being read: the element, kept by reference because once a new
// page has replaced it it can no longer be found in the document, with its
// text as it was when reading started, because a new page may also reuse
// the element with new text (a mission step's "Stap 1 van 4").
let reading = null;
let onState = () => {};
let generation = 0;

// A new page inside a module (a lesson page, a mission step) replaces what
// is being read without a change of route: reading stops with it.
const changed = (item) => item?.el && (!item.el.isConnected || item.el.innerText !== item.source);
const gone = new MutationObserver(() => {
  if (current && [reading, ...queue].some(changed)) stopReading();
});

function visible(el) {
  // Ways off the page ("Terug naar ...") and the choice of another
  // language for a module are not the page's text.
  if (el.closest('[aria-hidden="true"], [hidden], .read-aloud, .visually-hidden, nav, .back-link, .language-choice')) return false;
  const closed = el.closest('details:not([open])');
  if (closed && !el.closest('summary')) return false;
  return el.getClientRects().length > 0;
}

/** The readable elements of <main> in order, innermost only. */
function readable(root) {
  const all = [...root.querySelectorAll(READABLE)].filter(visible);
  return all.filter((el) => !all.some((other) => other !== el && el.contains(other))).filter((el) => el.innerText.trim() !== '');
}

/** Long text in sentences: some engines stop an utterance after ~15 s. */
function sentences(text) {
  const parts = text.replace(/\s+/g, ' ').trim().match(/[^.!?]+[.!?]*\s*/g) ?? [];
  const out = [];
  for (const p of parts) {
    if (out.length && out[out.length - 1].length + p.length < 200) out[out.length - 1] += p;
    else out.push(p);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

function mark(el) {
  document.querySelectorAll(`.${NOW}`).forEach((e) => e.classList.remove(NOW));
  if (el) {
    el.classList.add(NOW);
    el.scrollIntoView({ block: 'nearest' });
  }
}

function next(run) {
  if (run !== generation) return;
  const item = queue.shift();
  if (!item) {
    gone.disconnect();
    mark(null);
    current = null;
    reading = null;
    onState('klaar');
    return;
  }
  mark(item.el);
  reading = item;
  const u = new SpeechSynthesisUtterance(item.text);
  u.lang = item.lang;
  if (item.voice) u.voice = item.voice;
  u.onend = () => next(run);
  u.onerror = (e) => {
    // "interrupted" and "canceled" are our own stop or a new start.
    if (run !== generation) return;
    if (e.error === 'interrupted' || e.error === 'canceled') return;
    stopReading();
    onState('fout');
  };
  current = u;
  speechSynthesis.speak(u);
}

function voices() {
  return new Promise((resolve) => {
    const now = speechSynthesis.getVoices();
    if (now.length) return resolve(now);
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}

/** Registers the callback told 'leest', 'pauze', 'klaar', 'geen-stem', 'geen-spraak' or 'fout'. */
export function onReadState(callback) {
  onState = callback;
}

/** Starts reading <main> from the top in the page's language. */
export async function readMain() {
  stopReading();
  const run = generation;
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return onState('geen-spraak');
  const lang = document.documentElement.lang || 'nl';
  const all = await voices();
  if (run !== generation) return;
  const base = lang.split('-')[0].toLowerCase();
  // Only a voice on the device: a network voice (Chrome's "Google ...")
  // would send the page's text to a server.
  const voice = all.find((v) => v.localService && v.lang.toLowerCase().startsWith(base));
  if (!voice) return onState('geen-stem');
  const main = document.querySelector('main');
  // A part in another language (a translated module has lang="en" on its
  // player) gets a device voice for that language when there is one.
  const voiceFor = (l) => all.find((v) => v.localService && v.lang.toLowerCase().startsWith(l.split('-')[0].toLowerCase())) ?? voice;
  queue = readable(main).flatMap((el) => {
    const own = el.closest('[lang]')?.lang || lang;
    const ownVoice = voiceFor(own);
    const source = el.innerText;
    return sentences(source).map((text) => ({ el, source, text, lang: own, voice: ownVoice }));
  });
  onState('leest');
  gone.observe(main, { childList: true, subtree: true });
  next(run);
}

export function pauseReading() {
  if (!current) return;
  speechSynthesis.pause();
  onState('pauze');
}

export function resumeReading() {
  if (!current) return;
  speechSynthesis.resume();
  onState('leest');
}

/** Stops at once and removes the mark (also on every change of page). */
export function stopReading() {
  generation += 1;
  queue = [];
  current = null;
  reading = null;
  gone.disconnect();
  if ('speechSynthesis' in window) speechSynthesis.cancel();
  mark(null);
  onState('klaar');
}
