// Every name the article gives outside quotes, in reading order: the pool that
// pronouns ("he said"), surnames ("Dr Marsh") and descriptions ("the mayor")
// are resolved against, and where full names and roles are found.
import type { CompiledLexicon } from '../lexicon';
import type { BlockView } from '../sieves/context';
import type { QuoteSpan } from '../types';
import { firstNameGenderOf, isPlaceName, nameRunForward, placeTail, startsName } from '../text/names';
import { POSSESSIVE_S, type NounPhrase } from '../text/phrase';
import { nameAt } from '../text/subjects';
import { DASHES, datelineEnd } from '../text/clauses';
import type { Token } from '../text/tokens';
import { nameTokens } from './names';
import type { Position } from './position';

export interface NameMention {
  block: number;
  token: number;
  /** Where the mention stands (block and token). */
  pos: Position;
  np: NounPhrase;
  /** Written where a subject stands (sentence start, after a clause break or a cue): a likely antecedent. */
  subject: boolean;
  /** After a preposition of place ("in Westmere", "from Port Aldmore"): likely a place, not a person. */
  place: boolean;
  /** The name's tokens, folded (see `nameTokens`). */
  tokens: readonly string[];
  /** Used as a modifier of a noun ("the Marsh report", "a Jane Marsh figurine"): not a mention of a person. */
  modifier: boolean;
  /** The word right after the name, when a word follows ("Okafor spoke" → "spoke"): tells a subject's verb. */
  next: string | null;
  /** A subject that opens a clause after a linking word ("and", "while", "that"), not the sentence: less salient than the sentence's own. */
  clause: boolean;
  /** The subject of a clause a speech verb reports ("Harlan says Ruiz has …", "said that Ruiz …"): who is spoken about, not who speaks. */
  reported: boolean;
  /** Another surname the article gives the same person: "Jane Doe, née Smith" → ["smith"]. */
  otherName?: readonly string[];
  /** The gendered pronoun right after the name in its sentence, or opening the next ("Prasad said his …"): see markPronounsAfter. */
  pronounAfter?: 'm' | 'f';
  /** In a line written in title case ("Hale Hits Ruiz Over Port Deal"): its name runs may run past the name. */
  heading?: boolean;
  /** One of two names or more joined by "and" ("Quill and Fenn wrote"): they speak together, neither alone. */
  several?: boolean;
  /** Followed by a relative only people take ("Zendaya, who won the award,"): a person's name, whatever the word. */
  who?: boolean;
  /** Opens its sentence, where any word is capitalised ("Eyebrows raised, he asked"): the capital tells no name. */
  initial?: boolean;
  /** Full names of two words or more inside the appositive ("Ruiz, who campaigns for Victor Varga,"): what their first names tell of their surnames' gender. */
  innerNames?: readonly (readonly string[])[];
}

/**
 * `titles`: spans of text in marks that name a work ("“Chief Executive Steps Down as Head of
 * Acme”", a headline cited in a reference list): the capitalised words in them are a title, not names.
 */
