// Stage 2: pair quotation marks into quote spans.
//
// Every common style is read: “ ” " " ‘ ’ ' ' « » ‹ › „ “ ‚ ‘ 「 」 『 』.
// A mark is first classified from its neighbours (an opener follows a space or
// a bracket and precedes a word; a closer follows a word or punctuation), then
// marks are paired with a stack, so nested quotes (“He said ‘no’ to me”) stay
// inside the outer quote. A right single mark between letters is an apostrophe
// (don’t), never a closer, and so is a left single mark there (the Post‘s, a
// typing slip). A quote left open at the end of a block whose next
// block opens a mark again is the multi-paragraph convention: each block gets
// its own span, the later ones flagged `continuesPrevious`.
import { LEADING_ELISIONS } from '../lexicon';
import type { Block, QuoteSpan } from '../types';

type Family = 'double' | 'single' | 'guillemet' | 'angle' | 'corner' | 'white-corner';
/**
 * open / close: what the mark does. toggle: a straight mark whose neighbours do not
 * tell (closes an open quote of its family, else opens). close-or-apostrophe: a
 * right single mark after a word (“the players’ union”), a closer only when a single
 * quote is open.
 */
type Role = 'open' | 'close' | 'toggle' | 'close-or-apostrophe' | 'possessive-or-close';

interface Mark {
  at: number;
  char: string;
  family: Family;
  role: Role;
}

/** Each quotation mark's family, and whether it is a fixed opener or closer. */
const MARKS: Record<string, { family: Family; fixed?: 'open' | 'close' }> = {
  '“': { family: 'double' }, // opens in English, closes in German („…“)
  '”': { family: 'double' }, // closes in English; opens and closes in Swedish
  '„': { family: 'double', fixed: 'open' },
  '‟': { family: 'double', fixed: 'open' },
  '"': { family: 'double' },
  '＂': { family: 'double' },
  '‘': { family: 'single' },
  '’': { family: 'single' },
  '‚': { family: 'single', fixed: 'open' },
  "'": { family: 'single' },
  '«': { family: 'guillemet', fixed: 'open' },
  '»': { family: 'guillemet', fixed: 'close' },
  '‹': { family: 'angle', fixed: 'open' },
  '›': { family: 'angle', fixed: 'close' },
  '「': { family: 'corner', fixed: 'open' },
  '」': { family: 'corner', fixed: 'close' },
  '『': { family: 'white-corner', fixed: 'open' },
  '』': { family: 'white-corner', fixed: 'close' },
};

