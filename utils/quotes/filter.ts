// Stage 3: drop what is between quotation marks but is not speech: scare
// quotes, titles of works, names and nicknames, terms and words mentioned as
// words. The signals are general: length, capitalisation, a naming cue just
// before the mark ("so-called", "dubbed", "known as"), and whether any speech
// cue is near.
import type { CompiledLexicon } from '../lexicon';
import { isPassive, verbAt } from '../text/verbs';
import { nicknameEnd, sentenceIds, tokenize, type Token } from '../text/tokens';
import type { Block, QuoteSpan } from '../types';
import { namedBySomeone, namingCueBefore, sameList } from './naming';
import { criedBefore, saidAtEnd, saidRightBefore, termUsed } from './said';
import { speakerBefore, speakingNames } from './speaking';
import { isAddress, isTitleCase, titleSlot } from './titles';

export type DropReason = 'empty' | 'naming' | 'title' | 'scare' | 'modifier' | 'repeat';

export interface FilterResult {
  kept: QuoteSpan[];
  dropped: { span: QuoteSpan; reason: DropReason }[];
  /** Tokens of the blocks where every quote was kept, or that keep none (when the speakers' names were read), for the next stage to reuse. */
  tokens: Map<number, Token[] & { quoteAt?: number[] }>;
}

/** Up to this many words, a quote with no speech cue near it is a scare quote or a term. */
const SHORT_WORDS = 3;
/** Up to this many words, a title-case quote is a title or a name. */
const TITLE_WORDS = 12;
const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function filterQuotes(blocks: readonly Block[], spans: readonly QuoteSpan[], lex: CompiledLexicon): FilterResult {
  const kept: QuoteSpan[] = [];
  const dropped: FilterResult['dropped'] = [];
  const reusable: FilterResult['tokens'] = new Map();
  const byBlock = new Map<number, QuoteSpan[]>();
  // The names the article's speakers go by, found once and only when a quote needs them.
  let names: Set<string> | undefined;
  const plain: Token[][] = [];
  for (const s of spans) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  for (const [b, list] of byBlock) {
    const block = blocks[b]!;
    const tokens = tokenize(block.text, list);
    const sentence = sentenceIds(tokens);
    const introduced = introducedItem(blocks, b, lex);
    // (Two words apart: "a-ha" is one.)
    const voiced = (k: number, text: string) => /\S\s+\S/u.test(text) && speakerBefore(tokens, sentence, k, (names ??= speakingNames(blocks, lex, plain)), lex);
    let all = true;
    let previous: { k: number; reason: DropReason | null } | null = null;
    list.forEach((span, local) => {
      const k = tokens.quoteAt![local]!;
      // An item of a list whose first item a naming cue introduced is named too: "words such as “a,” “b” and “c”".
      const named = previous?.reason === 'naming' && k >= 0 && sameList(tokens, previous.k, k, lex);
      const reason = span.unmarked ? null : named ? 'naming' : judge(span, tokens, sentence, k, block, lex, introduced, voiced);
      previous = { k, reason };
      if (reason) {
        dropped.push({ span, reason });
        all = false;
      } else kept.push(span);
    });
    if (all) reusable.set(b, tokens);
  }
  // Pull quotes: a subhead or block quote that is only a quote repeating the body's words.
  let body: string | null = null;
  for (let i = kept.length - 1; i >= 0; i--) {
    const span = kept[i]!;
    const block = blocks[span.block]!;
    // (Unmarked block quotes are statements and excerpts, not pull quotes.)
    if (span.unmarked || (block.kind !== 'heading' && block.kind !== 'blockquote') || span.end - span.start < block.text.length * 0.8) continue;
    const words = fold(span.text);
    if (words.length < 12) continue;
    body ??= blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'item').map((b) => fold(b.text)).join(' ');
    if (body.includes(words)) {
      dropped.push({ span, reason: 'repeat' });
      kept.splice(i, 1);
      reusable.delete(span.block);
    }
  }
  kept.sort((x, y) => x.block - y.block || x.start - y.start);
  // A block that keeps no quote is read as plain text: the tokens the names were read from.
  const keeps = new Set<number>();
  for (const s of kept) keeps.add(s.block);
  for (let b = 0; b < plain.length; b++) if (!keeps.has(b)) reusable.set(b, plain[b]!);
  return { kept, dropped, tokens: reusable };
}