export function scanMentions(blocks: readonly BlockView[], lex: CompiledLexicon, titles: readonly QuoteSpan[] = []): NameMention[] {
  const out: NameMention[] = [];
  const titlesOf = new Map<number, QuoteSpan[]>();
  for (const t of titles) titlesOf.set(t.block, [...(titlesOf.get(t.block) ?? []), t]);
  for (const view of blocks) {
    const { tokens } = view;
    const inTitle = titlesOf.get(view.block.index) ?? [];
    const heading = titleCase(tokens, lex);
    let k = 0;
    while (k < tokens.length) {
      if (!startsName(tokens, k, lex) || inTitle.some((s) => tokens[k]!.start >= s.start && tokens[k]!.start < s.end)) {
        k++;
        continue;
      }
      const np = nameAt(view.words, k);
      if (!np || np.to <= k) {
        k++;
        continue;
      }
      // "the Secretary of State": a title alone names no one.
      if (np.type !== 'person' && np.type !== 'organization') {
        k = np.to;
        continue;
      }
      // "Former President Tom Hale agreed …": a word such as "former" before the title stands where the name does.
      let from = np.from;
      while (tokens[from - 1]?.kind === 'word' && lex.w.formerWords.has(tokens[from - 1]!.text.toLowerCase())) from--;
      const det = tokens[from - 1] && lex.determiners.has(tokens[from - 1]!.text.toLowerCase());
      const prev = tokens[from - (det ? 2 : 1)];
      const prevWord = prev?.kind === 'word' ? prev.text.toLowerCase() : null;
      // After an inverting cue ("said Ana Ruiz") a name is the speaker; after "told" it is the listener.
      const cue = lex.verbs.get(prevWord ?? '');
      // "…,” said Ana Ruiz" inverts; "Harlan says Ruiz has …" does not: the cue must follow a quote or a comma.
      const beforeCue = tokens[from - (det ? 3 : 2)];
      const inverted = !!cue && lex.invertingVerbs.has(cue.lemma) && (!beforeCue || beforeCue.kind !== 'word');
      let subject = !prev || prev.kind !== 'word' || lex.w.subjectOpeners.has(prevWord!) || inverted;
      // "There, the district party chairman Tom Hale declined …", "a worker named Ana Ruiz has …": a name that
      // only describing words precede in its clause, and its own verb follows, is the subject of that verb.
      // "… is the ablest candidate Viguerie argues.": a name with a speech verb that ends the sentence is its speaker.
      if (!subject && prevWord && verbFollows(tokens[np.to], lex) && (onlyDescribed(tokens, from - 1, lex) || speechTag(tokens, np.to, lex))) subject = true;
      // Opening a clause after "and", "because", "that" …, not the sentence: "… while Ruiz is …".
      let clause = !!prev && prev.kind === 'word' && lex.w.subjectOpeners.has(prevWord!) && !inverted;
      // "with Ana Ruiz — who backs the toll — lambasting the plan": the name is the subject of the participle after it.
      if (!subject && lex.w.absolutePrepositions.has(prevWord ?? '') && participleAfter(tokens, np.to, lex)) subject = clause = true;
      let reported = reportedSubject(tokens, from - (det ? 1 : 0), np.to, lex, cue ? inverted : null);
      // "to Harlan and Ruiz": the second of two names joined by "and" stands where the first does.
      const before = out[out.length - 1];
      const joined = !!before && before.block === view.block.index && !!prevWord && lex.w.conjunctions.has(prevWord) && before.np.to === from - (det ? 2 : 1);
      // "Quill and Fenn" (not "Fenn, an engineer, and a Republican …": a description after the appositive), unless a
      // relative clause follows the second name: "… Patti Quill and Tobias Fenn, who joked, “…”" is about the nearer.
      const several = joined && !det && tokens[from - 2]?.kind === 'word' && !relativeAfter(tokens, k, lex);
      if (joined) ({ subject, clause, reported } = before);
      if (several) before.several = true;
      const tokensOfName = nameTokens(np.name ?? '');
      // "in Ames, Iowa": the region after a place is a place too; "North Carolina", "Jackson County" are places wherever they stand.
      // "WASHINGTON —" opening a wire story is its dateline.
      // "in Ohio and Dunmore": a name joined to a place is a place too.
      const place = (joined && before!.place && !np.role && np.type === 'person') || (!!prevWord && lex.w.placeMarkers.has(prevWord) && !np.role) || placeTail(tokens, np.from, lex) >= 0 || (!np.role && isPlaceName(tokensOfName, lex)) || datelineEnd(tokens, np.from, lex) > 0;
      const next = tokens[np.to];
      const nextWord = next?.kind === 'word' ? next.low ?? next.text.toLowerCase() : null;
      // "Senator Tom Hale, Republican of Kellshire, …": one word between a person's name and "of" describes that person.
      if (subject && prev?.text === ',' && tokensOfName.length === 1 && !np.role && lex.w.affiliationPrepositions.has(nextWord ?? '') && before?.np.type === 'person' && before.np.to === from - 1) subject = false;
      // "a Jane Marsh figurine", "the Marsh report": a determiner, the name, then a noun.
      // (A possessive noun after it is no verb: "the Harbour candidate’s plan".)
      const nounAfter = !!nextWord && !np.appositive && /^\p{Ll}/u.test(next!.text) && !lex.w.afterName.has(nextWord) && !lex.verbs.has(nextWord) && (POSSESSIVE_S.test(nextWord) || !lex.re.pastOrPlural.test(nextWord));
      // "by other GOP presidential hopefuls": inside a phrase (after a lower-case word that opens no clause), one word before a
      // modifier of the noun (no verb, adverb or participle) is one too; not a possessive ("Ruiz’s campaign").
      const inPhrase = !!prevWord && /^\p{Ll}/u.test(prev!.text) && !lex.w.subjectOpeners.has(prevWord) && !lex.verbs.has(prevWord) && !POSSESSIVE_S.test(tokens[np.to - 1]!.text);
      const modifier = nounAfter && (lex.determiners.has(tokens[k - 1]?.low ?? '') || (inPhrase && tokensOfName.length === 1 && !np.role && !lex.re.notModifier.test(nextWord!) && !lex.adverbs.has(nextWord!) && !verbFollows(next, lex)));
      const other = otherName(np.appositive, lex);
      const relative = np.appositive ? np.appositive.split(' ', 1)[0]!.toLowerCase() : tokens[np.to]?.text === ',' ? tokens[np.to + 1]?.low : null;
      const who = !!relative && lex.w.personRelatives.has(relative);
      const initial = !prev || (prev.kind === 'punct' && SENTENCE_END.test(prev.text));
      out.push({ block: view.block.index, token: k, pos: { block: view.block.index, offset: k }, np, subject, place, clause, reported, tokens: tokensOfName, modifier, next: next?.kind === 'word' ? next.text : null, ...(other ? { otherName: other } : {}), ...(heading ? { heading } : {}), ...(several ? { several: true } : {}), ...(who ? { who } : {}), ...(initial ? { initial } : {}) });
      // Names inside the appositive ("Jane Marsh, an engineer at Westmere University,") are
      // not mentions of their own: skip past it, keeping the full names it holds for their genders.
      const inner = np.appositive ? innerNames(tokens, k + 1, np.to, lex) : null;
      if (inner) out[out.length - 1]!.innerNames = inner;
      k = Math.max(np.to, k + 1);
    }
  }
  return out;
}

