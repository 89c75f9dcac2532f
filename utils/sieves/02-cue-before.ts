// Sieve 2: a speaker and a cue right before the quote.
//   Dr Marsh said: “The bridge will hold.”
//   The minister told reporters that “nothing is decided”.
//   Jane Marsh, a professor at Westmere, said, “It will hold.”
import { coordinatedSubject, invertsAt, isPassive, passiveAgent, sentenceSubject, subjectAfter, subjectBefore, verbAt } from '../text/np';
import { cueText, sentenceRange, type Decision, type Sieve } from './context';

/** At most this many words between the verb and the quote: its object or a phrase ("told the council on Monday"). */
const MAX_GAP = 6;
/** Words that start a clause between a verb and a quote: then the quote is not the verb's object. */
const CLAUSE_OPENERS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'which', 'who', 'because', 'if', 'when', 'while', 'is', 'was', 'are', 'were', 'had', 'has', 'have', 'would', 'will', 'could', 'should', 'must', 'might', 'can', 'not', 'be']);

export const cueBefore: Sieve = {
  name: 'cue-before',
  describe: 'Dr Marsh said: “…” / she told reporters that “…”',
  run(ctx, q): Decision | null {
    const view = ctx.blocks[q.block]!;
    const { tokens } = view;
    const text = view.block.text;
    const [sentFrom] = sentenceRange(view, q.token);
    let k = q.token - 1;
    if (k >= 0 && tokens[k]!.kind === 'punct' && /[:,—–]/.test(tokens[k]!.text)) k--;
    if (k >= 0 && ctx.lex.complementizers.has(tokens[k]!.text.toLowerCase())) k--;
    const colon = tokens[q.token - 1]?.text === ':';
    for (let v = k; v >= Math.max(sentFrom, k - MAX_GAP); v--) {
      const t = tokens[v]!;
      if (t.kind === 'quote') return null;
      const verb = verbAt(tokens, v, ctx.lex);
      if (!verb) {
        if (CLAUSE_OPENERS.has(t.text.toLowerCase())) return null;
        continue;
      }
      if (verb.strength < 0.5) return null;
      // "was described as “…” by the minister": the agent, or no one.
      if (isPassive(tokens, v)) {
        const agent = passiveAgent(text, tokens, v, tokens.length, ctx.lex);
        return agent ? { np: agent, block: q.block, cue: cueText(view, v, v + verb.len), sieve: this.name, confidence: 0.7 * verb.strength } : null;
      }
      const np =
        subjectBefore(text, tokens, v, ctx.lex, sentFrom) ??
        (invertsAt(tokens, v, ctx.lex) ? invertedSubject(text, tokens, v + verb.len, k, ctx.lex) : null) ??
        coordinatedSubject(text, tokens, v, sentFrom, ctx.lex);
      if (!np) return null;
      const cueEnd = Math.min(k + 1, v + verb.len + 3);
      return { np, block: q.block, cue: cueText(view, v, Math.max(cueEnd, v + verb.len)), sieve: this.name, confidence: 0.9 * verb.strength };
    }
    // "Then Ana Ruiz stood up: “…”" — a colon after a sentence about a named person.
    if (colon) {
      const np = sentenceSubject(text, tokens, sentFrom, q.token, ctx.lex);
      if (np && (np.type === 'person' || np.type === 'organization' || np.type === 'pronoun')) {
        return { np, block: q.block, cue: null, sieve: this.name, confidence: 0.6 };
      }
    }
    return null;
  },
};

/** "…, said Dr Marsh: “…”" — a subject right after the verb and before the quote. */
function invertedSubject(text: string, tokens: Parameters<typeof subjectAfter>[1], from: number, limit: number, lex: Parameters<typeof subjectAfter>[3]) {
  const np = subjectAfter(text, tokens, from, lex);
  return np && np.to <= limit + 1 && np.type !== 'pronoun' ? np : null;
}