function judge(span: QuoteSpan, tokens: readonly Token[], sentence: readonly number[], k: number, block: Block, lex: CompiledLexicon, introduced: boolean, voiced: (k: number, text: string) => boolean): DropReason | null {
  const words = span.text.match(WORDS) ?? [];
  if (!words.length) return 'empty';
  if (isAddress(span.text)) return 'naming';
  if (k < 0) return null;
  // A nickname inside a name: "John “Tig” Tiegen" (tokenize leaves it out once it is no quote).
  if (nicknameEnd(block.text, tokens[k]!.start, tokens[k - 1]) === tokens[k]!.end) return 'naming';
  // Only a word that can end a naming cue ("dubbed", "known as", "the term") needs the full check.
  const prev = tokens[k - 1];
  // "the term “X”" names a word, unless someone uses it: "using the term “X”" (then it is theirs).
  const used = termUsed(tokens, k, lex);
  if (prev && lex.namingCueEnds.has(prev.low ?? '') && namingCueBefore(block.text, tokens[k]!.start, lex) && !namedBySomeone(tokens, k, sentence, lex) && !used) return 'naming';
  // American style puts commas and full stops inside even a scare quote's marks,
  // so closing punctuation makes a statement only from a few words up.
  // A quote that is a sentence of its own ("“Nobody came.”") is a statement whatever its length.
  // (The full stop may stand inside the marks or, in Spanish and French, after them.)
  const endsSentence = /[.!?…]$/.test(span.text) || k + 1 >= tokens.length || /^[.!?…]$/.test(tokens[k + 1]!.text);
  const ownSentence = (k === 0 || sentence[k - 1] !== sentence[k]) && /^\p{Lu}/u.test(span.text) && endsSentence;
  // A fragment opening in lower case ("the father of the harbour,") is a phrase, not a statement.
  const statementPunct = words.length > SHORT_WORDS && /[.!?,…]$/.test(span.text) && (/^\P{Ll}/u.test(span.text) || words.length > 6);
  const sentenceLike = statementPunct || ownSentence || span.continuesPrevious || span.close === null;
  const cue = cueNear(tokens, sentence, k, lex);
  if (introduced) cue.inSentence = cue.adjacent = cue.leads = true;
  // A word or phrase in the reported part of a sentence is the speaker's own: "She cast
  // the vote as a “mandate”", "his claim that the plan was “dead”". An author's scare
  // quote stands in the author's own sentence, with no one reported before it.
  // (Or the statement is named right after: "his “47 percent” comment"; or it is what someone cried.)
  const cried = criedBefore(tokens, k, lex);
  const reported = cried || cue.before || used || lex.w.statementNouns.has(tokens[k + 1]?.low ?? '') || framedBefore(tokens, sentence, k, lex);
  // Titles: every word capitalised. From two words on, speech rarely looks like that, but for a cry, a question, or
  // two words a cue introduces or attributes: "“Thank You,” she said", "she told the crowd, “Not Today.”".
  const led = (tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ':' || introduced) && cue.leads;
  const two = words.length === 2 && !/[!?]$/.test(span.text) && !(span.text.endsWith(',') && cue.after) && !led;
  // One capitalised word reported is theirs ("said the judge was “Mexican.”"), unless in a name's slot
  // ("“Leave” voters", "the host of “Today”", a nickname inside a name: "Ana “Tidy” Ruiz").
  const prevLow = tokens[k - 1]?.low ?? '';
  const next = tokens[k + 1]?.kind === 'word' ? tokens[k + 1]!.text : '';
  const nickname = tokens[k - 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k - 1]!.text) && /^\p{Lu}/u.test(next);
  const nameSlot = (/^\p{Ll}/u.test(next) && !lex.w.notNouns.has(next)) || (lex.w.prepositions.has(prevLow) && !lex.w.asWords.has(prevLow)) || nickname;
  const oneReported = words.length === 1 && reported && !nameSlot;
  // Right after a verb of saying, title case is what was said: "declared “What a Night!”", "a sign saying “Save Our Pier”".
  // So is what a crowd or a heckler cried ("chants of “Lena! Lena!”", "shout “Hooray!”"), or a term someone used.
  const said = cried || used || saidRightBefore(tokens, sentence, k, lex);
  if (words.length <= TITLE_WORDS && isTitleCase(words, lex) && !said && (words.length >= 3 || two || (!sentenceLike && !cue.adjacent && !oneReported) || titleSlot(tokens, k, span, lex))) return 'title';
  // A phrase of two words or more in a sentence that names, before it, someone the article quotes is theirs (speaking.ts).
  if (!sentenceLike && words.length <= SHORT_WORDS + 1 && !cue.inSentence && !reported && !voiced(k, span.text)) return 'scare';
  // An epithet: a noun phrase in marks with no speech cue near ("Lorenz, “the father of chaos,” began").
  if (!sentenceLike && words.length <= 8 && !cue.inSentence && !reported && lex.re.articleStart.test(span.text) && setOff(tokens, k, span) && !voiced(k, span.text)) return 'scare';
  // "the “smart” tolls" is a term; "he said it was a “smart” plan" reports his word.
  if (words.length <= SHORT_WORDS && !reported && !saidAtEnd(tokens, sentence, k, lex) && isModifier(tokens, k, lex) && !voiced(k, span.text)) return 'modifier';
  return null;
}

