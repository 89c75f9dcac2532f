// Antecedents: whom a pronoun ("he said") or a bare role ("the coach said")
// refers to, among the people the article has named and the speakers so far.
// Made-up examples of what is weighed:
//
//   gender       Rachel Stone spoke to Marco Vidal. “…,” she said.      → Rachel Stone (first name, title, pronoun seen, his/her after the name)
//   subject      Paul Harlan says Victor Crane “…”. He warns that …    → Paul Harlan (the subject, not the object)
//   speaker      “…,” said Frank Bell. “…,” he added.                   → Frank Bell (the last speaker stays salient)
//   lone word    Okafor spoke from the steps. “…,” he said.             → Okafor (a lone word acting as a person)
//   bare role    Marsh said the team would rest. “…,” the coach said.   → Marsh (the one person in reach)
import type { CompiledLexicon } from '../lexicon';
import { firstNameGenderOf } from '../text/names';
import type { NounPhrase } from '../text/phrase';
import { learntGender, nameGender, sharedSurname } from './genders';
import { isSubject, type NameMention } from './mentions';
import { blocksAway, comparePositions, firstAtOrAfter, isBefore, type Position } from './position';
import { containsName, nameTokens } from './names';
import type { ResolveState, SpeakerRef } from './resolve';

/** How many of the latest speakers a pronoun looks at. */
const RECENT_EVENTS = 40;
/** How far back (in blocks) a pronoun or a description may reach. */
export const PRONOUN_REACH = 4;
/** And in names: four paragraphs of news hold far fewer; a page of one huge paragraph holds thousands. */
const MENTIONS_BACK = 120;

/** Words of the article's clear person names (with a title, or of two words or more, appositives' included), built once per article. */
const personWordsCache = new WeakMap<readonly NameMention[], Set<string>>();
function personWords(mentions: readonly NameMention[]): Set<string> {
  let words = personWordsCache.get(mentions);
  if (!words) {
    words = new Set();
    for (const m of mentions) {
      if (m.np.type === 'person' && (m.np.role || m.tokens.length > 1)) for (const t of m.tokens) words.add(t);
      for (const inner of m.innerNames ?? []) for (const t of inner) words.add(t);
    }
    personWordsCache.set(mentions, words);
  }
  return words;
}

/** A lone capitalised word with no title that no person's name contains is an organisation ("Acme said"). */
export function personOrOrganization(np: NounPhrase, pos: Position, mentions: readonly NameMention[], tokens = nameTokens(np.name!)): SpeakerRef {
  if (tokens.length === 1 && !np.role && !personWords(mentions).has(tokens[0]!)) return { kind: 'organization', name: np.name!, mention: np.text, pos };
  return { kind: 'person', name: np.name!, mention: np.text, pos };
}

