// The measurements run on every sampled page state (see wcag.mjs). Each
// returns plain data: what was found, with the element and the numbers.
import { BACKGROUND, CONTRAST, DESCRIBE, INTERACTIVE, TEXT_SPACING_CSS, addCss, removeCss, settle } from './lib.mjs';

/**
 * Keyboard walk (2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11, 1.4.11 for the focus
 * ring, 3.2.1): Tab from the top of the page through one full cycle. For
 * each stop: the element, whether a focus indicator is drawn (outline or
 * box-shadow), its colour's contrast against the background behind the
 * element, and whether a fixed or sticky element covers it entirely (2.4.11)
 * or in part (2.4.12, AAA, noted only). Afterwards: operable elements the
 * walk never reached, and whether the URL changed on focus alone.
 */
export async function keyboardWalk(page, { max = 250 } = {}) {
  const url = page.url();
  // Start before the first element: focus the document start.
  await page.evaluate(() => {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
    const s = document.createElement('span');
    s.tabIndex = -1;
    s.id = '__audit_start';
    document.body.prepend(s);
    s.focus();
  });
  const stops = [];
  let first = null;
  let same = 0;
  let trap = null;
  let prev = null;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      ([describe, contrast, background]) => {
        const d = eval(describe);
        const cr = eval(contrast);
        const bg = eval(background);
        const focused = document.activeElement;
        if (!focused || focused === document.body || focused.id === '__audit_start') return { body: true };
        if (!focused.dataset.auditId) focused.dataset.auditId = String(Math.random()).slice(2, 10);
        // A visually hidden input (custom radio, 1 px) shows its focus on its label.
        const fr = focused.getBoundingClientRect();
        const el = (fr.width <= 2 || fr.height <= 2) && focused.labels?.length ? focused.labels[0] : focused;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
        const shadow = cs.boxShadow !== 'none';
        const back = bg(el.parentElement || el);
        // The ring may be two layers (GOV.UK: yellow outline over a dark
        // shadow); the layer with the best contrast to the background counts.
        const layers = [...(outline ? [cs.outlineColor] : []), ...(shadow ? cs.boxShadow.split(/,(?![^(]*\))/).filter((l) => !/inset/.test(l) && /\b0px 0px 0px [1-9]/.test(l.replace(/rgba?\([^)]*\)/, '').trim() ? l.replace(/rgba?\([^)]*\)/, '').trim() : '')).map((l) => (l.match(/rgba?\([^)]*\)/) || [''])[0]) : [])].filter(Boolean);
        const ringContrast = layers.length ? Math.max(...layers.map((c) => cr(c, back))) : 0;
        // Fixed or sticky boxes (not the element's own ancestors) over it.
        const vw = innerWidth;
        const vh = innerHeight;
        const vis = { l: Math.max(r.left, 0), t: Math.max(r.top, 0), r: Math.min(r.right, vw), b: Math.min(r.bottom, vh) };
        const area = Math.max(0, vis.r - vis.l) * Math.max(0, vis.b - vis.t);
        let covered = 0;
        const covers = [];
        for (const o of document.querySelectorAll('body *')) {
          const p = getComputedStyle(o).position;
          if ((p !== 'fixed' && p !== 'sticky') || o.contains(el) || el.contains(o)) continue;
          const q = o.getBoundingClientRect();
          if (q.width === 0 || q.height === 0) continue;
          const w = Math.max(0, Math.min(vis.r, q.right) - Math.max(vis.l, q.left));
          const h = Math.max(0, Math.min(vis.b, q.bottom) - Math.max(vis.t, q.top));
          if (w * h > 0) {
            covered = Math.max(covered, w * h);
            covers.push(d(o));
          }
        }
        return {
          id: focused.dataset.auditId,
          el: d(focused) + (el !== focused ? ' via ' + d(el) : ''),
          rect: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)],
          indicator: outline ? `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} offset ${cs.outlineOffset}` : shadow ? `box-shadow ${cs.boxShadow}` : 'none',
          ringContrast,
          inView: area > 0,
          obscured: area > 0 && covered > 0 && covered >= area - 1 ? 'entirely' : covered > 0 ? 'partly' : 'no',
          covers,
        };
      },
      [DESCRIBE, CONTRAST, BACKGROUND],
    );
    if (stop.body) {
      if (stops.length) break; // left the document: the cycle is complete
      continue;
    }
    if (first === null) first = stop.id;
    else if (stop.id === first) break;
    if (prev === stop.id) {
      same++;
      if (same >= 3) {
        trap = stop.el;
        break;
      }
    } else same = 0;
    prev = stop.id;
    stops.push(stop);
  }
  // Shift+Tab goes back (no one-way trap).
  let back = null;
  if (stops.length > 2) {
    await page.keyboard.press('Shift+Tab');
    back = await page.evaluate((d) => eval(d)(document.activeElement), DESCRIBE);
  }
  const reached = new Set(stops.map((s) => s.id));
  const unreached = await page.evaluate(
    ([interactive, describe, reached]) => {
      const d = eval(describe);
      const seenRadio = new Set();
      const out = [];
      const els = eval(interactive)();
      // Radios: a group is one stop; it counts as reached if any member was.
      const groups = new Map();
      for (const el of els) if (el.type === 'radio' && el.name) groups.set(el.name, (groups.get(el.name) || false) || reached.includes(el.dataset.auditId));
      for (const el of els) {
        if (el.disabled) continue;
        if (el.type === 'radio' && el.name) {
          if (seenRadio.has(el.name)) continue;
          seenRadio.add(el.name);
          if (!groups.get(el.name)) out.push(d(el) + ' (radio group ' + el.name + ')');
          continue;
        }
        if (!reached.includes(el.dataset.auditId)) {
          // Inputs hidden visually but still tabbable are reached by id.
          out.push(d(el));
        }
      }
      return out;
    },
    [INTERACTIVE, DESCRIBE, [...reached]],
  );
  await page.evaluate(() => document.getElementById('__audit_start')?.remove());
  return {
    stops: stops.length,
    order: stops.map((s) => s.el),
    noIndicator: stops.filter((s) => s.indicator === 'none').map((s) => s.el),
    lowRingContrast: stops.filter((s) => s.indicator !== 'none' && s.ringContrast < 3).map((s) => `${s.el}: ${s.indicator} best contrast ${s.ringContrast}:1`),
    obscuredEntirely: stops.filter((s) => s.obscured === 'entirely').map((s) => `${s.el} under ${s.covers.join(', ')}`),
    obscuredPartly: stops.filter((s) => s.obscured === 'partly').map((s) => `${s.el} under ${s.covers.join(', ')}`),
    notInView: stops.filter((s) => !s.inView).map((s) => s.el),
    indicators: [...new Set(stops.map((s) => s.indicator))],
    trap,
    shiftTabBack: back,
    unreached,
    urlChangedOnFocus: page.url() !== url,
  };
}

