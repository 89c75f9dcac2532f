// Sieve 2: a speaker and a cue right before the quote.
//   Dr Marsh said: “The bridge will hold.”
//   The minister told reporters that “nothing is decided”.
//   Jane Marsh, a professor at Westmere, said, “It will hold.”
import { formOf, pronounWordsFor } from '../lexicon/pronouns';
import { nounPhrase, type NounPhrase, type Words } from '../text/phrase';
import { passiveAgent, sentenceSubject, subjectOfCue } from '../text/clauses';
import { subjectAfter, subjectBefore } from '../text/subjects';
import { invertsAt, isPassive, verbAt } from '../text/verbs';
import { CONFIDENCE } from './confidence';
import { cueText, sentenceRange, subjectPastAside, type BlockView, type Decision, type Sieve, type SieveContext } from './context';

/** At most this many words between the verb and the quote: its object or a phrase ("told the council on Monday"). */
const MAX_GAP = 6;

export const cueBefore: Sieve = {
  name: 'cue-before',
  describe: 'Dr Marsh said: “…” / she told reporters that “…”',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    const { tokens, words } = view;
    const [sentFrom] = sentenceRange(view, q.token);
    let k = q.token - 1;
    if (k >= 0 && tokens[k]!.kind === 'punct' && /[:,—–]/.test(tokens[k]!.text)) k--;
    if (k >= 0 && ctx.lex.complementizers.has(tokens[k]!.text.toLowerCase())) k--;
    const colon = tokens[q.token - 1]?.text === ':';
    // "… the pollster Ann Cole: “…”", "More from Jones: “…”": a name right before the colon, with no
    // speech verb before it in the sentence (in "She told Ana Ruiz: “…”" the name is the listener).
    if (colon) {
      const presented = presentedBy(ctx, view, sentFrom, q.token - 1);
      if (presented) return { ...presented, sieve: this.name };
      const named = subjectBefore(words, q.token - 1, sentFrom);
      // "… delivered a blunt message to Price: “…”": the one spoken to is no speaker.
      const spokenTo = !!named && ctx.lex.w.recipientMarkers.has(tokens[named.from - 1]?.low ?? '');
      if (named && !spokenTo && named.to === q.token - 1 && (named.type === 'person' || named.type === 'organization') && !hasVerb(tokens, sentFrom, named.from, ctx.lex)) {
        return { np: named, block: q.block, cue: null, sieve: this.name, confidence: CONFIDENCE.colonSubject };
      }
    }
    let opened = false;
    for (let v = k; v >= Math.max(sentFrom, k - MAX_GAP); v--) {
      const t = tokens[v]!;
      if (t.kind === 'quote') return null;
      const verb = verbAt(tokens, v, ctx.lex);
      if (!verb) {
        // A clause starts between the verb and the quote: the quote is not the verb's object. Before a
        // colon, the sentence may still be about its speaker ("She then turned to the crowd: “…”").
        if (ctx.lex.w.clauseOpeners.has(t.text.toLowerCase())) {
          if (!colon) return null;
          opened = true;
          break;
        }
        continue;
      }
      if (verb.strength < 0.5) return null;
      // "was described as “…” by the minister": the agent, or no one.
      if (isPassive(tokens, v, ctx.lex)) {
        const agent = passiveAgent(words, v, tokens.length);
        return agent ? { np: agent, block: q.block, cue: cueText(view, v, v + verb.len), sieve: this.name, confidence: CONFIDENCE.passiveAgent * verb.strength } : null;
      }
      const np =
        possessor(tokens, v, ctx.lex) ??
        subjectOfCue(words, v, sentFrom) ??
        subjectPastAside(words, v, sentFrom) ??
        (invertsAt(tokens, v, ctx.lex) ? invertedSubject(words, v + verb.len, k) : null);
      if (!np) return null;
      const cueEnd = Math.min(k + 1, v + verb.len + 3);
      return { np, block: q.block, cue: cueText(view, v, Math.max(cueEnd, v + verb.len)), sieve: this.name, confidence: CONFIDENCE.cueBefore * verb.strength };
    }
    // "Then Ana Ruiz stood up: “…”" — a colon after a sentence about a named person.
    if (colon) {
      const np = sentenceSubject(words, sentFrom, q.token);
      // Past a clause of its own, only a person or a body named, or "he"/"she" ("It seems fair to tell them: “…”").
      const sure = np && (np.type === 'person' || np.type === 'organization' || (np.type === 'pronoun' && (!opened || np.gender !== null)));
      if (np && sure) {
        return { np, block: q.block, cue: null, sieve: this.name, confidence: CONFIDENCE.colonSubject };
      }
    }
    return null;
  },
};

/** "…, said Dr Marsh: “…”" — a subject right after the verb and before the quote. */
function invertedSubject(words: Words, from: number, limit: number): NounPhrase | null {
  const np = subjectAfter(words, from);
  return np && np.to <= limit + 1 && np.type !== 'pronoun' ? np : null;
}

/** "He repeated his claim that “…”": a cue written as a noun after "his" or "her" is the claim of the one it names. */
function possessor(tokens: Parameters<typeof verbAt>[0], v: number, lex: Parameters<typeof verbAt>[2]): NounPhrase | null {
  const t = tokens[v - 1];
  const low = t?.kind === 'word' ? t.low ?? '' : '';
  const form = formOf(pronounWordsFor(lex.lang).forms, low);
  if (!t || !form || !lex.w.possessives.has(low)) return null;
  const g = lex.pronouns.get(form);
  return g === 'm' || g === 'f' ? nounPhrase({ from: v - 1, to: v, type: 'pronoun', text: t.text, gender: g, head: form }) : null;
}

function hasVerb(tokens: Parameters<typeof verbAt>[0], from: number, to: number, lex: Parameters<typeof verbAt>[2]): boolean {
  for (let k = from; k < to; k++) if (verbAt(tokens, k, lex)) return true;
  return false;
}

/** Most words of a time or a setting between a presented name and the colon: "Here is Ruiz in December 1992:". */
const SETTING_WORDS = 6;

/**
 * "Here is Ana Ruiz in December 1992: “…”", "Here’s Ruiz on the harbour: “…”": a sentence that opens with a
 * presentative (lexicon `presentatives`) and a name, then at most a short setting, before the colon at `colon`.
 */
function presentedBy(ctx: SieveContext, view: BlockView, from: number, colon: number): Omit<Decision, 'sieve'> | null {
  const { tokens, words } = view;
  const one = tokens[from]?.low ?? tokens[from]?.text.toLowerCase() ?? '';
  const two = `${one} ${tokens[from + 1]?.low ?? ''}`;
  const at = ctx.lex.w.presentatives.has(two) ? from + 2 : ctx.lex.w.presentatives.has(one) ? from + 1 : -1;
  if (at < 0) return null;
  // The name itself follows, not a description ("Here is the problem with Ruiz:").
  if (!/^\p{Lu}/u.test(tokens[at]?.text ?? '')) return null;
  const np = subjectAfter(words, at);
  if (!np || np.type !== 'person' || np.to > colon || colon - np.to > SETTING_WORDS) return null;
  for (let k = np.to; k < colon; k++) if (tokens[k]!.kind !== 'word' || verbAt(tokens, k, ctx.lex)) return null;
  return { np, block: view.block.index, cue: cueText(view, from, at), confidence: CONFIDENCE.colonSubject };
}
