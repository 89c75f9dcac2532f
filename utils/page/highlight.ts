// Live-page highlighting: find a quote in the page the user is reading, scroll
// to it and highlight it. This is the only place in utils/ that touches a live
// DOM, and it takes the Window as a parameter so tests can hand in their own.
//
// The quote text comes from the analysis, where white space is folded and
// invisible characters are gone, while the page splits the same words across
// text nodes (<a>, <em>, line breaks in the source). So the page's text nodes are
// walked into one folded string that remembers, for every character, which node
// and offset it came from; a match in that string maps back to a DOM Range.
//
// The Range is shown with the CSS Custom Highlight API (`CSS.highlights` and a
// `::highlight(cited)` rule in an adopted style sheet), which adds no node to the
// page. Where that API is missing, the matched text is wrapped in <mark> elements,
// which are unwrapped again by clearHighlights.

/** The name of the highlight in `CSS.highlights`, and of the `::highlight()` pseudo-element. */
export const HIGHLIGHT_NAME = 'cited';
/** Attribute set on fallback <mark> elements, so they can be found and removed. */
export const MARK_ATTRIBUTE = 'data-cited-highlight';

const STYLE_TEXT =
  `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd84d; color: #111; }\n` +
  `mark[${MARK_ATTRIBUTE}] { background-color: #ffd84d; color: #111; }`;

/** Elements whose text is not readable prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD', 'TITLE', 'SVG']);
/** Invisible characters the analysis drops (zero-width, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/** Every kind of white space, folded to one space as the analysis does. */
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
/** Typographic variants folded for the second, looser match ("it’s" in the page, "it's" in a quote). */
const LOOSE_CHARS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u2032': "'", '\u201A': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2026': '.',
};

/** The page's text folded into one string, with the DOM position of every character. */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`. */
  nodeOf: number[];
  /** For each character of `text`: offset inside its node. */
  offsetOf: number[];
}

/** A window with its globals (CSS, CSSStyleSheet, Highlight): the live page's, or a test DOM's. */
type PageWindow = Window & typeof globalThis;

export interface HighlightOutcome {
  found: boolean;
  method: 'highlight' | 'mark' | null;
}

/** Fold white space in `text` the way the index folds the page (single spaces, trimmed, invisibles dropped). */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text) {
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (out && !out.endsWith(' ')) out += ' ';
    } else out += ch;
  }
  return out.trimEnd();
}

/** One character to one character, so offsets in the loose string equal offsets in the strict one. */
function loosen(text: string): string {
  let out = '';
  for (const ch of text) {
    const mapped = LOOSE_CHARS[ch];
    if (mapped) out += mapped;
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

function isSkipped(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (SKIP.has(e.tagName.toUpperCase()) || e.hasAttribute('hidden')) return true;
  }
  return false;
}

/** Walk the text nodes under `root` (the body by default) into a folded string with a position map. */
export function indexText(doc: Document, root: Node | null = doc.body): TextIndex {
  const index: TextIndex = { text: '', nodes: [], nodeOf: [], offsetOf: [] };
  if (!root) return index;
  const NodeFilterConst = doc.defaultView?.NodeFilter;
  const showText = NodeFilterConst?.SHOW_TEXT ?? 4;
  const walker = doc.createTreeWalker(root, showText);
  let lastWasSpace = true;
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const textNode = node as Text;
    if (isSkipped(textNode.parentElement)) continue;
    const value = textNode.data;
    const n = index.nodes.push(textNode) - 1;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        if (lastWasSpace) continue;
        parts.push(' ');
        lastWasSpace = true;
      } else {
        parts.push(ch);
        lastWasSpace = false;
      }
      index.nodeOf.push(n);
      index.offsetOf.push(i);
    }
  }
  index.text = parts.join('');
  return index;
}

/** Find `quote` in the page and return a Range over it, or null. Tries an exact match, then a looser one. */
export function findTextRange(doc: Document, quote: string, root: Node | null = doc.body): Range | null {
  const needle = foldForMatch(quote);
  if (!needle) return null;
  const index = indexText(doc, root);
  let at = index.text.indexOf(needle);
  if (at < 0) at = loosen(index.text).indexOf(loosen(needle));
  if (at < 0) return null;
  const last = at + needle.length - 1;
  const range = doc.createRange();
  range.setStart(index.nodes[index.nodeOf[at]!]!, index.offsetOf[at]!);
  range.setEnd(index.nodes[index.nodeOf[last]!]!, index.offsetOf[last]! + 1);
  return range;
}

/** The CSS Custom Highlight API of `win`, when it has one. */
function highlightApi(win: Window): { registry: HighlightRegistry; make: (r: Range) => Highlight } | null {
  const registry = (win as PageWindow).CSS?.highlights;
  const HighlightCtor = (win as Window & { Highlight?: typeof Highlight }).Highlight;
  if (!registry || typeof HighlightCtor !== 'function') return null;
  return { registry, make: (r) => new HighlightCtor(r) };
}

/** Our adopted sheet, told apart by its rules (an engine may drop the `::highlight` one it does not know). */
function isOurSheet(sheet: CSSStyleSheet): boolean {
  try {
    return Array.from(sheet.cssRules).some(
      (rule) => rule.cssText.includes(`highlight(${HIGHLIGHT_NAME})`) || rule.cssText.includes(MARK_ATTRIBUTE),
    );
  } catch {
    return false;
  }
}

/** Add the highlight colours once: an adopted style sheet (no DOM node), else a <style> element. */
function ensureStyle(win: Window): void {
  const doc = win.document;
  try {
    if (doc.adoptedStyleSheets.some(isOurSheet)) return;
    const sheet = new (win as PageWindow).CSSStyleSheet();
    sheet.replaceSync(STYLE_TEXT);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return;
  } catch {
    // Constructable style sheets unavailable (older engines, or the content-script wrapper refuses): use an element.
  }
  if (doc.querySelector(`style[${MARK_ATTRIBUTE}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(MARK_ATTRIBUTE, '');
  style.textContent = STYLE_TEXT;
  (doc.head ?? doc.documentElement).append(style);
}

