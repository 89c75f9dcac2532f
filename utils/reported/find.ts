// Reported speech: statements attributed to a named (or resolvable) source
// with a speech cue but without quotation marks. One statement at most per
// sentence; the text is the reported clause. Shapes, with made-up examples:
//
//   cue first      The harbour authority said (that) repairs would cost £40m.
//                  Dr Marsh told reporters the piers were sound.
//   cue last       Repairs will take a year, the minister said.
//                  Repairs will take a year, said Dr Jane Marsh of Westmere.
//   cue inside     The piers, Dr Marsh said, were sound.
//   according to   According to the authority, the piers are sound.
//   introduced     The mayor also said:  • the vote was close  • …   (list items)
//
// Not reported speech: "that said", "the said company", questions, conditionals
// ("if the council said no…"), negated or infinitive cues ("did not say",
// "declined to say"), and unnamed sources ("many believe", "officials said").
import type { CompiledLexicon } from '../lexicon';
import type { BlockView, SieveContext } from '../sieves/context';
import { introducer } from '../sieves/04-colon-intro';
import { coordinatedSubject, invertsAt, isNameWord, isPassive, subjectAfter, subjectBefore, verbAt, type NounPhrase } from '../text/np';
import type { Token } from '../text/tokens';

export interface Reported {
  block: number;
  start: number;
  end: number;
  text: string;
  np: NounPhrase;
  /** Block the source phrase was read in (the introducing paragraph for list items). */
  npBlock: number;
  cue: string;
  confidence: number;
}

/** Speech lemmas that take a reported clause ("said that …"), with how surely they report words. */
const CLAUSE_CUES = new Set([
  'say', 'tell', 'add', 'write', 'state', 'explain', 'note', 'argue', 'warn', 'insist', 'acknowledge', 'concede', 'recall',
  'declare', 'announce', 'claim', 'admit', 'agree', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'allege', 'complain',
  'confirm', 'deny', 'estimate', 'report', 'reveal', 'stress', 'emphasise', 'point', 'believe', 'think', 'fear', 'hope',
  'testify', 'caution', 'counter', 'observe', 'remark', 'tweet',
  'decir', 'afirmar', 'asegurar', 'señalar', 'explicar', 'declarar', 'sostener', 'agregar', 'indicar', 'manifestar',
  'advertir', 'contar', 'escribir', 'anunciar', 'denunciar', 'reconocer', 'insistir', 'opinar',
]);
/** Words before a cue that cancel it: "did not say", "declined to say", "the said company". */
const CANCELLING = new Set(['not', 'never', "n't", 'to', 'the', 'a', 'an', 'this', 'that', 'no', 'if', 'whether']);
/** Openers of sentences that are not statements of fact: conditionals and indirect questions. */
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'should', 'would', 'could', 'si']);
/** Verbs whose object comes before the clause: "told reporters (that) …". */
const OBJECT_FIRST = new Set(['tell', 'warn', 'remind', 'assure', 'inform']);
/** Minimum words of the writer's own in a reported clause. */
const MIN_WORDS = 3;

export function findReported(ctx: SieveContext): Reported[] {
  const out: Reported[] = [];
  for (const view of ctx.blocks) {
    if (view.block.kind === 'heading') continue;
    const listed = introducedItem(ctx, view);
    if (listed) {
      out.push(listed);
      continue;
    }
    for (const [from, to] of view.bounds) {
      for (const found of inSentence(ctx, view, from, to)) out.push(found);
    }
  }
  return out;
}

