// Stage 6c: unnamed sources. A quote whose speaker phrase names no one ("a
// council spokesperson, who asked not to be named, said", "officials said",
// "said a senior official who spoke on condition of anonymity") keeps
// `speaker: null` and gains the unnamed source it came from: the description
// as written, the category the description gives, and the reason given for
// anonymity when there is one.
import type { CompiledLexicon } from '../lexicon';
import type { BlockView, Decision } from '../sieves/context';
import type { NounPhrase } from '../text/phrase';
import type { Category, UnnamedSource } from '../types';
import { roleCategory } from './classify';

export interface UnnamedDecision {
  /** Index of the quote (quotes first, then reported statements). */
  index: number;
  np: NounPhrase;
  /** The block's text and the offset where the phrase starts: the anonymity clause is read from there. */
  text: string;
  start: number;
  indirect: boolean;
}


/**
 * The statements (by index: the quotes', then the reported statements' after them) whose speaker phrase
 * names no one: an unnamed source, or a description that resolved to nobody. A reported statement counts
 * only with an unnamed source ("Officials said the port would reopen", "a senior engineer said"), not with
 * a description alone: "the council said" is either a body the article names or no source to list.
 */
export function unnamedDecisions(
  decisions: readonly (Decision | null)[],
  blocks: readonly BlockView[],
  resolved: ReadonlySet<number>,
  reported: readonly (Decision | null)[],
  lex: CompiledLexicon,
): UnnamedDecision[] {
  const out: UnnamedDecision[] = [];
  const add = (index: number, np: NounPhrase | null, block: number, indirect: boolean) => {
    if (!np || resolved.has(index) || (np.type !== 'unnamed' && np.type !== 'description')) return;
    const view = blocks[block];
    if (!view) return;
    out.push({ index, np, text: view.block.text, start: view.tokens[np.from]?.start ?? 0, indirect });
  };
  decisions.forEach((d, i) => add(i, d?.np ?? null, d?.block ?? -1, false));
  reported.forEach((d, i) => d?.np && personSource(d.np, lex) && add(decisions.length + i, d.np, d.block, true));
  return out;
}

/** "asked not to be named because …": a source's reason for anonymity (cue and words), not a statement of theirs. */
export function anonymityClause(cueAndText: string, lex: CompiledLexicon): boolean {
  const low = cueAndText.toLowerCase().replace(/’/g, "'");
  return lex.raw.words.anonymity.some((phrase) => low.startsWith(phrase));
}

/**
 * An unnamed source of reported speech: the people a source noun stands for ("officials", "a spokeswoman for
 * Acme", "two aides", "critics"), the shapes anonymous sourcing takes. Not any role ("a host of states will
 * vote", "a partner at the firm told …": a role noun opens too many phrases that are no speaker), nor a
 * thing before a naming participle or an adjective ("a firm called …", "a majority of pledged delegates"),
 * nor a phrase that runs into its verb ("a spokeswoman did not respond").
 */
function personSource(np: NounPhrase, lex: CompiledLexicon): boolean {
  const last = np.text.toLowerCase().split(' ').pop() ?? '';
  return np.type === 'unnamed' && lex.unnamedHeads.has(np.head ?? '') && !lex.w.cancellers.has(last) && !lex.w.finiteVerbs.has(last);
}

/** Cluster unnamed decisions into sources, in reading order; returns the sources and each quote's source id. */
export function collectUnnamed(decisions: readonly UnnamedDecision[], lex: CompiledLexicon): { sources: UnnamedSource[]; of: Map<number, string> } {
  const sources: (UnnamedSource & { key: string })[] = [];
  const of = new Map<number, string>();
  for (const d of decisions) {
    const description = withAffiliation(cleanDescription(d.np, lex), d.text, d.start, lex);
    if (!description) continue;
    const words = description.toLowerCase().split(/\s+/);
    // Compared without their determiners: "a council spokesperson" and "the council spokesperson".
    let opener = 0;
    while (opener < words.length - 1 && (lex.determiners.has(words[opener]!) || lex.w.anotherWords.has(words[opener]!))) opener++;
    const key = words.slice(opener).join(' ');
    const another = words.slice(0, opener + 1).some((w) => lex.w.anotherWords.has(w));
    let source = another ? undefined : sources.find((s) => s.key === key);
    // "the spokesperson" after "a council spokesperson": the same person, met again.
    if (!source && !another && lex.re.definiteArticle.test(description)) source = [...sources].reverse().find((s) => s.key === key || s.key.endsWith(` ${key}`));
    // A definite description that met no unnamed source before ("the minister said") most likely
    // refers to someone the article names: it is left without a source rather than made one.
    if (!source && d.np.type !== 'unnamed') continue;
    if (!source) {
      source = { id: `u${sources.length + 1}`, description, category: unnamedCategory(description, lex), quoteCount: 0, indirectCount: 0, anonymity: null, key };
      sources.push(source);
    }
    if (d.indirect) source.indirectCount++;
    else source.quoteCount++;
    source.anonymity ??= anonymityReason(d.text, d.start, lex);
    of.set(d.index, source.id);
  }
  return { sources: sources.map(({ key: _key, ...s }) => s), of };
}