/** Punctuation that ends a sentence: the word after it is capitalised whatever it is. */
const SENTENCE_END = /^[.!?…]+$/;

/** A comma and a relative word after the name run at `k`: "Fenn, who joked". */
function relativeAfter(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const end = nameRunForward(tokens, k, lex);
  return tokens[end]?.text === ',' && lex.w.relatives.has(tokens[end + 1]?.text.toLowerCase() ?? '');
}

/** A finite verb right after a name: "Hale declined", "Hale has", "Hale argues" (not "Hale supporters", a noun). */
function verbFollows(next: Token | undefined, lex: CompiledLexicon): boolean {
  if (next?.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  const low = next.low ?? next.text.toLowerCase();
  return lex.w.finiteVerbs.has(low) || lex.w.pastVerbs.has(low) || lex.verbs.has(low) || lex.re.verbForm.test(low) && !lex.re.participle.test(low);
}

/** How many words may describe a name before it ("the district party chairman"). */
const DESCRIBED_REACH = 6;

/**
 * Whether the words before token `k + 1`, back to a comma, a dash or the sentence's start, only describe
 * a name: determiners, capitalised words, nouns and adjectives ("Another pollster,", "the district party
 * chairman"), no verb, preposition, pronoun or clause word ("ideas Sanders championed" follows "of";
 * "explain who Ruiz was" follows "who").
 */
function onlyDescribed(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  for (let n = 0; k >= 0 && n < DESCRIBED_REACH; k--, n++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return t.kind === 'punct';
    const low = t.low ?? t.text.toLowerCase();
    if (/^\p{Lu}/u.test(t.text) && !lex.pronouns.has(low)) continue;
    if (
      lex.w.prepositions.has(low) || lex.w.affiliationPrepositions.has(low) || lex.w.placeMarkers.has(low) || lex.w.subjectOpeners.has(low) || lex.w.relatives.has(low) ||
      lex.w.finiteVerbs.has(low) || lex.w.pastVerbs.has(low) || lex.verbs.has(low) || lex.pronouns.has(low) || lex.w.clauseOpeners.has(low)
    ) return false;
  }
  return k < 0;
}

/** A speech verb after the name that ends its sentence or clause: "… the ablest candidate Viguerie argues." */
function speechTag(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const verb = tokens[k];
  if (verb?.kind !== 'word' || !lex.verbs.has(verb.low ?? verb.text.toLowerCase())) return false;
  const after = tokens[k + 1];
  return !after || after.kind === 'punct';
}

/** A line of four words or more that capitalises every word but the minor ones: a heading, not running text. */
function titleCase(tokens: readonly Token[], lex: CompiledLexicon): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || !/^\p{L}/u.test(t.text) || lex.w.titleMinorWords.has(t.low ?? t.text.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(t.text) || ++words > 30) return false;
  }
  return words >= 4;
}

