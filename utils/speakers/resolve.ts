// Stage 5a: from the phrase a sieve found ("Dr Marsh", "she", "the mayor") to
// the person or organisation it names, using the article's other mentions.
import type { CompiledLexicon } from '../lexicon';
import type { Decision } from '../sieves/context';
import { bare, type NounPhrase } from '../text/phrase';
import { bareRole, onlyPerson, personOrOrganization, pronoun } from './antecedents';
import { isSubject, type NameMention } from './mentions';
import { nameTokens } from './names';
import { isRegionName } from '../text/names';
import { blocksAway, comparePositions, firstAtOrAfter, isBefore, type Position } from './position';

export { containsName, nameTokens } from './names';

export interface SpeakerRef {
  kind: 'person' | 'organization';
  /** The name as resolved (the fullest form is chosen later, when merging). */
  name: string;
  /** The words of the mention that named it here ("Dr Marsh", "the mayor"); empty for a pronoun, which is no alias. */
  mention: string;
  /** The gender a pronoun that named it here tells ("she said"), for the fullest name of a surname two people share. */
  gender?: 'm' | 'f';
  pos: Position;
}

/** Recent speakers, for pronouns that reach back past other names. */
export interface ResolveState {
  events: SpeakerRef[];
  /** Gender learnt for a name from the pronouns that referred to it. */
  gender: Map<string, 'm' | 'f'>;
  /** Where a quote's speaker was a description that named no one ("said the woman"): "she said" after it is hers. */
  unnamed?: Position[];
}


export function resolveDecision(
  d: Decision,
  mentions: readonly NameMention[],
  state: ResolveState,
  lex: CompiledLexicon,
  /** The decision is a reported statement's: its speaker is an event only when named as a clause's own subject (see reportedEvent). */
  reported = false,
): SpeakerRef | null {
  const np = d.np;
  if (!np) return null;
  const pos: Position = { block: d.block, offset: np.from };
  // "Quill and Fenn wrote “…”": words in marks that two people or more give together are neither one's alone. (A
  // reported position that several hold stays with the name that stands nearest: each of them holds it.)
  if (!reported && (np.type === 'person' || np.type === 'organization') && oneOfSeveral(np, pos, mentions)) return null;
  let ref = resolvePhrase(np, pos, mentions, state, lex);
  if (ref && np.type === 'pronoun' && np.gender && ref.kind === 'person') ref = { ...ref, gender: np.gender };
  if (ref) {
    if (!reported || reportedEvent(np, d.block, mentions)) state.events.push(ref);
    if (np.type === 'pronoun' && np.gender && ref.kind === 'person') state.gender.set(ref.name, np.gender);
  } else if (!reported && unnamedPerson(np, lex)) (state.unnamed ??= []).push(pos);
  return ref;
}

/** "the woman", "a resident", "one aide": one person the article does not name, who may speak again as "she". */
function unnamedPerson(np: NounPhrase, lex: CompiledLexicon): boolean {
  const head = np.head ?? '';
  if ((np.type !== 'description' && np.type !== 'unnamed') || !lex.unnamedHeads.has(head) || lex.re.plural.test(head)) return false;
  // "a statement", "the response": a text, no one who may speak again.
  return !lex.w.documents.has(head) && !lex.w.statementNouns.has(head) && !lex.w.settings.has(head);
}

function resolvePhrase(np: NounPhrase, pos: Position, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): SpeakerRef | null {
  if ((np.type === 'person' || np.type === 'organization') && !np.role && regionNotSubject(np, pos, mentions, lex)) return null;
  switch (np.type) {
    case 'person':
      // "South Africa said": a country speaks for its government, however many words its name has.
      if (!np.role && isRegionName(nameTokens(np.name ?? ''), lex)) return { kind: 'organization', name: np.name!, mention: np.text, pos };
      return personOrOrganization(np, pos, mentions);
    case 'organization':
      return { kind: 'organization', name: np.name!, mention: np.text, pos };
    case 'pronoun':
      return pronoun(np, pos, mentions, state, lex);
    case 'description': {
      const ref = description(np, pos, mentions, state, lex);
      return ref && ref.mention === np.text ? { ...ref, mention: describedAs(np, lex) } : ref;
    }
    default:
      return null; // unnamed sources: "a spokesman", "officials"
  }
}

/**
 * A region or a country that a sieve took for the speaker where it stands as no subject: a place in the
 * subject's words ("His critics in Kellshire argue …"), an owner ("said Kellshire’s new rule “…”").
 * Named as a clause's subject ("Kellshire said"), a country speaks for its government and stays.
 */