function inSentence(ctx: SieveContext, view: BlockView, from: number, to: number): Reported[] {
  const { tokens } = view;
  const lex = ctx.lex;
  const text = view.block.text;
  let end = to;
  while (end > from && tokens[end - 1]!.kind === 'punct') end--;
  if (end <= from) return [];
  for (let k = end; k < to; k++) if (tokens[k]!.text === '?' || tokens[k]!.text === ':') return [];
  if (HYPOTHETICAL.has(firstWord(tokens, from))) return [];
  const according = accordingTo(ctx, view, from, end);
  if (according) return [according];
  const out: Reported[] = [];
  for (let v = from; v < end; v++) {
    const t = tokens[v]!;
    if (t.kind !== 'word') continue;
    const verb = verbAt(tokens, v, lex);
    if (!verb || !CLAUSE_CUES.has(verb.lemma) || verb.strength < 0.5) continue;
    if (cancelled(tokens, v) || isPassive(tokens, v)) continue;
    const after = v + verb.len;
    const cue = text.slice(t.start, tokens[after - 1]!.end);
    const subject = subjectBefore(text, tokens, v, lex, from) ?? coordinatedSubject(text, tokens, v, from, lex);
    if (subject) {
      // Cue first: "Dr Marsh said (that) the piers were sound[, and she added that …]."
      const clause = clauseAfter(ctx, view, after, end, verb.lemma);
      if (clause) {
        out.push(make(view, clause, subject, cue, 0.8 * verb.strength));
        v = clause[1] - 1;
        continue;
      }
      const opened = tokens[subject.from - 1]?.text === ',';
      // Cue inside, between commas: "The plan, Dr Marsh said, is sound." — the longer side is the statement.
      if (opened && tokens[after]?.text === ',') {
        // A whole statement before the cue ("It pays to wait, she said, and to …") stands alone;
        // a subject split from its verb ("The ferry, she said, will be sold") is read whole.
        const before = span(view, [from, subject.from - 1]);
        const pick =
          before && !INTRO_WORDS.has(firstWord(tokens, from)) && hasFiniteVerb(tokens, before)
            ? before
            : INTRO_WORDS.has(firstWord(tokens, from))
              ? span(view, [after + 1, end])
              : span(view, [from, end]);
        if (pick) out.push(make(view, pick, subject, cue, 0.7));
        break;
      }
      // Cue last: "Repairs will take a year, the minister said (on Monday)."
      if (opened && subject.from - 1 > from && trailingIsShort(tokens, after, end)) {
        const clause = span(view, [from, subject.from - 1]);
        if (clause && !INTRO_WORDS.has(firstWord(tokens, from))) out.push(make(view, clause, subject, cue, 0.75));
        break;
      }
      continue;
    }
    // Inverted cue last: "Repairs will take a year, said Dr Jane Marsh of Westmere."
    if (tokens[v - 1]?.text === ',' && invertsAt(tokens, v, lex) && v - 1 > from && !/ing$/.test(t.text)) {
      const np = subjectAfter(text, tokens, after, lex);
      const inverted = np && np.type !== 'pronoun' ? np : null;
      const clause = inverted ? span(view, [from, v - 1]) : null;
      if (inverted && clause && !INTRO_WORDS.has(firstWord(tokens, from))) {
        out.push(make(view, clause, inverted, cue, 0.75));
        break;
      }
    }
  }
  return out;
}

/** Words opening an introductory phrase, which is not itself a statement ("In an interview, …"). */
const INTRO_WORDS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'for', 'with', 'by', 'from', 'under', 'over', 'however', 'meanwhile', 'asked', 'speaking', 'when', 'while', 'as', 'en', 'tras', 'durante']);

/**
 * The reported clause after a cue: past the listener ("told reporters"), a
 * setting ("in a statement") and "that"; up to the sentence's end or to where a
 * second cue joins on (", and she added that …"). Null for a colon or a quote
 * alone (those are quotes), or an infinitive ("vowed to …": a promise, not a claim).
 */