/**
 * Target size (2.5.8): every operable element's box; under 24 by 24 CSS px
 * it passes only by an exception. Checked here: inline links in a sentence,
 * and spacing (a 24 px circle around each small target's centre touches no
 * other target). A radio or checkbox counts together with its label, which
 * the browser makes part of the same target.
 */
export async function targetSizes(page) {
  return page.evaluate(
    ([interactive, describe]) => {
      const d = eval(describe);
      const els = eval(interactive)();
      const box = (el) => {
        let r = el.getBoundingClientRect();
        if ((el.type === 'radio' || el.type === 'checkbox') && el.labels?.length) {
          for (const l of el.labels) {
            const q = l.getBoundingClientRect();
            if (q.width && q.height) r = { left: Math.min(r.left, q.left), top: Math.min(r.top, q.top), right: Math.max(r.right, q.right), bottom: Math.max(r.bottom, q.bottom) };
          }
          r = { ...r, width: r.right - r.left, height: r.bottom - r.top };
        }
        return r;
      };
      const all = els.map((el) => ({ el, r: box(el) }));
      const small = [];
      let smallest = null;
      for (const { el, r } of all) {
        const w = Math.round(r.width * 10) / 10;
        const h = Math.round(r.height * 10) / 10;
        if (!smallest || Math.min(w, h) < smallest.min) smallest = { el: d(el), min: Math.min(w, h), size: `${w}x${h}` };
        if (w >= 24 && h >= 24) continue;
        // Inline exception: a link inside running text.
        const parent = el.parentElement;
        const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline' && parent && [...parent.childNodes].some((n) => n !== el && n.nodeType === 3 && n.textContent.trim());
        // Spacing exception: 24 px circle around the centre hits no other target box.
        const cx = (r.left + r.right) / 2;
        const cy = (r.top + r.bottom) / 2;
        const clash = all.filter(({ el: o, r: q }) => {
          if (o === el || o.contains(el) || el.contains(o)) return false;
          const nx = Math.max(q.left, Math.min(cx, q.right));
          const ny = Math.max(q.top, Math.min(cy, q.bottom));
          return Math.hypot(nx - cx, ny - cy) < 12;
        });
        small.push({ el: d(el), size: `${w}x${h}`, exception: inline ? 'inline' : clash.length === 0 ? 'spacing' : null, clashesWith: clash.map((c) => d(c.el)).slice(0, 3) });
      }
      return { count: all.length, smallest, fail: small.filter((s) => !s.exception), passByException: small.filter((s) => s.exception) };
    },
    [INTERACTIVE, DESCRIBE],
  );
}