export function pronoun(np: NounPhrase, pos: Position, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): SpeakerRef | null {
  const word = np.head ?? '';
  const wantsOrg = lex.w.organizationPronouns.has(word);
  const wantsPerson = np.gender === 'm' || np.gender === 'f';
  if (!wantsOrg && !wantsPerson) return null;
  const floor = blocksAway(pos, -PRONOUN_REACH);
  // Candidates: named mentions and earlier speakers, most recent first. A name in
  // subject position or an earlier speaker is a likelier antecedent than a name in
  // an object or a place: those count as if written half a paragraph earlier.
  const candidates: { pos: Position; rank: Position; kind: 'person' | 'organization' | 'unnamed'; name: string; gender: 'm' | 'f' | null }[] = [];
  // From the nearest mention before the pronoun back, and no further than the reach or MENTIONS_BACK names: a page of
  // one huge paragraph must not make each pronoun read every name before it.
  for (let i = firstAtOrAfter(mentions, pos) - 1, stop = Math.max(0, i - MENTIONS_BACK); i >= stop; i--) {
    const m = mentions[i]!;
    if (isBefore(m.pos, floor)) break;
    if (m.modifier) continue;
    // "spoke to Rachel Stone": a first name says a person, whatever the preposition before.
    if (m.place && !firstNameGenderOf(m.tokens, lex)) continue;
    let kind: 'person' | 'organization' = m.np.type === 'organization' ? 'organization' : personOrOrganization(m.np, m.pos, mentions, m.tokens).kind;
    // "… the farms of Kellshire. “…,” they argued.": a lone capitalised word that no organisation word
    // marks is a body for "it" or "they" only as a subject ("Corvina closed the mill"), and not a plural
    // that opens a sentence ("Wages remain low").
    if (wantsOrg && kind === 'organization' && m.np.type !== 'organization' && !(isSubject(m) && !lex.re.plural.test(m.np.name ?? ''))) continue;
    // Nor is any body named only as an object or after a preposition ("marched past the Harbour Trust. “…,” they said").
    if (wantsOrg && kind === 'organization' && !isSubject(m)) continue;
    let rank = !isSubject(m) ? blocksAway(m.pos, -SALIENCE.object) : m.clause ? blocksAway(m.pos, -SALIENCE.clause) : m.pos;
    let gender = m.np.gender;
    if (wantsPerson) {
      // "Okafor spoke from the steps. … he said": a lone word that is a sentence's subject may be a person,
      // and one that a relative only people take follows is one ("Zendaya, who won the award, …").
      if (kind === 'organization' && m.np.type === 'person' && m.tokens.length === 1 && (m.who || (actsAsPerson(m, lex) && !sentencesCapital(m, mentions, lex)))) {
        kind = 'person';
        if (!m.who) rank = blocksAway(rank, -SALIENCE.unknownGender);
      } else if (kind === 'person') {
        gender ??= nameGender(m.np.name!, mentions, lex);
        if (!gender) {
          // A name a "who" clause follows was introduced as a person the story is about: no less likely.
          if (!m.who) rank = blocksAway(rank, -SALIENCE.unknownGender);
          // Still no likelier than a name whose gender is known: "Clinton" alone may mean either Clinton.
          const full = sharedSurname(m.tokens, np.gender!, mentions, lex);
          if (full) {
            candidates.push({ pos: m.pos, rank, kind, name: full, gender: np.gender! });
            continue;
          }
        }
      }
    }
    candidates.push({ pos: m.pos, rank, kind, name: m.np.name!, gender });
  }
  // The latest few speakers are enough: older ones are out of reach anyway.
  for (let i = state.events.length - 1; i >= Math.max(0, state.events.length - RECENT_EVENTS); i--) {
    const e = state.events[i]!;
    // An earlier speaker stays salient: ranked as if named a third of a paragraph later.
    if (!isBefore(e.pos, pos) || isBefore(e.pos, floor)) continue;
    const gender = e.kind === 'person' ? nameGender(e.name, mentions, lex) : null;
    const full = e.kind === 'person' && !gender && wantsPerson ? sharedSurname(nameTokens(e.name), np.gender!, mentions, lex) : null;
    const rank = wantsPerson && overtaken(e, pos, np.gender!, mentions, lex) ? e.pos : blocksAway(e.pos, SALIENCE.speaker);
    candidates.push({ pos: e.pos, rank, kind: e.kind, name: full ?? e.name, gender: full ? np.gender! : gender });
  }
  candidates.sort((a, b) => comparePositions(b.rank, a.rank));
  for (const c of candidates) {
    if (wantsOrg) {
      if (c.kind === 'organization') return { kind: 'organization', name: c.name, mention: '', pos };
      continue;
    }
    if (c.kind !== 'person') continue;
    const g = c.gender ?? learntGender(c.name, state, mentions);
    if (g && g !== np.gender) continue;
    // "…,” said the woman. “…,” she said.": a person left unnamed spoke after every name in reach; the pronoun is hers.
    if (unnamedSince(c.pos, pos, state)) return null;
    return { kind: 'person', name: c.name, mention: '', pos };
  }
  return null;
}

/**
 * "Hale suggested …. Varga himself was delighted. “…,” he said.": a speaker's salience does not reach past a later
 * sentence of the paragraph that opens with another person the pronoun may name.
 */
function overtaken(e: SpeakerRef, pos: Position, gender: 'm' | 'f', mentions: readonly NameMention[], lex: CompiledLexicon): boolean {
  const speaker = nameTokens(e.name);
  for (let i = firstAtOrAfter(mentions, e.pos), stop = Math.min(mentions.length, i + MENTIONS_BACK); i < stop; i++) {
    const m = mentions[i]!;
    if (m.block !== e.pos.block || !isBefore(m.pos, pos)) return false;
    if (m.initial && isSubject(m) && m.np.type === 'person' && !containsName(speaker, m.tokens) && (m.np.gender ?? nameGender(m.np.name!, mentions, lex)) === gender) return true;
  }
  return false;
}

/** Whether a person the article leaves unnamed spoke after `from`, in the paragraph of `pos` or the one before. */
function unnamedSince(from: Position, pos: Position, state: ResolveState): boolean {
  const floor: Position = { block: pos.block - 1, offset: 0 };
  return (state.unnamed ?? []).some((u) => isBefore(from, u) && isBefore(u, pos) && !isBefore(u, floor));
}