function clauseAfter(ctx: SieveContext, view: BlockView, after: number, end: number, lemma: string): [number, number] | null {
  const { tokens } = view;
  const lex = ctx.lex;
  let c = after;
  if (OBJECT_FIRST.has(lemma)) c = skipObject(view.block.text, tokens, c, end, lex);
  if (tokens[c]?.kind === 'word' && /^(?:in|on|at)$/i.test(tokens[c]!.text) && tokens[c + 1]?.kind === 'word') c = skipPhrase(tokens, c, end);
  if (lex.complementizers.has((tokens[c]?.text ?? '').toLowerCase())) c++;
  const first = tokens[c];
  if (!first || first.text === ':' || first.text === ',' || (first.kind === 'quote' && onlyQuote(tokens, c, end))) return null;
  if (/^(?:to|of|about|for|with|at|in|on|according|after|before|during|from|by|as)$/i.test(first.text)) return null;
  let stop = end;
  for (let k = c + 2; k < end; k++) {
    // ", saying …", ", adding that …": a second cue starts a second statement.
    if (tokens[k - 1]!.text === ',' && /ing$/.test(tokens[k]!.text) && verbAt(tokens, k, lex)) {
      stop = k - 1;
      break;
    }
    if (tokens[k - 1]!.text === ',' && /^(?:and|but)$/i.test(tokens[k]!.text)) {
      const np = subjectAfter(view.block.text, tokens, k + 1, lex);
      if (np && verbAt(tokens, np.to, lex)) {
        stop = k - 1;
        break;
      }
    }
  }
  const clause = span(view, [c, stop]);
  if (!clause) return null;
  // A clause says something in the writer's words: at least two lower-case words.
  let lowerWords = 0;
  for (let k = clause[0]; k < clause[1]; k++) if (tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && !lex.determiners.has(tokens[k]!.text)) lowerWords++;
  return lowerWords >= 2 && hasFiniteVerb(tokens, clause) ? clause : null;
}

/** Auxiliaries and copulas: a clause has a verb; "announced a new strategy" reports a thing, not a claim. */
const FINITE = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|shall|must|may|might|did|does|do|isn['’]t|wasn['’]t|won['’]t|can['’]t|es|son|fue|fueron|era|eran|ha|han|había|está|están|será|serán|puede|pueden|debe|deben)$/i;

