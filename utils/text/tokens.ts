// Tokens and sentences of one block, with every quote folded into a single
// token so that the words around a quote can be read without its contents.
import { ABBREVIATIONS, CONTRACTED_PRONOUNS } from '../lexicon';
import { firstNameGender } from '../lexicon/first-names';
import type { QuoteSpan } from '../types';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** For quote tokens: index of the span in the block's span list. */
  quote?: number;
  /** The text in lower case, computed once (words only). */
  low?: string;
  /** A word the lexicon lists as no name that stands as a name here ("George Will", "Read said"): see `markNameLikeWords`. */
  name?: boolean;
  /** A word capitalised only because it opens a sentence, that the article writes in lower case elsewhere ("Pollsters agree …"): see `markCommonWords`. */
  common?: boolean;
}

/** A word: letters or digits, with inner apostrophes and hyphens (O’Brien, well-known, 9/11). */
const WORD = /[\p{L}\p{N}@#][\p{L}\p{N}\p{M}_]*(?:['’\-/&][\p{L}\p{N}\p{M}]+)*/uy;
const SPACE = /\s/;
/** Elided French articles and pronouns before a lower-case word: l’, d’, qu’, j’, n’, s’, c’. */
const ELISION = /^(?:[lLdDjJnNsScC]|[qQ]u)['’](?=\p{Ll})/u;

/**
 * Split a block's text into tokens. `spans` are the block's quotes (sorted);
 * each becomes one quote token covering its marks.
 */
export function tokenize(text: string, spans: readonly QuoteSpan[] = []): Token[] & { quoteAt?: number[] } {
  const tokens: Token[] & { quoteAt?: number[] } = [];
  /** quoteAt[i]: index of the token of span i (-1 when a span overlaps an earlier one). */
  const quoteAt: number[] = new Array(spans.length).fill(-1);
  tokens.quoteAt = quoteAt;
  let q = 0;
  let i = 0;
  while (i < text.length) {
    const span = spans[q];
    // The span's marks: recorded by the finder, else just outside the text (white space
    // inside the marks, as in French « … », is part of the quote token).
    const from = span ? span.outer?.[0] ?? (span.unmarked ? span.start : span.start - 1) : 0;
    if (span && i >= from && i < span.end) {
      const to = span.outer?.[1] ?? (span.close ? span.end + 1 : span.end);
      quoteAt[q] = tokens.length;
      tokens.push({ kind: 'quote', text: text.slice(from, to), start: from, end: to, quote: q, low: '' });
      i = Math.max(to, i + 1);
      q++;
      continue;
    }
    if (span && i >= span.end) {
      q++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 127 && SPACE.test(text[i]!))) {
      i++;
      continue;
    }
    // "John “Tig” Tiegen": a nickname in marks inside a name is no token, so that the name's words run on.
    if ((c === 34 || c === 0x201c) && text.charCodeAt(i - 1) === 32) {
      const end = nicknameEnd(text, i, tokens[tokens.length - 1]);
      if (end > 0) {
        i = end;
        continue;
      }
    }
    // ASCII punctuation needs no regular expression.
    if (c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64 || c === 35)) {
      tokens.push({ kind: 'punct', text: text[i]!, start: i, end: i + 1, quote: undefined, low: '' });
      i++;
      continue;
    }
    // Plain ASCII words (most of English text) are scanned by hand; anything else
    // (accents, apostrophes, hyphens) goes through the regular expression.
    let m: string | null = null;
    if (c < 128) {
      let e = i + 1;
      while (e < text.length && isAsciiWordChar(text.charCodeAt(e))) e++;
      const after = e < text.length ? text.charCodeAt(e) : 32;
      if (after < 128 && after !== 39 && after !== 45 && after !== 47 && after !== 38 && after !== 95) m = text.slice(i, e);
    }
    if (m === null) {
      WORD.lastIndex = i;
      m = WORD.exec(text)?.[0] ?? null;
    }
    if (m) {
      const first = i;
      let end = i + m.length;
      const w = m;
      // Keep the full stop of an abbreviation or an initial ("Dr.", "C.", "U.S.").
      // A party and state tag keeps its stops too: "R-Ky.", "D-N.Y.".
      if (text[end] === '.' && (ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w) || partyStateTag(w))) {
        end++;
        // U.S. / U.K.: letters and stops run together.
        while (/^\p{L}\.$/u.test(text.slice(end, end + 2))) end += 2;
      }
      if (span && end > from) end = Math.max(i + 1, from);
      // French elision: "l’économiste" is two words, the determiner and the noun.
      // (The expressions run only where an apostrophe could make them match: most words have none.)
      const elided = isApostrophe(text.charCodeAt(i + 1)) || isApostrophe(text.charCodeAt(i + 2)) ? ELISION.exec(text.slice(i, Math.min(end, i + 4))) : null;
      if (elided && end > i + elided[0].length) {
        const article = text.slice(i, i + elided[0].length);
        tokens.push({ kind: 'word', text: article, start: i, end: i + article.length, quote: undefined, low: article.toLowerCase() });
        i += article.length;
      }
      // "he’s", "they’ve": the pronoun and its auxiliary are two words ("he" is the subject of "he’s said").
      let apostrophe = -1;
      if (CONTRACTED_PRONOUNS.size && end - i <= 7) for (let j = i; j < end && apostrophe < 0; j++) if (isApostrophe(text.charCodeAt(j))) apostrophe = j - i;
      if (apostrophe > 0 && CONTRACTED_PRONOUNS.has(text.slice(i, end).toLowerCase().replace('’', "'"))) {
        const pronoun = text.slice(i, i + apostrophe);
        tokens.push({ kind: 'word', text: pronoun, start: i, end: i + apostrophe, quote: undefined, low: pronoun.toLowerCase() });
        i += apostrophe;
      }
      const word = i === first && end === first + m.length ? m : text.slice(i, end);
      tokens.push({ kind: 'word', text: word, start: i, end, quote: undefined, low: word.toLowerCase() });
      i = end;
      continue;
    }
    tokens.push({ kind: 'punct', text: text[i]!, start: i, end: i + 1, quote: undefined, low: '' });
    i++;
  }
  return tokens;
}