/** Any quotation mark, found in one pass. */
const MARK_CHARS = /["'“”„‟＂‘’‚«»‹›「」『』]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may stand right before an opening mark: space, bracket, dash, slash, colon, another opener. */
const BEFORE_OPEN = /[\s([{\-–—/:;“‘«‹„‚"'¿¡]/;
/** What may stand right after a closing mark: space, punctuation, bracket, dash, another closer. */
const AFTER_CLOSE = /[\s)\]}.,;:!?…\-–—/”’»›"'」』]/;
/** What may stand right before a closing mark: a word, punctuation, a closing bracket or mark. */
const BEFORE_CLOSE = /[\p{L}\p{N}.,;:!?…)\]}”’»›"'%*\-–—]/u;

/** A mark that can open a quote, before an elided word: '’Twas. */
const OPENING_MARK = /["'“‘«‹„‚]/;
/** The n of rock ’n’ roll, just before its second mark. */
const ELIDED_N = /(?:^|\s)['’]n$/i;
/** Punctuation that ends a quoted sentence right before its closing mark: “… ready,” */
const CLOSING_PUNCTUATION = /[.,!?…;:]/;
/** Families that a careless page mixes up: a double opener closed by a single mark, and the reverse. */
const MIXABLE: ReadonlySet<Family> = new Set(['double', 'single']);
/** How many stray marks one block may have before pairing gives up recovering. */
const MAX_RECOVERIES = 4;

/** A single-quoted fragment up to this many words may end in s’ (‘the deals’ and …). */
const SHORT_SINGLE = 4;

/** Deepest nesting of open marks that pairing keeps track of. */
const MAX_DEPTH = 6;

/** Find the quote spans of every block, in order. */
export function findQuotes(blocks: readonly Block[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAtEnd = false;
  for (let b = 0; b < blocks.length; b++) {
    const found = findInBlock(blocks[b]!, openAtEnd, blocks[b + 1]?.text ?? '');
    for (const s of found.spans) spans.push(s);
    openAtEnd = found.openAtEnd;
  }
  return spans;
}

/** Classify the mark at `i` from its neighbours; null for an apostrophe. */
export function classifyMark(text: string, i: number, char: string): Mark | null {
  const spec = MARKS[char];
  if (!spec) return null;
  const prev = i > 0 ? text[i - 1]! : ' ';
  const next = i + 1 < text.length ? text[i + 1]! : ' ';
  const at = { at: i, char, family: spec.family };
  if (spec.fixed) return { ...at, role: spec.fixed };
  const canOpen = BEFORE_OPEN.test(prev) && !/\s/.test(next);
  const canClose = BEFORE_CLOSE.test(prev) && (AFTER_CLOSE.test(next) || i + 1 >= text.length);
  if (char === '’' || char === "'") {
    const prevWord = WORD_CHAR.test(prev);
    if (prevWord && WORD_CHAR.test(next)) return null; // don’t, O’Brien
    // An elided word (’Tis, ’em, ’90s) after a space or right after an opening mark
    // ('’Twas a long night,' she said) is never an opener.
    if (/\s/.test(prev) || i === 0 || OPENING_MARK.test(prev)) {
      const after = text.slice(i + 1, i + 6);
      if (LEADING_ELISIONS.some((e) => e.test(after))) return null;
    }
    // The second mark of rock ’n’ roll closes nothing.
    if (ELIDED_N.test(text.slice(Math.max(0, i - 3), i))) return null;
    if (canOpen && !canClose) return { ...at, role: 'open' };
    // “the players’ union”: after an s and before a lower-case word, a possessive —
    // unless it closes a short single quote (‘ridiculous’ and …), decided when pairing.
    if (/s/i.test(prev) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4))) return { ...at, role: 'possessive-or-close' };
    return canClose ? { ...at, role: 'close-or-apostrophe' } : null;
  }
  // A left single mark between letters is an apostrophe typed with the wrong mark
  // (“the Review‘s founders”), never an opener.
  if (char === '‘' && WORD_CHAR.test(prev) && WORD_CHAR.test(next)) return null;
  if (char === '“' || char === '‘') return { ...at, role: canClose && !canOpen ? 'close' : 'open' };
  if (char === '”') return { ...at, role: canOpen && !canClose ? 'open' : 'close' };
  // Straight double marks.
  if (canOpen && !canClose) return { ...at, role: 'open' };
  if (canClose && !canOpen) return { ...at, role: 'close' };
  return { ...at, role: 'toggle' };
}

/** What one pairing pass over a block found. */
interface Pairing {
  /** Outermost pairs, in order: [opening mark, closing mark]. */
  pairs: [Mark, Mark][];
  /** Marks still open at the end of the block, outermost first. */
  stack: Mark[];
  /** A pair of the outermost open mark's own family closed inside it: the open mark is likely stray. */
  sameFamilyInside: boolean;
  /** Any pair closed inside the outermost open mark. */
  pairInside: boolean;
  /** A closer of the other family after punctuation that closed nothing, inside the outermost open mark. */
  orphanCloser: Mark | null;
}

/**
 * Pair the marks of one block with a stack. `skip` lists marks taken for strays;
 * `forced` lists marks read as closers of another family (a double quote closed by
 * a single mark).
 */
function pairBlock(text: string, skip: ReadonlySet<number>, forced: ReadonlyMap<number, Family>): Pairing {
  const pairs: [Mark, Mark][] = [];
  const stack: Mark[] = [];
  let sameFamilyInside = false;
  let pairInside = false;
  let orphanCloser: Mark | null = null;
  for (const m of text.matchAll(MARK_CHARS)) {
    if (skip.has(m.index)) continue;
    const forcedFamily = forced.get(m.index);
    const mark: Mark | null = forcedFamily
      ? { at: m.index, char: m[0], family: forcedFamily, role: 'close' }
      : classifyMark(text, m.index, m[0]);
    if (!mark) continue;
    let role = mark.role;
    const k = lastIndexOfFamily(stack, mark.family);
    if (role === 'toggle') role = k >= 0 && k === stack.length - 1 ? 'close' : 'open';
    if (role === 'close-or-apostrophe') {
      if (k < 0) {
        // Nothing to close: an apostrophe, or the closer of a mismatched pair ("ready,' she said).
        noteOrphan(mark);
        continue;
      }
      role = 'close';
    }
    if (role === 'possessive-or-close') {
      // Closes an open single quote of a few words; inside a longer one it is a possessive.
      if (k < 0 || countWords(text.slice(stack[k]!.at + 1, mark.at)) > SHORT_SINGLE) continue;
      role = 'close';
    }
    if (role === 'open') {
      // Real nesting is two or three deep; past that the marks are noise, and a
      // bounded stack keeps pairing linear whatever the input.
      if (stack.length === 0) orphanCloser = null;
      if (stack.length < MAX_DEPTH) stack.push(mark);
      continue;
    }
    if (k < 0) {
      noteOrphan(mark); // a closer with no opener: unbalanced
      continue;
    }
    const open = stack[k]!;
    if (k > 0 && open.family === stack[0]!.family) sameFamilyInside = true;
    if (k > 0) pairInside = true;
    stack.length = k;
    if (k === 0) {
      pairs.push([open, mark]);
      sameFamilyInside = false;
      pairInside = false;
      orphanCloser = null;
    }
  }
  return { pairs, stack, sameFamilyInside, pairInside, orphanCloser };

  function noteOrphan(mark: Mark): void {
    const bottom = stack[0];
    if (!bottom || orphanCloser || bottom.family === mark.family) return;
    if (!MIXABLE.has(bottom.family) || !MIXABLE.has(mark.family)) return;
    if (CLOSING_PUNCTUATION.test(text[mark.at - 1] ?? '')) orphanCloser = mark;
  }
}

/**
 * Pair a block's marks the way a reader recovers from a bad one. When the
 * outermost quote is still open at the end of the block and the block does not
 * hand it on to the next paragraph, two readings beat "runs to the end":
 * a closer of the other family after punctuation closes it ("We are ready,' she
 * said.), or, when a quote of its own family opens and closes inside it, the
 * opener was stray (He paused " and went on. “We are ready,” she said.) and is
 * dropped, so the quotes after it stand. So is a single mark left open inside the block
 * (kept only when it opens the block): an apostrophe read as an opener, "in 't Hout. “…”".
 */
function recoverPairs(text: string, nextText: string): Pairing {
  const skip = new Set<number>();
  const forced = new Map<number, Family>();
  let pairing = pairBlock(text, skip, forced);
  for (let attempt = 0; attempt < MAX_RECOVERIES; attempt++) {
    const bottom = pairing.stack[0];
    if (!bottom || reopensFamily(nextText, bottom.family)) break;
    if (pairing.orphanCloser) forced.set(pairing.orphanCloser.at, bottom.family);
    else if (pairing.sameFamilyInside || (pairing.pairInside && strandedSingle(text, bottom))) skip.add(bottom.at);
    else break;
    pairing = pairBlock(text, skip, forced);
  }
  return pairing;
}

/** A single opener inside the block (not at its start), which findInBlock would not run to the end. */
const strandedSingle = (text: string, open: Mark) => open.family === 'single' && !/^[\s\-–—]*$/.test(text.slice(0, open.at));

/** Does this block open, at its very start, a quote of the given family (the multi-paragraph convention)? */
function reopensFamily(text: string, family: Family): boolean {
  const m = /^[\s\-–—]*(["'“”„‟＂‘’‚«‹「『])/.exec(text);
  if (!m) return false;
  const mark = classifyMark(text, m[0].length - 1, m[1]!);
  return mark !== null && mark.family === family && mark.role !== 'close';
}

function findInBlock(block: Block, previousOpen: boolean, nextText: string): { spans: QuoteSpan[]; openAtEnd: boolean } {
  const text = block.text;
  const { pairs, stack } = recoverPairs(text, nextText);
  const spans: QuoteSpan[] = pairs.map(([open, close]) => makeSpan(block, open.at + 1, close.at, open.char, close.char, [open.at, close.at + 1]));
  // A quote still open at the end of the block runs to the end of the block: the
  // multi-paragraph convention, or a closing mark the page forgot. A fragment of
  // under three words is kept only when the next paragraph reopens the quote
  // (“Hello, / “We have been waiting …).
  let openAtEnd = false;
  const open = stack[0];
  if (open) {
    const rest = text.slice(open.at + 1);
    const leading = /^[\s\-–—]*$/.test(text.slice(0, open.at));
    // A bracketed note ("(Crosstalk.)") is the editor's, not a short first paragraph.
    const short = countWords(rest) >= 1 && !/^\s*[([]/.test(rest) && reopensFamily(nextText, open.family);
    const long = countWords(rest) >= 3 || short;
    if ((open.family !== 'single' || leading) && long) {
      spans.push(makeSpan(block, open.at + 1, trimEnd(text), open.char, null, [open.at, trimEnd(text)]));
      openAtEnd = true;
    }
  }
  // A quote opening at the very start of a block, after a block left open, continues it.
  const first = spans[0];
  if (previousOpen && first && /^[\s\-–—]*$/.test(text.slice(0, first.outer?.[0] ?? first.start))) {
    first.continuesPrevious = true;
  }
  return { spans, openAtEnd };
}

function lastIndexOfFamily(stack: readonly Mark[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

function trimEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function makeSpan(block: Block, start: number, end: number, open: string, close: string | null, outer: [number, number]): QuoteSpan {
  // Trim white space just inside the marks so the text starts and ends on a character.
  let s = start;
  let e = end;
  while (s < e && /\s/.test(block.text[s]!)) s++;
  while (e > s && /\s/.test(block.text[e - 1]!)) e--;
  return { block: block.index, start: s, end: e, open, close, text: block.text.slice(s, e), continuesPrevious: false, outer };
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