function hasFiniteVerb(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote') return true;
    if (t.kind !== 'word') continue;
    if (FINITE.test(t.text) || /['’](?:s|re|ll|d|ve)$/.test(t.text)) return true;
    // Past and present forms after the clause's first word: "the piers cracked", "the city needs".
    if (k > a && /^\p{Ll}{3,}(?:ed|es)$/u.test(t.text)) return true;
    if (k > a && /^\p{Ll}{3,}s$/u.test(t.text) && !/(?:ss|us|is)$/.test(t.text)) return true;
    // Spanish past, future and imperfect forms: "subió", "votará", "estaba", "tenían".
    if (k > a && /^\p{Ll}{2,}(?:ó|á|é|aba|aban|ía|ían|aron|ieron)$/u.test(t.text)) return true;
  }
  return false;
}

/** "According to the authority, the piers are sound." / "…, according to Dr Marsh." */
function accordingTo(ctx: SieveContext, view: BlockView, from: number, end: number): Reported | null {
  const { tokens } = view;
  for (let k = from; k < end; k++) {
    const phrases = ctx.lex.accordingToByFirst.get(tokens[k]!.low ?? '');
    if (!phrases) continue;
    for (const words of phrases) {
      if (k + words.length > end || !words.every((w, i) => tokens[k + i]?.low === w)) continue;
      const np = subjectAfter(view.block.text, tokens, k + words.length, ctx.lex);
      if (!np || np.type === 'unnamed') continue;
      const cue = view.block.text.slice(tokens[k]!.start, tokens[k + words.length - 1]!.end);
      if (k === from || (k === from + 1 && tokens[from]!.kind === 'punct')) {
        // Past the source and its appositive, to the comma that opens the statement.
        let c = tokens[np.to - 1]?.text === ',' ? np.to - 1 : np.to;
        while (c < end && tokens[c]!.text !== ',' && c - np.to < 12) c++;
        const clause = span(view, [c + 1, end]);
        return clause ? make(view, clause, np, cue, 0.8) : null;
      }
      if (tokens[k - 1]?.text === ',') {
        const clause = span(view, [from, k - 1]);
        return clause ? make(view, clause, np, cue, 0.8) : null;
      }
    }
  }
  return null;
}

/** A list item without quotation marks, under a paragraph that introduces it with a cue and a colon. */
function introducedItem(ctx: SieveContext, view: BlockView): Reported | null {
  if (view.block.kind !== 'item' || view.quotes.length && view.tokens.every((t) => t.kind !== 'word')) return null;
  let p = view.block.index - 1;
  while (p >= 0 && ctx.blocks[p]!.block.kind === 'item') p--;
  const intro = ctx.blocks[p];
  const last = intro?.tokens[intro.tokens.length - 1];
  if (!intro || last?.text !== ':') return null;
  const d = introducer(ctx, p, intro.tokens.length - 1, 'reported');
  if (!d?.np || d.np.type === 'unnamed') return null;
  const clause = span(view, [0, view.tokens.length]);
  if (!clause) return null;
  return { ...make(view, clause, d.np, d.cue ?? '', 0.7), npBlock: p };
}

function make(view: BlockView, clause: [number, number], np: NounPhrase, cue: string, confidence: number): Reported {
  const start = view.tokens[clause[0]]!.start;
  const end = view.tokens[clause[1] - 1]!.end;
  return { block: view.block.index, start, end, text: view.block.text.slice(start, end), np, npBlock: view.block.index, cue, confidence };
}

/** A token range worth reporting: enough words of the writer's own, not a quote alone. */
function span(view: BlockView, range: [number, number]): [number, number] | null {
  let [a, b] = range;
  const { tokens } = view;
  while (a < b && tokens[a]!.kind === 'punct') a++;
  while (b > a && tokens[b - 1]!.kind === 'punct') b--;
  let words = 0;
  for (let k = a; k < b; k++) if (tokens[k]!.kind === 'word') words++;
  return words >= MIN_WORDS ? [a, b] : null;
}

/** After a closing cue only a short phrase may follow ("…, she said on Monday."). */
function trailingIsShort(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (tokens[k]!.kind === 'quote') return false;
  return end - from <= 12;
}

function cancelled(tokens: readonly Token[], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev || prev.kind !== 'word') return false;
  const w = prev.text.toLowerCase();
  if (CANCELLING.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
  // "That said, …": a cue with nothing before it but a demonstrative.
  return false;
}

function onlyQuote(tokens: readonly Token[], c: number, end: number): boolean {
  for (let k = c + 1; k < end; k++) if (tokens[k]!.kind === 'word') return false;
  return true;
}

/** Past the listener of "told": a name, a pronoun, or a short noun phrase ("reporters", "the BBC"). */
function skipObject(text: string, tokens: readonly Token[], c: number, end: number, lex: CompiledLexicon): number {
  // "told the Lenning Courier (that) …": a determiner and a name.
  if (lex.determiners.has((tokens[c]?.text ?? '').toLowerCase()) && isNameWord(tokens[c + 1], lex)) {
    let k = c + 1;
    while (k < end && (isNameWord(tokens[k], lex) || (lex.linkers.has(tokens[k]!.low ?? '') && isNameWord(tokens[k + 1], lex)))) k++;
    return k;
  }
  const np = subjectAfter(text, tokens, c, lex);
  if (np && np.to <= end) return np.to;
  const w = (tokens[c]?.text ?? '').toLowerCase();
  if (/^(?:me|him|her|us|them|you|reporters|journalists|lawmakers|viewers|listeners|parliament|congress)$/.test(w)) return c + 1;
  return c;
}

/** Past a short phrase after the cue: "said in a statement", "wrote on Twitter". */
function skipPhrase(tokens: readonly Token[], c: number, end: number): number {
  let k = c + 1;
  while (k < end && k - c < 5 && tokens[k]!.kind === 'word' && !/^(?:that|que)$/i.test(tokens[k]!.text)) {
    if (/^(?:statement|interview|briefing|conference|post|video|letter|email|tweet|speech|address|filing|report|Twitter|X|Facebook|Instagram|court|hearing|radio|television|TV)$/i.test(tokens[k]!.text)) return k + 1;
    k++;
  }
  return c;
}

function firstWord(tokens: readonly Token[], from: number): string {
  for (let k = from; k < tokens.length; k++) if (tokens[k]!.kind === 'word') return tokens[k]!.text.toLowerCase();
  return '';
}