/** "née Smith", "born Smith": the surname after such a word in an appositive, folded. */
function otherName(appositive: string | null, lex: CompiledLexicon): readonly string[] | null {
  if (!appositive) return null;
  const words = appositive.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || !lex.w.otherNameMarkers.has(words[0]!.toLowerCase())) return null;
  if (!words.slice(1).every((w) => /^\p{Lu}/u.test(w))) return null;
  return nameTokens(words.slice(1).join(' '));
}

/**
 * Whether the name at tokens [from, to) opens a clause that a speech verb reports:
 * "Harlan says Ruiz has …", "said that Ruiz …", and "Harlan, said Ruiz was …" where
 * a verb after the name shows that "said Ruiz" is no inverted cue. `inverted` is
 * whether the word before is a cue read as inverted (null: no cue before).
 */
function reportedSubject(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon, inverted: boolean | null): boolean {
  const next = tokens[to];
  const nextWord = next?.kind === 'word' ? next.low ?? next.text.toLowerCase() : null;
  if (inverted === false) return true;
  if (inverted === true) return !!nextWord && (lex.w.finiteVerbs.has(nextWord) || lex.w.pastVerbs.has(nextWord) || lex.re.pastOrPlural.test(nextWord) && /^\p{Ll}/u.test(next!.text));
  const prev = tokens[from - 1];
  const before = tokens[from - 2];
  const low = (t: Token | undefined) => (t?.kind === 'word' ? t.low ?? t.text.toLowerCase() : '');
  return !!prev && lex.w.subjectOpeners.has(low(prev)) && lex.verbs.has(low(before));
}

/**
 * Names inside what a reported statement says are spoken about, not speaking:
 * "Marsh recalled that before the vote, Ruiz had doubts. “…,” she said." — Ruiz
 * opens a clause of Marsh's words, so the pronoun after looks to Marsh. The
 * mention reader sees only the words next to a name; the reported-speech reader
 * knows where the words of a statement begin and end (spans in block characters).
 */
export function markReported(mentions: NameMention[], spans: readonly { block: number; start: number; end: number }[], blocks: readonly BlockView[]): void {
  const byBlock = new Map<number, { start: number; end: number }[]>();
  for (const s of spans) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s]);
  for (const m of mentions) {
    const inBlock = byBlock.get(m.block);
    const at = inBlock && blocks[m.block]?.tokens[m.token]?.start;
    if (at != null && inBlock!.some((s) => at >= s.start && at < s.end)) m.reported = true;
  }
}

/**
 * Whether a mention stands where a subject does: at a clause's start, or right
 * before its verb ("his cousin James York, 40, cited …"). A possessive never
 * does ("Mr. Trump's remarks").
 */
export function isSubject(m: NameMention): boolean {
  if (/['’]s$/.test(m.np.text)) return false;
  // "Harlan said Ruiz had left. He added …": Ruiz is spoken about; Harlan, the speaker, is the antecedent.
  return m.subject && !m.reported;
}

/** The people's names in tokens [from, to): runs of two words or more that open with a known first name; null when there are none. */
function innerNames(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): (readonly string[])[] | null {
  let found: (readonly string[])[] | null = null;
  for (let k = from; k < to; k++) {
    if (!startsName(tokens, k, lex)) continue;
    const end = Math.min(to, nameRunForward(tokens, k, lex));
    const words = end - k >= 2 ? nameTokens(tokens.slice(k, end).map((t) => t.text).join(' ')) : null;
    if (words && firstNameGenderOf(words, lex)) (found ??= []).push(words);
    k = Math.max(k, end - 1);
  }
  return found;
}

/** A participle right after the name, or after a parenthesis set off by dashes: "Ruiz lambasting", "Ruiz — who … — calling". */
function participleAfter(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  let j = k;
  if (tokens[j]?.kind === 'punct' && DASHES.test(tokens[j]!.text)) {
    j++;
    while (j < tokens.length && j - k < 40 && !(tokens[j]!.kind === 'punct' && DASHES.test(tokens[j]!.text))) j++;
    j++;
  }
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
  const w = t.low ?? t.text.toLowerCase();
  return lex.re.participle.test(w) && !lex.w.prepositions.has(w) && !lex.w.settingPrepositions.has(w) && !lex.w.introWords.has(w);
}
