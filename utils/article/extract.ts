// Stage 1: the article. Readability runs on a clone of the document (it rewrites
// the DOM it is given), and its result is reduced to metadata and an ordered
// list of text blocks: paragraphs, block quotes, list items and subheads.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { Article, Block, BlockKind } from '../types';
import { interruptible, OutOfTime } from './interrupt';
import { foldText } from './text';

/** Elements that end a run of inline text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY',
]);
/** Elements whose text is never article prose: captions, code, media fallbacks. */
const SKIP_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO']);
const HEADING = /^H[1-6]$/;
/** Two or more line breaks in a row separate paragraphs written with `<br>`. */
const PARAGRAPH_BREAK = /\n[\s\n]*\n/;

/** Below this many characters of body text, a page is not treated as an article. */
const MIN_ARTICLE_CHARS = 140;

export interface ExtractOptions {
  url?: string;
  /** Readability gives up (OutOfTime is thrown) once `now()` reaches this. */
  deadline?: number;
  /** The clock for `deadline`; defaults to performance.now. */
  now?: () => number;
  /** Run on `doc` itself instead of a clone: only for a document made for this (the large-page reader's copy). */
  inPlace?: boolean;
  /** A clone of `doc` made beforehand, for Readability to run on (`doc` stays the source for fallbacks). */
  clone?: Document;
}

/**
 * Run Readability on a clone of `doc` and return the article, or null when the
 * page holds no article. `doc` itself is left untouched.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article | null {
  // An empty document has no root element (and linkedom throws on `body` then).
  if (!doc.documentElement) return null;
  const clone = options.clone ?? (options.inPlace ? doc : (doc.cloneNode(true) as Document));
  const url = options.url ?? documentUrl(doc);
  if (url) pinBaseUrl(clone, url);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    const reader = new Readability<Node>(clone, { serializer: (node: Node) => node });
    if (options.deadline !== undefined) interruptible(reader, options.now ?? (() => performance.now()), options.deadline);
    parsed = reader.parse();
  } catch (error) {
    if (error instanceof OutOfTime) throw error;
    parsed = null;
  }
  let blocks = parsed?.content ? blocksOf(parsed.content as unknown as Element) : [];
  if (textLength(blocks) < MIN_ARTICLE_CHARS) {
    // Readability can drop most of a very short page (a statement made of block
    // quotes); read the body as it is when it holds prose.
    const body = doc.body ? blocksOf(doc.body) : [];
    if (proseBlocks(body) >= 2 && textLength(body) > textLength(blocks)) blocks = body;
  }
  if (textLength(blocks) < MIN_ARTICLE_CHARS) return null;
  // A page Readability would not offer a reader view for, with almost no sentences
  // (a shop, a login form, a list of links), is not an article.
  if (proseBlocks(blocks) < 2 && !safeReaderable(doc)) return null;
  return {
    title: clean(parsed?.title) ?? clean(safeTitle(doc)),
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    publishedTime: clean(parsed?.publishedTime),
    lang: clean(parsed?.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    url: url ?? null,
    excerpt: clean(parsed?.excerpt),
    blocks,
    captions: captionsOf(doc),
  };
}

/** At most this many captions, of at most this many characters, are kept: enough for a story's photos. */
const MAX_CAPTIONS = 40;
const MAX_CAPTION_CHARS = 400;

/**
 * The page's photo captions, read from the original document (it is not changed): Readability
 * drops them, yet they often give a person's title ("Veldorian President Anka Moss greets …").
 */
function captionsOf(doc: Document): string[] {
  const out: string[] = [];
  try {
    for (const el of Array.from(doc.querySelectorAll('figcaption'))) {
      const text = foldText(el.textContent ?? '').slice(0, MAX_CAPTION_CHARS);
      if (text) out.push(text);
      if (out.length >= MAX_CAPTIONS) break;
    }
  } catch {
    // A document without a query API has no captions to read.
  }
  return out;
}

function textLength(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/** Blocks that read as sentences: eight words or more, with sentence punctuation. */
function proseBlocks(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) if (b.kind !== 'heading' && /[.!?…"”»]/.test(b.text) && (b.text.match(/\s+/g)?.length ?? 0) >= 7) n++;
  return n;
}

function safeReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

function safeTitle(doc: Document): string | null {
  try {
    return doc.documentElement ? doc.title : null;
  } catch {
    return null;
  }
}

/** Build an article from plain text: paragraphs separated by blank lines. */
export function articleFromText(text: string, options: { title?: string | null; url?: string | null } = {}): Article {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(PARAGRAPH_BREAK).map(foldText).filter(Boolean);
  const blocks: Block[] = paragraphs.map((t, index) => ({ index, kind: 'paragraph', text: t }));
  return {
    title: options.title ?? null, byline: null, siteName: null, publishedTime: null, lang: null,
    url: options.url ?? null, excerpt: null, blocks,
  };
}

/** Walk Readability's content in document order and cut it into text blocks. */
export function blocksOf(root: Element): Block[] {
  const walker = new BlockWalker();
  walker.walk(root, 'paragraph');
  walker.flush();
  return walker.blocks;
}

/**
 * The walk's state and steps, as methods rather than closures made anew for each article: V8 keeps a
 * method's optimised code, while a per-article closure's is dropped at each full collection and compiled again.
 */
class BlockWalker {
  readonly blocks: Block[] = [];
  private buffer = '';
  private bufferKind: BlockKind = 'paragraph';

  flush() {
    for (const part of this.buffer.split(PARAGRAPH_BREAK)) {
      const text = foldText(part);
      if (text) this.blocks.push({ index: this.blocks.length, kind: this.bufferKind, text });
    }
    this.buffer = '';
  }

  walk(node: Node, kind: BlockKind) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!this.buffer) this.bufferKind = kind;
        this.buffer += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(el.tagName)) continue;
      if (tag === 'BR') {
        this.buffer += '\n';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        this.flush();
        this.walk(el, kindFor(tag, kind));
        this.flush();
      } else {
        this.walk(el, kind);
      }
    }
  }
}

function kindFor(tag: string, outer: BlockKind): BlockKind {
  if (outer === 'blockquote') return 'blockquote';
  if (tag === 'BLOCKQUOTE') return 'blockquote';
  if (HEADING.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DD') return 'item';
  if (tag === 'PRE') return 'preformatted';
  return outer;
}

function clean(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = foldText(String(value));
  return text || null;
}

function documentUrl(doc: Document): string | undefined {
  const url = doc.documentURI || doc.URL || doc.baseURI;
  return url && /^https?:/i.test(url) ? url : undefined;
}

/** linkedom documents know no address; Readability needs one to resolve links. */
function pinBaseUrl(doc: Document, url: string) {
  for (const key of ['baseURI', 'documentURI'] as const) {
    try {
      if (!doc[key]) Object.defineProperty(doc, key, { value: url, configurable: true });
    } catch {
      // A real browser document already has both; nothing to do.
    }
  }
}
