// Stage 3: drop what is between quotation marks but is not speech: scare
// quotes, titles of works, names and nicknames, terms and words mentioned as
// words. The signals are general: length, capitalisation, a naming cue just
// before the mark ("so-called", "dubbed", "known as"), and whether any speech
// cue is near.
import type { CompiledLexicon } from '../lexicon';
import { verbAt } from '../text/np';
import { sentenceIds, tokenize, type Token } from '../text/tokens';
import type { Block, QuoteSpan } from '../types';

export type DropReason = 'empty' | 'naming' | 'title' | 'scare' | 'headline';

export interface FilterResult {
  kept: QuoteSpan[];
  dropped: { span: QuoteSpan; reason: DropReason }[];
}

/** Up to this many words, a quote with no speech cue near it is a scare quote or a term. */
const SHORT_WORDS = 3;
/** Up to this many words, a title-case quote is a title or a name. */
const TITLE_WORDS = 8;
const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Words that stay lower case in titles ("Bridges at Risk", "The Lord of the Rings"). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'de', 'la', 'el', 'y', 'en', 'del', 'vs', 'is', 'be']);

export function filterQuotes(blocks: readonly Block[], spans: readonly QuoteSpan[], lex: CompiledLexicon): FilterResult {
  const kept: QuoteSpan[] = [];
  const dropped: FilterResult['dropped'] = [];
  const byBlock = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  for (const [b, list] of byBlock) {
    const block = blocks[b]!;
    const tokens = tokenize(block.text, list);
    const sentence = sentenceIds(tokens);
    list.forEach((span, local) => {
      const k = tokens.quoteAt![local]!;
      const reason = span.unmarked ? null : judge(span, tokens, sentence, k, block, lex);
      if (reason) dropped.push({ span, reason });
      else kept.push(span);
    });
  }
  kept.sort((x, y) => x.block - y.block || x.start - y.start);
  return { kept, dropped };
}

function judge(span: QuoteSpan, tokens: readonly Token[], sentence: readonly number[], k: number, block: Block, lex: CompiledLexicon): DropReason | null {
  const words = span.text.match(WORDS) ?? [];
  if (!words.length) return 'empty';
  if (k < 0) return null;
  if (namingCueBefore(block.text, tokens[k]!.start, lex)) return 'naming';
  // American style puts commas and full stops inside even a scare quote's marks,
  // so closing punctuation makes a statement only from a few words up.
  const sentenceLike = (words.length > SHORT_WORDS && /[.!?,…]$/.test(span.text)) || span.continuesPrevious || span.close === null;
  const cue = cueNear(tokens, sentence, k, lex);
  if (!sentenceLike && words.length <= TITLE_WORDS && isTitleCase(words) && !cue.adjacent) return 'title';
  if (!sentenceLike && words.length <= SHORT_WORDS + 1 && !cue.inSentence) return 'scare';
  return null;
}

/** A naming cue just before the quote: "the so-called “X”", "a plan dubbed “X”", "the term “X”". */
function namingCueBefore(text: string, at: number, lex: CompiledLexicon): boolean {
  const before = text.slice(Math.max(0, at - 30), at).toLowerCase().replace(/[\s,:]+$/, '');
  if (lex.namingCues.some((cue) => before.endsWith(cue) && /(^|[^\p{L}])$/u.test(before.slice(0, before.length - cue.length)))) return true;
  // "a technique called “X”": a naming verb right before the mark names; with words
  // between ("called the plan “a disgrace”") it reports what someone said.
  return lex.namingVerb.test(before);
}

/** Every word capitalised, minor words aside; at least one capitalised word. */
function isTitleCase(words: readonly string[]): boolean {
  let caps = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) caps++;
    else if (!MINOR.has(w.toLowerCase())) return false;
  }
  return caps > 0;
}

/** Whether a speech cue stands in the quote's sentence, and whether it is right next to the quote. */
function cueNear(tokens: readonly Token[], sentence: readonly number[], k: number, lex: CompiledLexicon): { inSentence: boolean; adjacent: boolean } {
  const id = sentence[k];
  let inSentence = false;
  let adjacent = false;
  for (let j = k - 1; j >= Math.max(0, k - 60) && sentence[j] === id; j--) {
    if (isCue(tokens, j, lex)) {
      inSentence = true;
      if (k - j <= 4) adjacent = true;
      break;
    }
  }
  for (let j = k + 1; j < Math.min(tokens.length, k + 60) && sentence[j] === id; j++) {
    if (isCue(tokens, j, lex)) {
      inSentence = true;
      if (j - k <= 4) adjacent = true;
      break;
    }
  }
  // A colon right before the quote introduces speech: "She said: “…”".
  if (tokens[k - 1]?.text === ':') adjacent = inSentence = inSentence || k > 1;
  return { inSentence, adjacent };
}

function isCue(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word') return false;
  const v = verbAt(tokens, j, lex);
  if (v && v.strength >= 0.6) return true;
  const w = t.text.toLowerCase();
  return lex.accordingTo.some((p) => p.split(' ')[0] === w && tokens[j + 1]?.text.toLowerCase() === (p.split(' ')[1] ?? tokens[j + 1]?.text.toLowerCase()));
}
