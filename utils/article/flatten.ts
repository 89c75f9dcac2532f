// The large-page reader's two tools, both fed by open / text / close events so
// that a live DOM walk (the browser, linkedom) and a stream of HTML tokens (the
// command line, which reads large files without building their whole DOM)
// drive the same code:
//
//   Scorer: one read-only pass that scores paragraphs the way Readability does
//     (length, commas, less link text) and credits their containers, so the
//     element that holds the most prose is known at the end of the pass. It
//     creates nothing, so it is cheap even on 200,000 elements.
//   FlatBuilder: copies one container into a small, flat document for
//     Readability: inline wrappers (span, b, font…) dropped with their text
//     kept, nesting capped (paragraphs stay paragraphs), scripts, media, frames
//     and form controls left out, and the copy stopped at a size limit.
//
// walkDom() drives either over a DOM subtree in slices of bounded time.

/** An element's attribute, by name; null when absent. */
export type AttrReader = (name: string) => string | null;

export interface EventSink {
  /** An element opens; false skips its content (and no close() follows). */
  open(tag: string, attrs: AttrReader, node: unknown): boolean;
  text(value: string): void;
  close(): void;
  /** True once the sink wants no more events. */
  readonly full: boolean;
}

/** Never text of the article: skipped with everything inside. */
export const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'video', 'audio', 'select', 'textarea', 'button', 'input', 'img', 'picture', 'source', 'track', 'map',
  'area', 'link', 'meta', 'base', 'head', 'title', 'dialog', 'slot',
]);
/** Inline wrappers: their text is kept, the element is not. */
const UNWRAP = new Set([
  'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'small', 'big', 'font', 'mark', 'sub', 'sup', 'abbr', 'acronym',
  'cite', 'time', 'label', 'code', 'kbd', 'samp', 'var', 'dfn', 'bdi', 'bdo', 'data', 'wbr', 'nobr', 'ins', 'del', 'tt',
]);
/** Inline elements that are kept (links count for link density; br splits paragraphs). */
const INLINE_KEPT = new Set(['a', 'q', 'br']);
/** Attributes Readability reads (scoring by class/id, bylines, visibility, language, links). */
const KEEP_ATTRS = ['id', 'class', 'role', 'itemprop', 'itemscope', 'itemtype', 'rel', 'hidden', 'aria-hidden', 'lang', 'dir'];
/** Elements whose text Readability scores as paragraphs (and div-like ones with no block inside). */
const SCORED = new Set(['p', 'td', 'pre', 'blockquote', 'li', 'dd']);
const DIVLIKE = new Set(['div', 'section', 'article', 'main']);
/** Block elements copied even below the nesting cap, so paragraphs stay paragraphs. */
const LEAF_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'dd', 'dt', 'td', 'th', 'figcaption', 'caption', 'a', 'q', 'br', 'hr']);
/** Never an article's container. */
const CONTAINER_SKIP = new Set(['html', 'body', 'a', 'q', 'br', 'p', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre']);

interface ScoreFrame<K> {
  /** The element's key, or null for an unwrapped (inline) element: its counts go to its owner. */
  key: K | null;
  tag: string;
  owner: ScoreFrame<K>;
  chars: number;
  commas: number;
  linkChars: number;
  blockChild: boolean;
}

/** Scores containers by the prose of the paragraphs inside them; keys are whatever the walker passes as `node`. */
export class Scorer<K> implements EventSink {
  /** Elements seen; deepest nesting seen. */
  seen = 0;
  depth = 0;
  full = false;
  private readonly stack: ScoreFrame<K>[] = [];
  private readonly scores = new Map<K, number>();
  private readonly chars = new Map<K, number>();
  private readonly parents = new Map<K, K | null>();
  private readonly tags = new Map<K, string>();
  private linkDepth = 0;

  constructor(private readonly maxElements = Infinity) {
    const root = { key: null, tag: '#root', chars: 0, commas: 0, linkChars: 0, blockChild: false } as unknown as ScoreFrame<K>;
    root.owner = root;
    this.stack.push(root);
  }

  open(tagName: string, _attrs: AttrReader, node: unknown): boolean {
    const tag = tagName.toLowerCase();
    if (++this.seen >= this.maxElements) this.full = true;
    if (this.stack.length > this.depth) this.depth = this.stack.length;
    if (DROP.has(tag) || tag.includes(':')) return false;
    const top = this.stack[this.stack.length - 1]!;
    const key = UNWRAP.has(tag) ? null : (node as K);
    if (tag === 'a') this.linkDepth++;
    const frame = { key, tag, chars: 0, commas: 0, linkChars: 0, blockChild: false } as ScoreFrame<K>;
    frame.owner = key === null ? top.owner : frame;
    if (key !== null) {
      this.parents.set(key, top.owner.key);
      this.tags.set(key, tag);
    }
    this.stack.push(frame);
    return true;
  }

  text(value: string): void {
    const owner = this.stack[this.stack.length - 1]!.owner;
    owner.chars += value.length;
    if (this.linkDepth > 0) owner.linkChars += value.length;
    for (let i = value.indexOf(','); i !== -1; i = value.indexOf(',', i + 1)) owner.commas++;
  }

  close(): void {
    if (this.stack.length <= 1) return;
    const frame = this.stack.pop()!;
    if (frame.tag === 'a') this.linkDepth = Math.max(0, this.linkDepth - 1);
    if (frame.key === null) return;
    this.score(frame);
    const parent = this.stack[this.stack.length - 1]!.owner;
    parent.chars += frame.chars;
    parent.commas += frame.commas;
    parent.linkChars += frame.linkChars;
    if (!INLINE_KEPT.has(frame.tag)) parent.blockChild = true;
    if (this.scores.has(frame.key)) this.chars.set(frame.key, frame.chars);
    else this.parents.delete(frame.key), this.tags.delete(frame.key);
  }

  /** Readability's paragraph score (one point, one per comma, one per 100 characters up to 3, less link text), to three ancestors. */
  private score(frame: ScoreFrame<K>): void {
    const scored = SCORED.has(frame.tag) || (DIVLIKE.has(frame.tag) && !frame.blockChild);
    if (!scored || frame.chars < 25) return;
    const points = (1 + frame.commas + Math.min(Math.floor(frame.chars / 100), 3)) * (1 - frame.linkChars / frame.chars);
    if (points <= 0) return;
    let key = this.parents.get(frame.key!) ?? null;
    for (let level = 0; key !== null && level < 3; level++, key = this.parents.get(key) ?? null) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      this.scores.set(key, (this.scores.get(key) ?? 0) + points * share);
    }
  }

  /** Characters of text inside a scored container (0 when unknown). */
  charsOf(key: K): number {
    return this.chars.get(key) ?? 0;
  }

  /** Close what is still open (a pass that stopped early) and return the key of the container with the most prose. */
  best(): K | null {
    while (this.stack.length > 1) this.close();
    let best: K | null = null;
    let bestScore = 0;
    for (const [key, score] of this.scores) {
      if (CONTAINER_SKIP.has(this.tags.get(key) ?? '')) continue;
      if (score > bestScore) {
        best = key;
        bestScore = score;
      }
    }
    if (best === null) return null;
    // Take the parent too when it holds little else (an article's body split over sibling blocks).
    const parent = this.parents.get(best) ?? null;
    if (parent !== null && !CONTAINER_SKIP.has(this.tags.get(parent) ?? '')) {
      const mine = this.chars.get(best) ?? 0;
      const theirs = this.chars.get(parent);
      if (theirs != null && theirs <= mine * 1.5 + 2000) return parent;
    }
    return best;
  }
}

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
  head(lang: string | null, items: Iterable<{ tag: string; attrs: AttrReader; text: string }>): void {
    const head = this.doc.documentElement!.firstChild as Element;
    if (lang) this.doc.documentElement!.setAttribute('lang', lang);
    let n = 0;
    for (const item of items) {
      if (++n > 500) break;
      if (item.tag !== 'title' && item.tag !== 'meta' && item.tag !== 'script') continue;
      if (item.tag === 'script' && !/ld\+json/i.test(item.attrs('type') ?? '')) continue;
      const el = this.doc.createElement(item.tag);
      for (const a of ['name', 'property', 'content', 'itemprop', 'type', 'charset', 'http-equiv']) {
        const v = item.attrs(a);
        if (v != null) el.setAttribute(a, v);
      }
      if (item.text) el.textContent = item.text.slice(0, 200_000);
      head.appendChild(el);
    }
  }

  open(tagName: string, attrs: AttrReader): boolean {
    if (this.full) return false;
    const tag = tagName.toLowerCase();
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
    const el = this.doc.createElement(/^[a-z][a-z0-9-]*$/.test(tag) ? tag : 'div');
    for (const a of KEEP_ATTRS) {
      const v = attrs(a);
      if (v != null) el.setAttribute(a, v);
    }
    if (tag === 'a') {
      const href = attrs('href');
      if (href != null) el.setAttribute('href', href);
    }
    // Hidden by an inline style: Readability reads only `style.display` / `visibility`.
    const style = attrs('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) el.setAttribute('style', 'display:none');
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
    const tag = (el.localName ?? el.tagName).toLowerCase();
    if (tag !== 'title' && tag !== 'meta' && tag !== 'script') continue;
    const e = el;
    yield { tag, attrs: (a) => e.getAttribute(a), text: tag === 'meta' ? '' : (e.textContent ?? '') };
  }
}
