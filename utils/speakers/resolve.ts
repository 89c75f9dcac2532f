// Stage 5a: from the phrase a sieve found ("Dr Marsh", "she", "the mayor") to
// the person or organisation it names, using the article's other mentions.
import type { CompiledLexicon } from '../lexicon';
import type { Decision } from '../sieves/context';
import type { NounPhrase } from '../text/phrase';
import type { NameMention } from './mentions';
import { blocksAway, comparePositions, isBefore, type Position } from './position';
import { containsName, nameTokens } from './names';

export { containsName, nameTokens } from './names';

export interface SpeakerRef {
  kind: 'person' | 'organization';
  /** The name as resolved (the fullest form is chosen later, when merging). */
  name: string;
  /** The words of the mention that named it here ("Dr Marsh", "the mayor"); empty for a pronoun, which is no alias. */
  mention: string;
  pos: Position;
}

/** Recent speakers, for pronouns that reach back past other names. */
export interface ResolveState {
  events: SpeakerRef[];
  /** Gender learnt for a name from the pronouns that referred to it. */
  gender: Map<string, 'm' | 'f'>;
}

/** How many of the latest speakers a pronoun looks at. */
const RECENT_EVENTS = 40;
/** How far back (in blocks) a pronoun or a description may reach. */
const PRONOUN_REACH = 4;

export function resolveDecision(
  d: Decision,
  mentions: readonly NameMention[],
  state: ResolveState,
  lex: CompiledLexicon,
): SpeakerRef | null {
  const np = d.np;
  if (!np) return null;
  const pos: Position = { block: d.block, offset: np.from };
  const ref = resolvePhrase(np, pos, mentions, state, lex);
  if (ref) {
    state.events.push(ref);
    if (np.type === 'pronoun' && np.gender && ref.kind === 'person') state.gender.set(ref.name, np.gender);
  }
  return ref;
}

function resolvePhrase(np: NounPhrase, pos: Position, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): SpeakerRef | null {
  switch (np.type) {
    case 'person':
      return personOrOrganization(np, pos, mentions);
    case 'organization':
      return { kind: 'organization', name: np.name!, mention: np.text, pos };
    case 'pronoun':
      return pronoun(np, pos, mentions, state, lex);
    case 'description':
      return description(np, pos, mentions, state, lex);
    default:
      return null; // unnamed sources: "a spokesman", "officials"
  }
}

/** Words of the article's clear person names (with a title, or of two words or more), built once per article. */
const personWordsCache = new WeakMap<readonly NameMention[], Set<string>>();
function personWords(mentions: readonly NameMention[]): Set<string> {
  let words = personWordsCache.get(mentions);
  if (!words) {
    words = new Set();
    for (const m of mentions) if (m.np.type === 'person' && (m.np.role || m.tokens.length > 1)) for (const t of m.tokens) words.add(t);
    personWordsCache.set(mentions, words);
  }
  return words;
}

/** A lone capitalised word with no title that no person's name contains is an organisation ("Acme said"). */
function personOrOrganization(np: NounPhrase, pos: Position, mentions: readonly NameMention[], tokens = nameTokens(np.name!)): SpeakerRef {
  if (tokens.length === 1 && !np.role && !personWords(mentions).has(tokens[0]!)) return { kind: 'organization', name: np.name!, mention: np.text, pos };
  return { kind: 'person', name: np.name!, mention: np.text, pos };
}

function pronoun(np: NounPhrase, pos: Position, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): SpeakerRef | null {
  const word = np.head ?? '';
  const wantsOrg = lex.w.organizationPronouns.has(word);
  const wantsPerson = np.gender === 'm' || np.gender === 'f';
  if (!wantsOrg && !wantsPerson) return null;
  const floor = blocksAway(pos, -PRONOUN_REACH);
  // Candidates: named mentions and earlier speakers, most recent first. A name in
  // subject position or an earlier speaker is a likelier antecedent than a name in
  // an object or a place: those count as if written half a paragraph earlier.
  const candidates: { pos: Position; rank: Position; kind: 'person' | 'organization'; name: string; gender: 'm' | 'f' | null }[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (!isBefore(m.pos, pos)) continue;
    if (isBefore(m.pos, floor)) break;
    if (m.place) continue;
    const kind = m.np.type === 'organization' ? 'organization' : personOrOrganization(m.np, m.pos, mentions, m.tokens).kind;
    candidates.push({ pos: m.pos, rank: m.subject ? m.pos : blocksAway(m.pos, -0.5), kind, name: m.np.name!, gender: m.np.gender });
  }
  // The latest few speakers are enough: older ones are out of reach anyway.
  for (let i = state.events.length - 1; i >= Math.max(0, state.events.length - RECENT_EVENTS); i--) {
    const e = state.events[i]!;
    // An earlier speaker stays salient: ranked as if named a third of a paragraph later.
    if (isBefore(e.pos, pos) && !isBefore(e.pos, floor)) candidates.push({ pos: e.pos, rank: blocksAway(e.pos, 0.3), kind: e.kind, name: e.name, gender: null });
  }
  candidates.sort((a, b) => comparePositions(b.rank, a.rank));
  for (const c of candidates) {
    if (wantsOrg) {
      if (c.kind === 'organization') return { kind: 'organization', name: c.name, mention: '', pos };
      continue;
    }
    if (c.kind !== 'person') continue;
    const g = c.gender ?? learntGender(c.name, state);
    if (g && g !== np.gender) continue;
    return { kind: 'person', name: c.name, mention: '', pos };
  }
  return null;
}

function learntGender(name: string, state: ResolveState): 'm' | 'f' | null {
  const tokens = nameTokens(name);
  for (const [n, g] of state.gender) {
    const other = nameTokens(n);
    if (containsName(other, tokens) || containsName(tokens, other)) return g;
  }
  return null;
}

/** "the mayor" → the person whose title or role says mayor; "the agency" → the organisation named with Agency. */
function description(np: NounPhrase, pos: Position, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): SpeakerRef | null {
  const head = np.head;
  if (!head) return null;
  // "the 52-year-old": the person whose age the article gave as an appositive ("Raj Patel, 52,").
  const age = lex.patterns.age?.exec(head);
  if (age) {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (isBefore(m.pos, pos) && m.np.type === 'person' && (m.np.appositive ?? '').split(/[\s,]+/)[0] === age[1]) return { kind: 'person', name: m.np.name!, mention: np.text, pos };
    }
    return null;
  }

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
  if (isOrgNoun) {
    for (let i = state.events.length - 1; i >= 0; i--) {
      const e = state.events[i]!;
      if (e.kind === 'organization' && isBefore(e.pos, pos)) return { ...e, mention: np.text, pos };
    }
    // "the company said" after "Acme Holdings": the nearest organisation named in this paragraph or the one before.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (!isBefore(m.pos, pos)) continue;
      if (isBefore(m.pos, blocksAway(pos, -2))) break;
      if (m.np.type === 'organization' && !m.place) return { kind: 'organization', name: m.np.name!, mention: np.text, pos };
    }
  }
  return null;
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