/** One or two capitalised words in marks, then a space and a capital: the shape of a nickname inside a name. */
const NICKNAME = /["“]\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?["”](?= \p{Lu})/uy;

/** The end of a nickname in marks at `i` right after a first name ("John “Tig” Tiegen"), or -1. */
export function nicknameEnd(text: string, i: number, prev: Token | undefined): number {
  if (prev?.kind !== 'word' || prev.end !== i - 1 || !firstNameGender(prev.text)) return -1;
  NICKNAME.lastIndex = i;
  return NICKNAME.test(text) ? NICKNAME.lastIndex : -1;
}

/** "R-Ky", "D-N" (of "D-N.Y."): one capital, a hyphen, then an abbreviation or an initial. */
function partyStateTag(w: string): boolean {
  const m = PARTY_STATE.exec(w);
  return !!m && (ABBREVIATIONS.has(m[1]!) || /^\p{Lu}$/u.test(m[1]!));
}
const PARTY_STATE = /^\p{Lu}-(\p{Lu}\p{Ll}*)$/u;

const END_PUNCT = /^[.!?…]$/;
const UPPER_START = /^[\p{Lu}\p{N}]/u;

/**
 * Sentence boundaries over tokens: returns, for each token, the index of its
 * sentence. A sentence ends at . ! ? (or a quote ending with one) followed by a
 * capitalised word or another quote.
 */
export function sentenceIds(tokens: readonly Token[]): number[] {
  const ids: number[] = new Array(tokens.length);
  let id = 0;
  for (let k = 0; k < tokens.length; k++) {
    ids[k] = id;
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (!next) break;
    let ends = false;
    if (t.kind === 'punct' && END_PUNCT.test(t.text) && !(t.text === '.' && next.start === t.end && tokens[k - 1]?.end === t.start)) {
      // (A full stop inside a number or a name, "£1.2m", "example.org", ends nothing.)
      // "." then a closing bracket or mark belongs to the same sentence; the next token decides.
      ends = next.kind === 'quote' || (next.kind === 'word' && UPPER_START.test(next.text));
    } else if (t.kind === 'quote' && /[.!?…]["”’»」']?$/.test(t.text) && /^["“‘«„「']/.test(t.text)) {
      ends = next.kind === 'quote' || (next.kind === 'word' && UPPER_START.test(next.text));
    }
    if (ends) id++;
  }
  return ids;
}

const UPPER = /^\p{Lu}/u;

/** Whether a word starts with a capital letter (ASCII answered without a regular expression). */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** ' or ’ (NaN, past the text's end, is neither). */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** ASCII letters and digits. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A closing quotation mark left as punctuation (a dropped title's) right after a comma, ending at token `end`: "of “Low Tide,” said". */
export function commaInsideClosingMark(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  return !!last && last.kind === 'punct' && /^["”’'»›]$/u.test(last.text) && tokens[end - 2]?.text === ',';
}