function regionNotSubject(np: NounPhrase, pos: Position, mentions: readonly NameMention[], lex: CompiledLexicon): boolean {
  if (!isRegionName(nameTokens(np.name ?? ''), lex)) return false;
  const m = mentionAt(mentions, pos);
  return !!m && !isSubject(m);
}

/** Whether the phrase's name is written as one of several joined by "and" (a mention of that name within the phrase says so). */
function oneOfSeveral(np: NounPhrase, pos: Position, mentions: readonly NameMention[]): boolean {
  for (let i = firstAtOrAfter(mentions, pos); i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.block !== pos.block || m.token >= np.to) return false;
    if (m.several && m.np.name === np.name) return true;
  }
  return false;
}

/** The mention that starts at `pos`, if any (mentions are in reading order). */
function mentionAt(mentions: readonly NameMention[], pos: Position): NameMention | null {
  const m = mentions[firstAtOrAfter(mentions, pos)];
  return m && comparePositions(m.pos, pos) === 0 ? m : null;
}

/** "the mayor" → the person whose title or role says mayor; "the agency" → the organisation named with Agency. */
function description(np: NounPhrase, pos: Position, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): SpeakerRef | null {
  const head = np.head;
  if (!head) return null;
  // "the 52-year-old": the person whose age the article gave as an appositive ("Raj Patel, 52,").
  const age = lex.patterns.age?.exec(head);
  if (age) {
    for (let i = firstAtOrAfter(mentions, pos) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.np.type === 'person' && (m.np.appositive ?? '').split(/[\s,]+/)[0] === age[1]) return { kind: 'person', name: m.np.name!, mention: np.text, pos };
    }
    return null;
  }

  // "the Daily Caller said", "according to the White House": a determiner before capitalised words
  // names a body (people take no article), even where no organisation word says so.
  const named = namedBody(np, lex);
  if (named) return { kind: 'organization', name: named, mention: np.text, pos };

  const isOrgNoun = lex.orgNouns.has(head) && !lex.roles.has(head);
  let best: SpeakerRef | null = null;
  let bestPos: Position | null = null;
  for (const m of withWord(mentions, head)) {
    const text = roleText(m);
    if (!modifiersAgree(np, text, lex)) continue;
    if (isOrgNoun && m.np.type !== 'organization') continue;
    // Prefer the nearest mention before the description; else the first after it.
    if (!bestPos || nearerDescribed(m.pos, bestPos, pos)) {
      bestPos = m.pos;
      best = { kind: m.np.type === 'organization' ? 'organization' : 'person', name: m.np.name!, mention: np.text, pos };
    }
  }
  if (best) return best;
  // "Marsh said the team would rest. “We need it,” the coach said.": a person's role with
  // only one person in reach to hold it.
  if (!isOrgNoun && (lex.roles.has(head) || lex.titles.has(head)) && (bareRole(np, lex) || plainRole(np, lex))) return onlyPerson(np, pos, mentions, state, lex);
  if (isOrgNoun) {
    // "the ministry", "the company" is a body, never the country or region an earlier statement was given to.
    for (let i = state.events.length - 1; i >= 0; i--) {
      const e = state.events[i]!;
      if (e.kind === 'organization' && isBefore(e.pos, pos) && !isRegionName(nameTokens(e.name), lex)) return { ...e, mention: np.text, pos };
    }
    // "the company said" after "Acme Holdings": the nearest organisation named in this paragraph or the one before.
    for (let i = firstAtOrAfter(mentions, pos) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (isBefore(m.pos, blocksAway(pos, -2))) break;
      if (m.np.type === 'organization' && !m.place) return { kind: 'organization', name: m.np.name!, mention: np.text, pos };
    }
  }
  return null;
}

/**
 * A description as it names its speaker (an alias): its words up to its head, past the words the phrase
 * reader took after it ("the Harbour campaign sent out an email" → "the Harbour campaign", "the president
 * as" → "the president"); a body it serves stays ("the president of the Harbour Trust").
 */
function describedAs(np: NounPhrase, lex: CompiledLexicon): string {
  const words = np.text.split(/\s+/);
  const at = words.findIndex((w) => bare(w).toLowerCase() === np.head);
  const next = (words[at + 1] ?? '').toLowerCase();
  if (at < 0 || !next || lex.linkers.has(next) || lex.w.affiliationPrepositions.has(next) || lex.w.representsPrepositions.has(next)) return np.text;
  return words.slice(0, at + 1).join(' ');
}