/**
 * Reflow (1.4.10) and resize (1.4.4): the viewport of a 1280 px window at
 * 200 % (640 x 512) and 400 % (320 x 256). Reports sideways scrolling of the
 * page, boxes sticking out of the viewport that are not inside a scrollable
 * area, and text cut off by `overflow: hidden`.
 */
export async function overflowAt(page, width, height) {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height });
  await settle(page);
  await page.waitForTimeout(100);
  const r = await page.evaluate((describe) => {
    const d = eval(describe);
    const vw = document.documentElement.clientWidth;
    const pageOverflow = document.documentElement.scrollWidth - vw;
    const out = [];
    const scrollers = [];
    const clipped = [];
    for (const el of document.querySelectorAll('body *')) {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') continue;
      const rr = el.getBoundingClientRect();
      if (rr.width === 0 || rr.height === 0) continue;
      // Visually hidden helper text (clip / 1px) is not shown content.
      if (rr.width <= 1 || rr.height <= 1 || cs.clipPath === 'inset(50%)' || cs.clip !== 'auto') continue;
      let inScroller = null;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const ps = getComputedStyle(p);
        if (/(auto|scroll)/.test(ps.overflowX) && p.scrollWidth > p.clientWidth) {
          inScroller = p;
          break;
        }
      }
      if (/(auto|scroll)/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1 && el !== document.documentElement) scrollers.push(`${d(el)} (${el.scrollWidth} in ${el.clientWidth})`);
      if (!inScroller && rr.right > vw + 1 && el.closest('main, header, footer, nav, [role=region], body')) out.push(`${d(el)} right edge ${Math.round(rr.right)} > ${vw}`);
      if ((cs.overflow.includes('hidden') || cs.overflow.includes('clip') || cs.textOverflow === 'ellipsis') && el.innerText?.trim() && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
        clipped.push(`${d(el)} (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`);
    }
    return { pageOverflow, outside: out.slice(0, 15), scrollers: [...new Set(scrollers)].slice(0, 10), clipped: clipped.slice(0, 10) };
  }, `(${DESCRIBE_FN})`);
  if (before) await page.setViewportSize(before);
  await settle(page);
  return r;
}
const DESCRIBE_FN = DESCRIBE;

