// HTML vocabulary of the large-page reader (score.ts, flatten.ts): which
// elements are never article text, which are inline wrappers, which blocks
// Readability scores. Tag names are upper case, as the DOM reports them.

/** Never text of the article: skipped with everything inside. */
export const DROP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'SVG', 'MATH',
  'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'IMG', 'PICTURE', 'SOURCE', 'TRACK', 'MAP',
  'AREA', 'LINK', 'META', 'BASE', 'HEAD', 'TITLE', 'DIALOG', 'SLOT',
]);
/** Inline wrappers: their text is kept, the element is not. */
export const UNWRAP = new Set([
  'SPAN', 'B', 'STRONG', 'I', 'EM', 'U', 'S', 'STRIKE', 'SMALL', 'BIG', 'FONT', 'MARK', 'SUB', 'SUP', 'ABBR', 'ACRONYM',
  'CITE', 'TIME', 'LABEL', 'CODE', 'KBD', 'SAMP', 'VAR', 'DFN', 'BDI', 'BDO', 'DATA', 'WBR', 'NOBR', 'INS', 'DEL', 'TT',
]);
/** Inline elements that are kept (links count for link density; BR splits paragraphs). */
export const INLINE_KEPT = new Set(['A', 'Q', 'BR']);
/** Elements whose text Readability scores as paragraphs (and div-like ones with no block inside). */
export const SCORED = new Set(['P', 'TD', 'PRE', 'BLOCKQUOTE', 'LI', 'DD']);
export const DIVLIKE = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);
/** Block elements copied even below the nesting cap, so paragraphs stay paragraphs. */
export const LEAF_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION', 'CAPTION', 'A', 'Q', 'BR', 'HR']);
/** Never an article's container. */
export const CONTAINER_SKIP = new Set(['HTML', 'BODY', 'A', 'Q', 'BR', 'P', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);
/** Metadata elements of the head that Readability reads. */
export const HEAD_KEPT = new Set(['TITLE', 'META', 'SCRIPT']);

/** Attributes Readability reads on body elements (scoring by class/id, bylines, visibility, language, links). */
export type BodyAttr = 'id' | 'class' | 'role' | 'itemprop' | 'itemscope' | 'itemtype' | 'rel' | 'hidden' | 'aria-hidden' | 'lang' | 'dir';
export const BODY_ATTRS: readonly BodyAttr[] = ['id', 'class', 'role', 'itemprop', 'itemscope', 'itemtype', 'rel', 'hidden', 'aria-hidden', 'lang', 'dir'];
/** Attributes of the head's metadata elements. */
export type HeadAttr = 'name' | 'property' | 'content' | 'itemprop' | 'type' | 'charset' | 'http-equiv';
export const HEAD_ATTRS: readonly HeadAttr[] = ['name', 'property', 'content', 'itemprop', 'type', 'charset', 'http-equiv'];
/** Inline style declarations that hide an element (white space removed, lower case). */
const HIDING = new Set(['display:none', 'visibility:hidden']);

/** Does an inline style hide the element? (Readability reads only `style.display` and `visibility`.) */
export function hides(style: string): boolean {
  return style.toLowerCase().split(';').some((d) => HIDING.has(d.replace(/\s+/g, '')));
}

/** A script element holding JSON-LD metadata (the one script Readability reads). */
export function isJsonLd(type: string | null): boolean {
  return (type ?? '').trim().toLowerCase().endsWith('ld+json');
}

/** An element name fit for createElement (custom elements included). */
export function safeTagName(tag: string): boolean {
  return /^[A-Za-z][A-Za-z0-9-]*$/.test(tag);
}