/** "the Daily Caller" → "Daily Caller": two capitalised words or more after a determiner, and nothing else. */
function namedBody(np: NounPhrase, lex: CompiledLexicon): string | null {
  const words = np.text.split(/\s+/);
  if (words.length < 3 || !lex.determiners.has(words[0]!.toLowerCase())) return null;
  const rest = words.slice(1);
  if (!rest.every((x) => /^\p{Lu}[\p{L}.&-]*$/u.test(x) && !lex.notName.has(x))) return null;
  return rest.join(' ');
}

/**
 * "The Vermont senator", "the former Republican presidential candidate": a role with modifiers
 * before it and nothing after (no "of …", no possessive), which the one person in reach holds.
 */
function plainRole(np: NounPhrase, lex: CompiledLexicon): boolean {
  const words = Array.from(np.text.toLowerCase().matchAll(WORDS), (m) => m[0]);
  if (words.length > 5 || words[words.length - 1] !== np.head || /['’]/.test(np.text)) return false;
  return words.slice(0, -1).every((w) => lex.determiners.has(w) || !lex.linkers.has(w) && !lex.w.prepositions.has(w) && !lex.verbs.has(w) && !lex.pronouns.has(w));
}

/** For a description at `pos`: whether mention `a` is a better antecedent than `b` (the nearest before, else the first after). */
function nearerDescribed(a: Position, b: Position, pos: Position): boolean {
  const aBefore = isBefore(a, pos);
  const bBefore = isBefore(b, pos);
  if (aBefore !== bBefore) return aBefore;
  return aBefore ? isBefore(b, a) : isBefore(a, b);
}

const WORDS = /[\p{L}\p{N}]+/gu;
function hasWord(text: string, word: string): boolean {
  for (const m of text.toLowerCase().matchAll(WORDS)) if (m[0] === word) return true;
  return false;
}

/**
 * "the president" or "the Westmere president" may name a president; "the most
 * radical leader of the movement" says more than a role and resolves only when
 * the role says it too: at most one modifier may go unmatched.
 */
function modifiersAgree(np: NounPhrase, roleText: string, lex: CompiledLexicon): boolean {
  // "the former president" is not "Vice President Tom Hale": a word that makes the role another office must be said too.
  for (const m of roleText.toLowerCase().matchAll(WORDS)) if (lex.w.officeModifiers.has(m[0]) && !hasWord(np.text, m[0])) return false;
  let unmatched = 0;
  for (const m of np.text.toLowerCase().matchAll(WORDS)) {
    const w = m[0];
    if (w === np.head || lex.determiners.has(w) || lex.linkers.has(w)) continue;
    if (!hasWord(roleText, w)) unmatched++;
  }
  return unmatched <= 1;
}

function roleText(m: NameMention): string {
  return [m.np.role ?? '', m.np.appositive ?? '', m.np.type === 'organization' ? m.np.name ?? '' : ''].join(' ');
}

/** Mentions whose role, appositive or organisation name has a word, indexed once per article. */
const roleIndexCache = new WeakMap<readonly NameMention[], Map<string, NameMention[]>>();
function withWord(mentions: readonly NameMention[], word: string): readonly NameMention[] {
  let index = roleIndexCache.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      // Only mentions with a role, an appositive or an organisation's name have words to index.
      if (!m.np.role && !m.np.appositive && m.np.type !== 'organization') continue;
      for (const w of new Set(Array.from(roleText(m).toLowerCase().matchAll(WORDS), (x) => x[0]))) {
        const list = index.get(w);
        if (list) list.push(m);
        else index.set(w, [m]);
      }
    }
    roleIndexCache.set(mentions, index);
  }
  return index.get(word) ?? [];
}

/**
 * "Prasad, a professor at Castell, said trade had grown. “…,” he said.": the speaker of reported speech
 * is a likely antecedent too, when the statement is the clause's own: a pronoun, or a name standing as a
 * subject that no other statement reports ("Carson noted that the paper's Costa had reported …" makes
 * Costa no speaker event; nor does "Asked about Trump's calling her a bigot, …").
 */
function reportedEvent(np: NounPhrase, block: number, mentions: readonly NameMention[]): boolean {
  if (np.type === 'pronoun') return true;
  if (np.type !== 'person' && np.type !== 'organization') return false;
  // Mentions are in reading order: find the block's first by halving, then read on.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.block < block) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i]!.block === block && mentions[i]!.token < np.to; i++) {
    const m = mentions[i]!;
    if (m.token >= np.from) return m.subject && !m.reported && !m.clause;
  }
  return false;
}
