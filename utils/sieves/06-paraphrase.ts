// Sieve 6: a quote inside a sentence whose speech verb is further away: a
// partial quote in a paraphrase, or a cue set apart by other words.
//   Dr Marsh said the repairs were “long overdue” and “badly planned”.
//   The council, she said, had been “asleep at the wheel”.
//   He praised the crews, calling them “the best in the country”.
//   She cast the vote as a “mandate” (a framing verb, when no speech verb is near).
import { coordinatedSubject, passiveAgent, subjectOfCue } from '../text/clauses';
import { subjectAfter, subjectBefore } from '../text/subjects';
import { invertsAt, isPassive, isParticipleAfterComma as participle, verbAt } from '../text/verbs';
import type { CompiledLexicon } from '../lexicon';
import type { Token } from '../text/tokens';
import { CONFIDENCE } from './confidence';
import { cueText, sentenceRange, subjectPastAside, type BlockView, type Decision, type Sieve, type SieveContext } from './context';

/** How many tokens either side of the quote a cue is looked for: a sentence's worth. */
const WINDOW = 60;
/** Verbs reading this far from the quote are too weak to tell who speaks. */
const MIN_STRENGTH = 0.6;

export const paraphrase: Sieve = {
  name: 'paraphrase',
  describe: 'Dr Marsh said the repairs were “long overdue”',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    const { tokens, words } = view;
    const lex = ctx.lex;
    const [from, to] = sentenceRange(view, q.token);
    // Nearest verb before the quote, then after it.
    for (let v = q.token - 1; v >= Math.max(from, q.token - WINDOW); v--) {
      const verb = verbAt(tokens, v, ctx.lex);
      if (!verb || verb.strength < MIN_STRENGTH) continue;
      if (namesSomething(tokens, v, lex)) continue;
      // Passive: "was described as “…” by the minister" — the agent speaks.
      const agent = passiveAgent(words, v, to);
      if (agent) return { np: agent, block: q.block, cue: cueText(view, v, v + verb.len), sieve: this.name, confidence: CONFIDENCE.passiveAgent * verb.strength };
      let np = participle(tokens, v, lex) ? coordinatedSubject(words, v, from) : subjectOfCue(words, v, from) ?? subjectPastAside(words, v, from);
      if (!np && invertsAt(tokens, v, lex)) np = closedSubject(tokens, subjectAfter(words, v + verb.len));
      if (np && np.to <= q.token + 1) {
        // "Cruz said he is certain Rubio will continue to be “…”": a weak verb inside what a stronger one reports.
        const outer = verb.strength < STRONG ? reportingVerb(ctx, view, from, np.from) : null;
        if (outer) return { np: outer.np, block: q.block, cue: cueText(view, outer.v, outer.v + outer.len), sieve: this.name, confidence: CONFIDENCE.paraphraseBefore * outer.strength };
        return { np, block: q.block, cue: cueText(view, v, v + verb.len), sieve: this.name, confidence: CONFIDENCE.paraphraseBefore * verb.strength };
      }
    }
    for (let v = q.token + 1; v < Math.min(to, q.token + WINDOW); v++) {
      if (tokens[v]!.kind === 'quote') continue;
      const verb = verbAt(tokens, v, ctx.lex);
      if (!verb || verb.strength < MIN_STRENGTH) continue;
      const np = participle(tokens, v, lex)
        ? coordinatedSubject(words, v, from)
        : subjectBefore(words, v, q.token + 1) ?? (invertsAt(tokens, v, lex) ? closedSubject(tokens, subjectAfter(words, v + verb.len)) : null);
      if (np) return { np, block: q.block, cue: cueText(view, v, v + verb.len), sieve: this.name, confidence: CONFIDENCE.paraphraseAfter * verb.strength };
    }
    // No speech verb: a verb that frames the quoted words as its subject's, before them
    // ("She cast the vote as a “mandate”", "He derided the “experts”").
    for (let v = q.token - 1; v >= Math.max(from, q.token - WINDOW); v--) {
      // "defended the plan as “…”": a verb that frames only through "as" (`asFrames`).
      const low = tokens[v]!.low ?? '';
      // A verb of thinking or wanting (`thoughtFrames`) frames its active subject's stance: "Hale thinks it a “test case”".
      const thought = lex.w.thoughtFrames.has(low) && !isPassive(tokens, v, lex);
      if (namesSomething(tokens, v, lex)) continue;
      if (!thought && !lex.w.quoteFrames.has(low) && !(lex.w.asFrames.has(low) && asBefore(tokens, v, q.token, lex))) continue;
      // "issued a report charging …": after a document, the clause's subject (subjectOfCue).
      const np = participle(tokens, v, lex) ? coordinatedSubject(words, v, from) : subjectOfCue(words, v, from) ?? coordinatedSubject(words, v, from);
      const someone = !thought || lex.w.quoteFrames.has(low) || (np && (np.type === 'person' || np.type === 'organization' || np.type === 'pronoun'));
      if (np && someone && np.to <= q.token + 1) return { np, block: q.block, cue: cueText(view, v, v + 1), sieve: this.name, confidence: CONFIDENCE.paraphraseFrame };
      break;
    }
    return null;
  },
};