/**
 * Whether a speech cue stands in the quote's sentence, whether it is right next to
 * the quote (right before it, right after it), and whether a speech verb stands before the quote (the quote is then in
 * what the verb reports: "Smith said the plan was “reckless”").
 */
function cueNear(tokens: readonly Token[], sentence: readonly number[], k: number, lex: CompiledLexicon): { inSentence: boolean; adjacent: boolean; before: boolean; leads: boolean; after: boolean } {
  const id = sentence[k];
  let inSentence = false;
  let adjacent = false;
  let before = false;
  let leads = false;
  let after = false;
  let boundary = false;
  for (let j = k - 1; j >= Math.max(0, k - 60) && sentence[j] === id; j--) {
    boundary ||= clauseBoundary(tokens, j, lex);
    if (isCue(tokens, j, lex)) {
      inSentence = true;
      if (k - j <= 4) adjacent = leads = true;
      // Only a verb whose content is a clause reports what follows it: "said the town would try
      // a “smart” toll" — not "according to her “clawback” plan", "asked them to run a “blind” test".
      before = !boundary && lex.w.clauseVerbs.has(verbAt(tokens, j, lex)?.lemma ?? '');
      break;
    }
  }
  for (let j = k + 1; j < Math.min(tokens.length, k + 60) && sentence[j] === id; j++) {
    if (isCue(tokens, j, lex)) {
      inSentence = true;
      if (j - k <= 4) adjacent = after = true;
      break;
    }
  }
  // A colon right before the quote introduces speech: "She said: “…”".
  if (tokens[k - 1]?.text === ':') adjacent = inSentence = inSentence || k > 1;
  return { inSentence, adjacent, before, leads, after };
}

function isCue(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'word') return false;
  // "in Tom Hale’s phrase", "in her words".
  if (lex.w.wordsCues.has(t.low ?? '') && possessive(tokens[j - 1], lex)) return true;
  const v = verbAt(tokens, j, lex);
  if (v && v.strength >= 0.6) return true;
  const phrases = lex.accordingToByFirst.get(t.low ?? '');
  return !!phrases && phrases.some((words) => words.every((w, i) => tokens[j + i]?.low === w));
}