/** Wrap every text segment of `range` in a <mark>; returns the first mark. */
function wrapInMarks(doc: Document, range: Range): HTMLElement | null {
  const index = indexText(doc, range.commonAncestorContainer.nodeType === 3
    ? range.commonAncestorContainer.parentNode
    : range.commonAncestorContainer);
  const segments: { node: Text; start: number; end: number }[] = [];
  for (const node of index.nodes) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) segments.push({ node, start, end });
  }
  let first: HTMLElement | null = null;
  for (const { node, start, end } of segments) {
    let target = node;
    if (start > 0) target = target.splitText(start);
    if (end - start < target.data.length) target.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, '');
    target.replaceWith(mark);
    mark.append(target);
    first ??= mark;
  }
  return first;
}

/**
 * Highlight the first occurrence of `quote` in the page and scroll it into view.
 * Earlier highlights are cleared first: one quote is shown at a time.
 */
export function highlightQuote(win: Window, quote: string, options: { scroll?: boolean } = {}): HighlightOutcome {
  const doc = win.document;
  clearHighlights(win);
  const range = findTextRange(doc, quote);
  if (!range) return { found: false, method: null };
  const scrollTarget = range.startContainer.parentElement;
  let method: HighlightOutcome['method'] = null;
  const api = highlightApi(win);
  if (api) {
    try {
      api.registry.set(HIGHLIGHT_NAME, api.make(range));
      ensureStyle(win);
      method = 'highlight';
    } catch {
      method = null;
    }
  }
  if (!method) {
    ensureStyle(win);
    wrapInMarks(doc, range);
    method = 'mark';
  }
  if (options.scroll !== false) scrollTarget?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return { found: true, method };
}

/** Remove everything highlightQuote added: the named highlight, the style, and any <mark> (text put back). */
export function clearHighlights(win: Window): boolean {
  const doc = win.document;
  let cleared = false;
  const api = highlightApi(win);
  if (api?.registry.has(HIGHLIGHT_NAME)) {
    api.registry.delete(HIGHLIGHT_NAME);
    cleared = true;
  }
  try {
    const sheets = doc.adoptedStyleSheets;
    if (sheets.some(isOurSheet)) doc.adoptedStyleSheets = sheets.filter((s) => !isOurSheet(s));
  } catch {
    // No constructable style sheets: nothing was adopted.
  }
  doc.querySelectorAll(`style[${MARK_ATTRIBUTE}]`).forEach((s) => s.remove());
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`))) {
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent?.normalize();
    cleared = true;
  }
  return cleared;
}