/**
 * "a super PAC called Future 45 ran ads …": a verb of naming at v before a name (capitalised words) that no quote
 * follows names something; it frames no quote.
 */
function namesSomething(tokens: readonly Token[], v: number, lex: CompiledLexicon): boolean {
  if (!lex.namingVerb.test(tokens[v]!.low ?? '')) return false;
  let j = v + 1;
  while (tokens[j]?.kind === 'word' && /^[\p{Lu}\p{N}]/u.test(tokens[j]!.text)) j++;
  return j > v + 1 && tokens[j]?.kind !== 'quote';
}

/** A verb this strong reports what follows it: "said", "told", "argued". */
const STRONG = 0.9;

/** The nearest strong speech verb before token `end` in the sentence, with a named subject (or a pronoun) of its own. */
function reportingVerb(ctx: SieveContext, view: BlockView, from: number, end: number) {
  const { tokens, words } = view;
  for (let u = end - 1; u >= from; u--) {
    if (tokens[u]!.kind === 'quote' || tokens[u]!.text === ';') return null;
    // "… feared a repeat of the speech when Buchanan called for …": another clause, not the report's.
    const low = tokens[u]!.low ?? '';
    if ((ctx.lex.w.subjectOpeners.has(low) && !ctx.lex.complementizers.has(low)) || ctx.lex.w.relatives.has(low)) return null;
    const verb = verbAt(tokens, u, ctx.lex);
    if (!verb || verb.strength < STRONG || participle(tokens, u, ctx.lex)) continue;
    const np = subjectOfCue(words, u, from);
    if (np && (np.type === 'person' || np.type === 'organization' || np.type === 'pronoun')) return { np, v: u, len: verb.len, strength: verb.strength };
    return null;
  }
  return null;
}

/** An inverted subject ends its clause ("…, said Dr Marsh."); "said the plan was…" has an object, not a subject. */
function closedSubject<T extends { to: number }>(tokens: readonly { kind: string; text: string }[], np: T | null): T | null {
  if (!np) return null;
  const next = tokens[np.to - 1]?.text === ',' ? tokens[np.to - 1] : tokens[np.to];
  return !next || next.kind === 'quote' || /^[,.;:!?)—–-]$/.test(next.text) ? np : null;
}

/** "as" (`asWords`) a few words after the verb at v and before the quote: "defended his aide as a “…”". */
function asBefore(tokens: readonly Token[], v: number, quote: number, lex: CompiledLexicon): boolean {
  for (let k = v + 1; k < quote && k <= v + 8; k++) if (lex.w.asWords.has(tokens[k]!.low ?? '')) return true;
  return false;
}