/** Text spacing (1.4.12) at full width and at 320 px. */
export async function textSpacing(page) {
  await addCss(page, TEXT_SPACING_CSS);
  const applied = await page.evaluate(() => {
    const p = document.querySelector('main p') || document.querySelector('main');
    const cs = getComputedStyle(p);
    return { letter: (parseFloat(cs.letterSpacing) / parseFloat(cs.fontSize)).toFixed(3), word: (parseFloat(cs.wordSpacing) / parseFloat(cs.fontSize)).toFixed(3), line: (parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)).toFixed(2) };
  });
  const wide = await overflowAt(page, 1280, 800);
  const narrow = await overflowAt(page, 320, 640);
  await removeCss(page);
  return { applied, wide, narrow };
}

/**
 * Forced colours (1.4.11, 2.4.7 in Windows contrast themes): the keyboard
 * walk again with `forced-colors: active`, and whether pressed/checked/current
 * states still differ from their unpressed siblings in something other than
 * colour (border width, outline, text decoration, font weight, a marker).
 */
export async function forcedColours(page) {
  await page.emulateMedia({ forcedColors: 'active' });
  await settle(page);
  const walk = await keyboardWalk(page);
  const states = await page.evaluate((describe) => {
    const d = eval(describe);
    const look = (el) => {
      const cs = getComputedStyle(el);
      const b = getComputedStyle(el, '::before').content;
      const a = getComputedStyle(el, '::after').content;
      return [cs.borderTopWidth, cs.borderTopStyle, cs.outlineStyle, cs.outlineWidth, cs.textDecorationLine + " " + cs.textDecorationThickness, cs.fontWeight, b, a, el.innerText].join('|');
    };
    const out = [];
    for (const el of document.querySelectorAll('[aria-pressed="true"], [aria-current]:not([aria-current="false"]), [aria-selected="true"]')) {
      const attr = el.hasAttribute('aria-pressed') ? 'aria-pressed' : el.hasAttribute('aria-current') ? 'aria-current' : 'aria-selected';
      const sib = [...(el.parentElement?.parentElement?.querySelectorAll(el.tagName) || [])].find((o) => o !== el && o.className === el.className && !['true', 'page', 'step', 'location'].includes(o.getAttribute(attr)));
      if (!sib) {
        out.push({ el: d(el), state: attr, distinct: 'no sibling to compare' });
        continue;
      }
      const same = look(el).split('|').slice(0, 8).join('|') === look(sib).split('|').slice(0, 8).join('|');
      out.push({ el: d(el), state: attr, distinct: same ? 'ONLY BY COLOUR (lost in forced colours)' : 'yes' });
    }
    const bgImages = [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).backgroundImage !== 'none' && !el.innerText?.trim()).map(d).slice(0, 5);
    return { states: out, backgroundImagesWithoutText: bgImages };
  }, `(${DESCRIBE})`);
  await page.emulateMedia({ forcedColors: 'none' });
  await settle(page);
  return { noIndicator: walk.noIndicator, indicators: walk.indicators, stops: walk.stops, ...states };
}

/**
 * Motion (2.3.3 AAA, and 2.2.2 for anything moving): animations and
 * transitions running on the page, without and with `prefers-reduced-motion`.
 */
export async function motion(page) {
  const scan = () =>
    page.evaluate((describe) => {
      const d = eval(describe);
      const out = [];
      for (const el of document.querySelectorAll('*')) {
        const cs = getComputedStyle(el);
        const anim = cs.animationName !== 'none' && parseFloat(cs.animationDuration) > 0;
        const trans = cs.transitionProperty !== 'all' || parseFloat(cs.transitionDuration) > 0 ? parseFloat(cs.transitionDuration) > 0 : false;
        if (anim) out.push(`${d(el)}: animation ${cs.animationName} ${cs.animationDuration} x${cs.animationIterationCount}`);
        if (trans) out.push(`${d(el)}: transition ${cs.transitionProperty} ${cs.transitionDuration}`);
      }
      return { moving: out.slice(0, 10), running: document.getAnimations().length, smoothScroll: getComputedStyle(document.documentElement).scrollBehavior };
    }, `(${DESCRIBE})`);
  const normal = await scan();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await settle(page);
  const reduced = await scan();
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  return { normal, reduced };
}