/**
 * A lone capitalised word that a clause is about: the subject of a sentence,
 * followed by its verb ("Okafor spoke", "Lindqvist took questions"). Not a
 * participle or an adverb opening a sentence ("Conceding that …", "Sooner or
 * later"), nor a noun followed by a comma or a function word ("Loyalty, he
 * noted", "Footage of …").
 */
function actsAsPerson(m: NameMention, lex: CompiledLexicon): boolean {
  if (!m.subject || !m.next) return false;
  const word = m.np.name ?? '';
  // "Conceding that …", "Sooner or later": a participle or an adverb opens the sentence.
  if (lex.re.notModifier.test(word.toLowerCase())) return false;
  const next = m.next.toLowerCase();
  return (/^\p{Ll}/u.test(m.next) && lex.re.verbForm.test(next)) || lex.w.pastVerbs.has(next) || lex.w.finiteVerbs.has(next) || lex.verbs.has(next);
}


/**
 * A lone plural that opens its sentence and that the article writes as a name nowhere else (capitalised where no
 * sentence opens, or in a longer name): "Eyebrows raised, he asked …" owes its capital to the sentence, and is no
 * one for "he". ("Okafor spoke", "Williams spoke, … Jan Williams" are names.)
 */
function sentencesCapital(m: NameMention, mentions: readonly NameMention[], lex: CompiledLexicon): boolean {
  const word = m.tokens[0]!;
  if (!m.initial || !lex.re.plural.test(word)) return false;
  return !mentions.some((o) => o !== m && (!o.initial || o.tokens.length > 1) && o.tokens.includes(word));
}

/** How much less (or more) likely an antecedent is, in paragraphs of distance (tuned on PolNeAR train). */
const SALIENCE = {
  /** A name in an object or after a preposition, against one in subject position. */
  object: 0.8,
  /** A subject of a linked or subordinate clause ("… while Ruiz is …"), against the sentence's subject. */
  clause: 0.3,
  /** An earlier speaker, against a name merely mentioned. */
  speaker: 0.3,
  /** A person whose gender nothing tells (no title, no known first name), against one whose gender agrees. */
  unknownGender: 2,
};


/** "the coach", "the senator": a determiner and the role, nothing that would single out someone else. */
const WORDS = /[\p{L}\p{N}]+/gu;
export function bareRole(np: NounPhrase, lex: CompiledLexicon): boolean {
  for (const m of np.text.toLowerCase().matchAll(WORDS)) if (m[0] !== np.head && !lex.determiners.has(m[0])) return false;
  return true;
}

/** The one person named (or speaking) within reach before `pos`, if there is exactly one. */
export function onlyPerson(np: NounPhrase, pos: Position, mentions: readonly NameMention[], state: ResolveState, lex: CompiledLexicon): SpeakerRef | null {
  const floor = blocksAway(pos, -PRONOUN_REACH);
  const people: string[][] = [];
  let latest: string | null = null;
  const add = (name: string) => {
    const t = nameTokens(name);
    const same = people.find((p) => containsName(p, t) || containsName(t, p));
    if (!same) people.push([...t]);
    else if (t.length > same.length) same.splice(0, same.length, ...t);
    latest ??= name;
  };
  for (let i = firstAtOrAfter(mentions, pos) - 1, stop = Math.max(0, i - MENTIONS_BACK); i >= stop; i--) {
    const m = mentions[i]!;
    if (isBefore(m.pos, floor)) break;
    if (m.modifier || m.np.type !== 'person') continue;
    if (m.place && !firstNameGenderOf(m.tokens, lex)) continue;
    // "Marsh and Bell": two people.
    if (m.tokens.some((t) => lex.linkers.has(t))) return null;
    // A lone word in subject position may be a person too ("Marsh and Bell said"): it makes the description ambiguous.
    const person = personOrOrganization(m.np, m.pos, mentions, m.tokens).kind === 'person' || (m.tokens.length === 1 && m.subject);
    if (person) add(m.np.name!);
    if (people.length > 1) return null;
  }
  for (let i = state.events.length - 1; i >= 0; i--) {
    const e = state.events[i]!;
    if (!isBefore(e.pos, pos)) continue;
    if (isBefore(e.pos, floor)) break;
    if (e.kind === 'person') add(e.name);
    if (people.length > 1) return null;
  }
  return people.length === 1 && latest ? { kind: 'person', name: latest, mention: np.text, pos } : null;
}