/**
 * A verb that frames what follows as someone's words or stance stands before the quote in its sentence ("derided
 * the “experts”", "cast it as a “mandate”", "described it as “fair”", "thinks it a “test case”"), or a statement noun
 * with its "that" clause does ("the claim that the vote was “rigged”"), or one with
 * its content right after it ("her promise of “free ferries”", "a pledge to “fix” it").
 */
function framedBefore(tokens: readonly Token[], sentence: readonly number[], k: number, lex: CompiledLexicon): boolean {
  const id = sentence[k];
  let that = false;
  let as = false;
  let by = lex.w.agentMarkers.has(tokens[k + 1]?.low ?? '');
  for (let j = k - 1; j >= Math.max(0, k - 40) && sentence[j] === id; j--) {
    if (clauseBoundary(tokens, j, lex)) return false;
    const low = tokens[j]!.low ?? '';
    if (tokens[j]!.kind !== 'word') continue;
    if (lex.w.agentMarkers.has(low)) by = true;
    // A passive frame with no agent ("by …", before or after the quote) holds no one's words: "was considered the “hub”".
    const frame = lex.w.quoteFrames.has(low) || lex.w.thoughtFrames.has(low);
    if (frame && isPassive(tokens, j, lex) && !by) continue;
    if (frame || (as && lex.w.asFrames.has(low))) return true;
    if (lex.w.asWords.has(low)) as = true;
    if (lex.complementizers.has(low)) that = true;
    else if (lex.w.statementNouns.has(low) && (that || lex.w.statementLinks.has(tokens[j + 1]?.low ?? ''))) return true;
  }
  return false;
}

/** A new clause of the author's own starts at j: "…, but when did that “a-ha” moment come?", "…; the “fix” failed". */
function clauseBoundary(tokens: readonly Token[], j: number, lex: CompiledLexicon): boolean {
  const t = tokens[j]!;
  if (t.text === ';') return true;
  return tokens[j - 1]?.text === ',' && lex.w.contrastJoiners.has(t.low ?? '');
}

/** A possessive before "words": "Tom Hale’s", "her". */
function possessive(t: Token | undefined, lex: CompiledLexicon): boolean {
  if (!t) return false;
  return /['’]s$/i.test(t.text) || lex.w.possessives.has(t.text.toLowerCase());
}

/** "the “smart” tolls", "a “ride sharing” service": a fragment between a determiner and its noun is a term. */
function isModifier(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!before || !after || before.kind !== 'word' || after.kind !== 'word') return false;
  return lex.w.determinerLike.has(before.text.toLowerCase()) && nounAfter(tokens, k, lex);
}

/** A word that may be a noun right after the quote: lower case, no function word, no verb form. */
function nounAfter(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const after = tokens[k + 1];
  if (!after || after.kind !== 'word') return false;
  const next = after.text;
  if (!/^\p{Ll}/u.test(next) || lex.w.notNouns.has(next) || lex.re.notModifier.test(next)) return false;
  return !lex.verbs.has(next);
}

/** A list item after a paragraph that introduces it: "The minister also said:". */
function introducedItem(blocks: readonly Block[], b: number, lex: CompiledLexicon): boolean {
  if (blocks[b]!.kind !== 'item') return false;
  let p = b - 1;
  while (p >= 0 && blocks[p]!.kind === 'item') p--;
  const intro = blocks[p];
  if (!intro || !/:\s*$/.test(intro.text)) return false;
  const tokens = tokenize(intro.text);
  return tokens.some((_, j) => !!verbAt(tokens, j, lex));
}

/** Letters and digits only, lower case, single spaces: for comparing a pull quote with the body. */
function fold(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/** A quote set off by commas or brackets, as an appositive is: ", “the father of chaos,” began". */
function setOff(tokens: readonly Token[], k: number, span: QuoteSpan): boolean {
  const before = tokens[k - 1]?.text;
  const after = tokens[k + 1]?.text;
  return (before === ',' || before === '(') && (after === ',' || after === ')' || span.text.endsWith(','));
}