/**
 * Names and roles from Chromium's accessibility tree (1.1.1, 1.3.1, 2.4.6,
 * 2.5.3, 4.1.2): operable nodes without a name, and visible labels that are
 * not part of the accessible name (2.5.3). Also the ARIA snapshot of <main>
 * as the evidence a screen reader would get.
 */
export async function names(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const OPERABLE = new Set(['button', 'link', 'checkbox', 'radio', 'textbox', 'combobox', 'switch', 'tab', 'menuitem', 'slider', 'spinbutton', 'searchbox', 'listbox', 'option', 'disclosureTriangle', 'DisclosureTriangle']);
  const unnamed = [];
  const labelNotInName = [];
  const roles = {};
  for (const n of nodes) {
    if (n.ignored) continue;
    const role = n.role?.value;
    if (!OPERABLE.has(role)) continue;
    roles[role] = (roles[role] || 0) + 1;
    const name = (n.name?.value || '').trim();
    let text = '';
    if (n.backendDOMNodeId) {
      try {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId });
        const res = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: `function () { const el = this.type === 'radio' || this.type === 'checkbox' ? (this.labels && this.labels[0]) || this : this; return (el.innerText || '').trim().replace(/\\s+/g, ' '); }`,
          returnByValue: true,
        });
        text = res.result.value || '';
      } catch {}
    }
    if (!name) unnamed.push(`${role} (visible text "${text.slice(0, 40)}")`);
    const norm = (s) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();
    if (name && text && (role === 'button' || role === 'link') && !norm(name).includes(norm(text).slice(0, 40))) labelNotInName.push(`${role} "${name.slice(0, 60)}" shows "${text.slice(0, 60)}"`);
  }
  await cdp.detach();
  const snapshot = await page.locator('main').ariaSnapshot().catch((e) => `no main: ${e.message}`);
  const headings = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter((h) => h.offsetParent !== null).map((h) => `${h.tagName.toLowerCase()} ${h.innerText.trim().replace(/\s+/g, ' ').slice(0, 60)}`));
  const media = await page.evaluate(() => document.querySelectorAll('video, audio, iframe, object, embed').length);
  const imgs = await page.evaluate(() => [...document.querySelectorAll('img, svg, [role=img]')].filter((i) => i.offsetParent !== null || i.getBoundingClientRect().width > 0).map((i) => `${i.tagName.toLowerCase()} alt=${JSON.stringify(i.getAttribute('alt'))} aria-hidden=${i.getAttribute('aria-hidden')} label=${JSON.stringify(i.getAttribute('aria-label'))}`));
  return { roles, unnamed, labelNotInName, headings, media, images: imgs, snapshot };
}

/**
 * The app's own reading aid ("Grotere letters", class `leeshulp` on <html>)
 * in this state, at full width and at 320 px: the bar says it must
 * reflow without sideways scrolling.
 */
export async function readingAid(page) {
  const was = await page.evaluate(() => document.documentElement.classList.contains('leeshulp'));
  await page.evaluate(() => document.documentElement.classList.add('leeshulp'));
  await settle(page);
  const wide = await overflowAt(page, 1280, 800);
  const narrow = await overflowAt(page, 320, 640);
  if (!was) await page.evaluate(() => document.documentElement.classList.remove('leeshulp'));
  await settle(page);
  return { wide, narrow };
}

/** Target sizes at a phone's width (320 x 640), where layouts change. */
export async function targetSizesAt(page, width, height) {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height });
  await settle(page);
  const r = await targetSizes(page);
  if (before) await page.setViewportSize(before);
  await settle(page);
  return r;
}
