// The large-page reader's copy: one container of a page copied into a small,
// flat document for Readability: inline wrappers (span, b, font…) dropped with
// their text kept, nesting capped (paragraphs stay paragraphs), scripts, media,
// frames and form controls left out, the copy stopped at a size limit.
// walkDom() drives this (or the Scorer, score.ts) over a DOM subtree in slices.
import type { AttrReader, EventSink } from './score';
import { BODY_ATTRS, DROP, HEAD_ATTRS, HEAD_KEPT, hides, isJsonLd, LEAF_BLOCKS, safeTagName, UNWRAP } from './tags';

export { Scorer, type AttrReader, type EventSink } from './score';

export interface FlattenLimits {
  /** Deepest nesting copied; deeper wrappers are left out (their content kept). */
  maxDepth: number;
  /** Characters of text copied; the copy stops there. */
  maxChars: number;
  /** Elements copied; the copy stops there. */
  maxElements: number;
}

export const DEFAULT_FLATTEN_LIMITS: FlattenLimits = { maxDepth: 48, maxChars: 400_000, maxElements: 40_000 };

interface CopyFrame {
  /** The copied element, or null when this input element was left out (its content goes to `host`). */
  el: Element | null;
  host: Element;
}

/** Copies events into a fresh, flat document of the same DOM implementation as `like`. */
export class FlatBuilder implements EventSink {
  readonly doc: Document;
  readonly body: Element;
  /** Elements copied, characters copied, wrappers left out for depth; why the copy stopped early. */
  copied = 0;
  chars = 0;
  unnested = 0;
  cut: 'chars' | 'elements' | null = null;
  private readonly stack: CopyFrame[] = [];
  private outDepth = 0;

  constructor(like: Document, private readonly limits: FlattenLimits = DEFAULT_FLATTEN_LIMITS) {
    const doc = like.cloneNode(false) as Document;
    const html = doc.createElement('html');
    const head = doc.createElement('head');
    this.body = doc.createElement('body');
    html.append(head, this.body);
    doc.appendChild(html);
    this.doc = doc;
    this.stack.push({ el: this.body, host: this.body });
  }

  get full(): boolean {
    return this.cut !== null;
  }

  /** Copy the page's language and its metadata (title, meta, JSON-LD) into the copy's head. */
  /** `items`: upper-case tag names, as headItems() gives them. */
  head(lang: string | null, items: Iterable<{ tag: string; attrs: AttrReader; text: string }>): void {
    const head = this.doc.documentElement!.firstChild as Element;
    if (lang) this.doc.documentElement!.setAttribute('lang', lang);
    let n = 0;
    for (const item of items) {
      if (++n > 500) break;
      if (!HEAD_KEPT.has(item.tag)) continue;
      if (item.tag === 'SCRIPT' && !isJsonLd(item.attrs('type'))) continue;
      const el = this.doc.createElement(item.tag.toLowerCase());
      for (const a of HEAD_ATTRS) {
        const v = item.attrs(a);
        if (v != null) el.setAttribute(a, v);
      }
      if (item.text) el.textContent = item.text.slice(0, 200_000);
      head.appendChild(el);
    }
  }

  open(tagName: string, attrs: AttrReader): boolean {
    if (this.full) return false;
    const tag = tagName.toUpperCase();
    if (DROP.has(tag) || tag.includes(':')) return false;
    const top = this.stack[this.stack.length - 1]!;
    const deep = this.outDepth >= this.limits.maxDepth;
    if (UNWRAP.has(tag) || (deep && !LEAF_BLOCKS.has(tag))) {
      if (!UNWRAP.has(tag)) this.unnested++;
      this.stack.push({ el: null, host: top.host });
      return true;
    }
    if (this.copied >= this.limits.maxElements) {
      this.cut = 'elements';
      return false;
    }
    const el = this.doc.createElement(safeTagName(tag) ? tag.toLowerCase() : 'div');
    for (const a of BODY_ATTRS) {
      const v = attrs(a);
      if (v != null) el.setAttribute(a, v);
    }
    if (tag === 'A') {
      const href = attrs(HREF);
      if (href != null) el.setAttribute(HREF, href);
    }
    // Hidden by an inline style: Readability reads only `style.display` / `visibility`.
    const style = attrs(STYLE);
    if (style && hides(style)) el.setAttribute(STYLE, 'display:none');
    top.host.appendChild(el);
    this.copied++;
    this.outDepth++;
    this.stack.push({ el, host: el });
    return true;
  }

  text(value: string): void {
    if (this.full || !value) return;
    if (this.chars + value.length > this.limits.maxChars) {
      value = value.slice(0, Math.max(0, this.limits.maxChars - this.chars));
      this.cut = 'chars';
      if (!value) return;
    }
    this.chars += value.length;
    const host = this.stack[this.stack.length - 1]!.host;
    const last = host.lastChild;
    if (last && last.nodeType === 3) (last as Text).appendData(value);
    else host.appendChild(this.doc.createTextNode(value));
  }

  close(): void {
    if (this.stack.length <= 1) return;
    const frame = this.stack.pop()!;
    if (frame.el) this.outDepth--;
  }
}

export interface SliceOptions {
  now: () => number;
  /** Stop at this time (what was walked so far stands). */
  deadline: number;
  /** Longest stretch of work between two yields (where the host may let the page run). */
  sliceMs: number;
}

/**
 * Walk `root`'s descendants (or `root` itself too, with `inclusive`) into `sink`,
 * iteratively (pages nest thousands deep), never changing them. A generator: it
 * yields after each slice of `sliceMs` (see bounded.ts for who resumes it), and
 * returns false if the deadline stopped the walk.
 */
export function* walkDom(root: Node, sink: EventSink, slices: SliceOptions, inclusive = false): Generator<void, boolean> {
  const { now, deadline, sliceMs } = slices;
  let sliceEnd = now() + sliceMs;
  let steps = 0;
  let node: Node | null = inclusive ? root : root.firstChild;
  const stop = inclusive ? root.parentNode : root;
  while (node) {
    if (++steps % 256 === 0) {
      const t = now();
      if (t >= deadline) return false;
      if (t >= sliceEnd) {
        yield;
        sliceEnd = now() + sliceMs;
      }
    }
    if (sink.full) return true;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (sink.open(el.localName ?? el.tagName, (n) => el.getAttribute(n), el)) {
        if (el.firstChild) {
          node = el.firstChild;
          continue;
        }
        sink.close();
      }
    } else if (node.nodeType === 3) {
      sink.text(node.nodeValue ?? '');
    }
    // Next: a sibling, or up until an ancestor has one (closing each element left).
    if (inclusive && node === root) break;
    while (node && node !== stop && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== stop) {
        sink.close();
        if (inclusive && node === root) return true;
      }
    }
    node = node && node !== stop ? node.nextSibling : null;
  }
  return true;
}

/** The page's metadata elements (title, meta, JSON-LD), for FlatBuilder.head(). */
export function* headItems(doc: Document): Generator<{ tag: string; attrs: AttrReader; text: string }> {
  const head = doc.head;
  if (!head) return;
  let n = 0;
  for (let el = head.firstElementChild; el && n < 2000; el = el.nextElementSibling, n++) {
    const tag = el.tagName.toUpperCase();
    if (!HEAD_KEPT.has(tag)) continue;
    const e = el;
    yield { tag, attrs: (a) => e.getAttribute(a), text: tag === 'META' ? '' : (e.textContent ?? '') };
  }
}

type LinkAttr = 'href' | 'style';
const HREF: LinkAttr = 'href';
const STYLE: LinkAttr = 'style';