/** The description as written, without the anonymity clause or a trailing comma. */
function cleanDescription(np: NounPhrase, lex: CompiledLexicon): string | null {
  let text = np.text.trim().replace(/[,;:]+$/, '');
  for (const phrase of lex.raw.words.anonymity) {
    const at = text.toLowerCase().replace(/’/g, "'").indexOf(phrase);
    if (at > 0) text = dropTrailingRelative(text.slice(0, at), lex);
  }
  return text.length > 1 ? text : null;
}

/**
 * The description with the affiliation written after it, which the speaker phrase leaves out:
 * "an analyst" + " at a Kellan bank" → "an analyst at a Kellan bank". Up to a clause, a verb or a comma.
 */
function withAffiliation(description: string | null, text: string, start: number, lex: CompiledLexicon): string | null {
  if (!description) return null;
  const at = start + description.length;
  if (text.slice(start, at) !== description) return description;
  const words = text.slice(at, at + 120).match(/^\s+\S+(?:\s+[^\s,;:.!?“”"«»]+){0,6}/u)?.[0].trim().split(/\s+/) ?? [];
  const first = (words[0] ?? '').toLowerCase();
  if (!lex.w.affiliationPrepositions.has(first) && !lex.w.representsPrepositions.has(first)) return description;
  const kept: string[] = [words[0]!];
  for (const w of words.slice(1)) {
    const low = w.toLowerCase().replace(/[,.;:!?]+$/, '');
    if (lex.verbs.has(low) || lex.w.relatives.has(low) || lex.complementizers.has(low) || lex.w.clauseLinks.has(low)) break;
    kept.push(w.replace(/[,.;:!?]+$/, ''));
    if (/[,.;:!?]$/.test(w)) break;
  }
  // A preposition alone, or one with only a determiner after it, says nothing.
  if (kept.length < 2 || lex.determiners.has(kept[kept.length - 1]!.toLowerCase())) return description;
  return `${description} ${kept.join(' ')}`;
}

/** "a spokesperson, who" → "a spokesperson": the relative pronoun that opened the anonymity clause. */
function dropTrailingRelative(text: string, lex: CompiledLexicon): string {
  const words = text.replace(/[\s,]+$/, '').split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (lex.w.relatives.has(last) || lex.complementizers.has(last)) words.pop();
  return words.join(' ').replace(/[\s,]+$/, '');
}

function unnamedCategory(description: string, lex: CompiledLexicon): Category {
  const c = roleCategory(description, lex);
  if (c) return c;
  // "the ministry said", "a company statement": an organisation speaking, not named.
  const words = description.toLowerCase().split(/\s+/);
  if (words.some((w) => lex.orgNouns.has(w))) return 'organization';
  return 'other';
}

/**
 * The reason given for anonymity, read in the sentence from the source's phrase on:
 * the clause after "because" when there is one, else the phrase itself
 * ("spoke on condition of anonymity", "not authorised to speak publicly").
 */
export function anonymityReason(text: string, start: number, lex: CompiledLexicon): string | null {
  const rest = text.slice(start, start + 400);
  const end = sentenceEnd(rest);
  const sentence = rest.slice(0, end);
  // Both apostrophes are one letter: "l’anonymat" and "l'anonymat" match the same entry.
  const low = sentence.toLowerCase().replace(/’/g, "'");
  let best: { at: number; phrase: string } | null = null;
  for (const phrase of lex.raw.words.anonymity) {
    const at = low.indexOf(phrase);
    if (at >= 0 && (!best || at < best.at || (at === best.at && phrase.length > best.phrase.length))) best = { at, phrase };
  }
  if (!best) return null;
  const after = sentence.slice(best.at + best.phrase.length);
  const reason = reasonAfter(after, lex);
  if (reason) return reason;
  return sentence.slice(best.at, best.at + best.phrase.length);
}

/** The end of the first sentence of `s` (a full stop, question or exclamation mark followed by a space or the end). */
function sentenceEnd(s: string): number {
  const m = /[.!?](?=\s|$)/.exec(s);
  return m ? m.index : s.length;
}

/** The clause after a conjunction of reason at the start of `s`: ", because the case may reach the courts" → "the case may reach the courts". */
function reasonAfter(s: string, lex: CompiledLexicon): string | null {
  const low = s.toLowerCase().replace(/’/g, "'");
  const lead = /^\s*,?\s*/.exec(low)![0].length;
  for (const c of lex.raw.words.reasonConjunctions) {
    if (!low.startsWith(c, lead) || !/[\s]/.test(low[lead + c.length] ?? '') && !c.endsWith("'")) continue;
    const clause = s.slice(lead + c.length).replace(/^\s+/, '');
    let end = clause.search(/[;:”»"]/);
    if (end < 0) end = clause.length;
    // "…, who asked not to be named because the case may reach the courts, said.": the cue ends the clause.
    for (const m of clause.slice(0, end).matchAll(/,\s+(\p{L}+)/gu)) {
      if (lex.verbs.has(m[1]!.toLowerCase())) {
        end = m.index;
        break;
      }
    }
    const text = clause.slice(0, end).trim().replace(/[,\s]+$/, '');
    return text || null;
  }
  return null;
}
