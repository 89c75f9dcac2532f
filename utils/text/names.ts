// Names among the tokens: which words can be part of a proper name, runs of them forward and
// backward, and what a run names (a person with a title, or an organisation).
//
//   Dr Jane Marsh · Chinese President Xi Jinping · the Food Safety Agency
import type { CompiledLexicon } from '../lexicon';
import { firstNameGender } from '../lexicon/first-names';
import { bare, joinText, lower, nounPhrase, POSSESSIVE, POSSESSIVE_S, type NounPhrase, type Words } from './phrase';
import { firstNameGenderOf } from './places';
import { isNameWord, isOrgWord } from './nameword';
import type { Token } from './tokens';

export { firstNameGenderOf, isPlaceName, isRegionName } from './places';
export { isNameWord } from './nameword';

const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&.]+$/u;

export function isTitle(word: string, lex: CompiledLexicon): boolean {
  return lex.titles.has(bare(word).toLowerCase());
}

export function isRoleWord(word: string, lex: CompiledLexicon): boolean {
  const w = bare(word).toLowerCase();
  if (lex.roles.has(w) || lex.titles.has(w) || roleAcronym(word, lex)) return true;
  // Lower-case occupation nouns of the role tables: "an epidemiologist", "state assemblyman Ben Ash".
  // Capitalised words stay with the hand-written titles, so that a first name such as "Dean" is no title.
  return /^\p{Ll}/u.test(word) && lex.roleNouns.has(w);
}

/** Length of a multi-word title starting at token k ("Prime Minister" → 2), or 0. */
function multiTitleAt(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  if (roleAcronym(tokens[k]?.text ?? '', lex)) return 1;
  for (const parts of lex.multiTitles.get(lower(tokens[k])) ?? []) {
    let ok = true;
    for (let p = 0; p < parts.length; p++) {
      if (lower(tokens[k + p]) !== parts[p]) {
        ok = false;
        break;
      }
    }
    if (ok) return parts.length;
  }
  return 0;
}

/** Whether the linker at `j` lies inside a title of several words that starts at or after `from` ("Secretary of State"). */
function inTitle(tokens: readonly Token[], from: number, j: number, lex: CompiledLexicon): boolean {
  for (let p = Math.max(from, j - 3); p < j; p++) if (p + multiTitleAt(tokens, p, lex) > j) return true;
  return false;
}

/** A word the lexicon lists as no name, unless it stands as a name here (see `markNameLikeWords`). */
export function listedNoName(t: Token | undefined, lex: CompiledLexicon): boolean {
  return !!t && lex.notName.has(t.text) && !t.name;
}

/**
 * A word that starts a name where it stands: a name word, or a place-name prefix that is
 * no name alone ("New" of "New Zealand", "Los" of "Los Angeles") before one.
 */
export function startsName(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (lex.w.namePrefixes.has(t.text)) return isNameWord(tokens[k + 1], lex);
  return isNameWord(t, lex) && !listedNoName(t, lex);
}

/** A place-name prefix opening a name here ("New" of "New Kellshire"): part of the name, no linker. */
function prefixHere(tokens: readonly Token[], k: number, lex: CompiledLexicon): boolean {
  return lex.w.namePrefixes.has(tokens[k]?.text ?? '') && isNameWord(tokens[k + 1], lex);
}

/**
 * A run of name words forward from k: "Dr Jane Marsh", "Institute for Coastal Studies".
 * Returns the end (exclusive) or k when there is no name.
 */
export function nameRunForward(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  let j = k;
  let lastName = k;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isNameWord(t, lex) || (j === k && startsName(tokens, j, lex))) {
      if (j === k && listedNoName(t, lex) && !isTitle(t.text, lex) && !startsName(tokens, j, lex)) break;
      j++;
      lastName = j;
      if (POSSESSIVE.test(t.text) && POSSESSIVE_S.test(t.text) && j > k) break; // "China’s" ends a run
      continue;
    }
    const w = lower(t);
    // Particles and linkers inside names: "Ludwig van Beethoven", "Institute for Defence Studies" (not "Acme Trust and Sen. Ruiz").
    const list = lex.w.listJoiners.has(w) && isTitle(tokens[j + 1]?.text ?? '', lex) && tokens.slice(k, j).some((x) => isOrgWord(x.text, lex));
    if (j > k && (lex.particles.has(w) || lex.linkers.has(w)) && isNameWord(tokens[j + 1], lex) && !list) {
      j++;
      continue;
    }
    break;
  }
  return cutAtLinker(tokens, k, lastName, lex);
}

/** Linkers belong inside organisation names only: "Institute for Coastal Studies", not "Jane Marsh of Westmere". */
function cutAtLinker(tokens: readonly Token[], from: number, to: number, lex: CompiledLexicon): number {
  let firstLinker = -1;
  let org = false;
  let orgBefore = false;
  let nameBefore = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (!isNameWord(t, lex) && !prefixHere(tokens, j, lex)) {
      // "Secretary of State Ana Ruiz": the linker belongs to the title.
      if (firstLinker < 0 && !inTitle(tokens, from, j, lex)) firstLinker = j;
    } else {
      const isOrg = isOrgWord(t.text, lex);
      if (isOrg) org = true;
      if (firstLinker < 0) {
        // The word right before the linker decides: "Department of …" is one name; in "Senate
        // Majority Leader Tom Harrow of Kentucky" an organisation word in the title does not.
        orgBefore = isOrg;
        if (!isOrg && !isTitle(t.text, lex)) nameBefore = true;
      }
    }
  }
  if (firstLinker < 0 || (firstLinker === from + 1 && groupFor(tokens, firstLinker, lex))) return to;
  // "Dr Ana Ruiz of Westmere University": a person, then her affiliation.
  if (org && nameBefore && !orgBefore && lex.w.affiliationPrepositions.has(tokens[firstLinker]!.low ?? '') && firstLinker - from >= 2) return firstLinker;
  return org && !(orgBefore && lex.w.placePrepositions.has(tokens[firstLinker]!.low ?? '')) ? to : firstLinker; // not "Acme Museum in Dover"
}

/** The start of a run of name words that ends at `end` (exclusive). */
export function nameRunBackward(tokens: readonly Token[], end: number, lex: CompiledLexicon): number {
  let j = end;
  while (j > 0) {
    const t = tokens[j - 1]!;
    if (isNameWord(t, lex) || (j < end && lex.w.namePrefixes.has(t.text) && startsName(tokens, j - 1, lex))) {
      if (j < end && POSSESSIVE.test(t.text) && POSSESSIVE_S.test(t.text)) break;
      j--;
      continue;
    }
    const w = lower(t);
    if (j < end && (lex.particles.has(w) || lex.linkers.has(w)) && isNameWord(tokens[j - 2], lex)) {
      j--;
      continue;
    }
    break;
  }
  // Linkers belong to organisation names only ("Institute for Coastal Studies").
  // An organisation word right before the last linker or after it makes one name ("Department
  // of Conservation"); one inside a title before a person's name does not ("Senate Majority
  // Leader Tom Harrow of Kentucky").
  let linker = -1;
  for (let x = j; x < end; x++) if (!isNameWord(tokens[x], lex) && !prefixHere(tokens, x, lex) && !inTitle(tokens, j, x, lex)) linker = x;
  let org = false;
  if (linker >= 0) {
    org = isOrgWord(tokens[linker - 1]?.text ?? '', lex) || (linker === j + 1 && !!groupFor(tokens, linker, lex));
    for (let x = linker + 1; x < end && !org; x++) org = isOrgWord(tokens[x]!.text, lex);
  }
  if (linker >= 0 && !org) j = linker + 1;
  // Drop leading words that are not names ("However", "But", "The"), keeping titles.
  while (j < end && listedNoName(tokens[j], lex) && !isTitle(tokens[j]!.text, lex) && !startsName(tokens, j, lex)) j++;
  // A linker cannot start a name.
  while (j < end && !isNameWord(tokens[j], lex) && !startsName(tokens, j, lex)) j++;
  return j;
}

/** A capitalised word joined by a hyphen to a lower-case one: "Seattle-based", "Texas-born" (not "Anne-Marie", "Stratford-upon-Avon"). */
const HYPHEN_MODIFIER = /^\p{Lu}[\p{L}.]*(?:-[\p{L}]+)*-\p{Ll}+$/u;

/** Classify the name run [from, to): split titles from the name, tell persons from organisations. */
export function readName(w: Words, from: number, to: number): NounPhrase | null {
  const { tokens, lex } = w;
  // "Seattle-based", "Amazon-owned": a name joined to a lower-case word modifies the name after it.
  while (from < to - 1 && HYPHEN_MODIFIER.test(tokens[from]!.text)) from++;
  if (from >= to) return null;
  // "Americans for Fair Ports" names a body; "Attorneys for Hale" are people who act for Hale, unnamed.
  const forGroup = to - from >= 3 ? groupFor(tokens, from + 1, lex) : null;
  if (forGroup === 'body') return nounPhrase({ from, to, type: 'organization', name: joinText(w, from, to).replace(POSSESSIVE_S, ''), text: joinText(w, from, to) });
  if (forGroup === 'role') return nounPhrase({ from, to, type: 'unnamed', text: joinText(w, from, to), head: lower(tokens[from]) });
  // Titles and role words at the front of the run ("Chinese President", "Facebook CEO", "Dr").
  let split = from;
  // "secretary of State Ana Ruiz": a title of several words begun before the run ends inside it.
  let titleFrom = from;
  for (let p = Math.max(0, from - 3); p < from && split === from; p++) {
    const m = multiTitleAt(tokens, p, lex);
    if (m && p + m > from && p + m < to && !isOrganizationName(tokens.slice(p + m, to).map((t) => t.text), lex)) [split, titleFrom] = [p + m, p];
  }
  for (let j = split; j < to; j++) {
    const m = multiTitleAt(tokens, j, lex);
    // "the Secretary of State": a title alone describes someone; it names no one.
    if (m && j === from && m === to - from) return nounPhrase({ from, to, type: 'description', text: joinText(w, from, to), head: bare(lower(tokens[from])) });
    if (m && j + m <= to) {
      if (j + m < to) split = j + m;
      j += m - 1;
      continue;
    }
    if ((isRoleWord(tokens[j]!.text, lex) || (lex.roleNouns.has(lower(tokens[j])) && lex.linkers.has(lower(tokens[j + 1])))) && j + 1 < to) split = j + 1;
    // An occupation capitalised where it opens the sentence, before a first name and a surname: "Comedian Ana Ruiz".
    else if (j === split && to - j >= 3 && lex.roleNouns.has(lower(tokens[j])) && !firstNameGender(tokens[j]!.text) && firstNameGender(tokens[j + 1]!.text)) split = j + 1;
    // An occupation capitalised as a title before exactly a first name and a surname, whatever words open the run:
    // "Reporter Ana Osk", "Washington Political Editor Ana Osk", "Maricopa County Recorder Ana Osk" ("Marine Le Pen" keeps
    // its particle; a body's name stays whole: "National Association of Criminal Defense Lawyers").
    else if (to - j === 3 && lex.roleNouns.has(lower(tokens[j])) && !firstNameGender(tokens[j]!.text) && !lex.particles.has(lower(tokens[j + 1])) && !isOrganizationName(tokens.slice(from, to).map((t) => t.text), lex)) split = j + 1;
  }
  // "Undersecretary for Harbour Services Ana Ruiz", "Director of Harbour Affairs Ana Ruiz": after a title (an occupation before
  // "for"/"of" is one) and the linker, the office runs on to a first name; with none, "CEO of Harbour Ferry Association" names no one.
  const title = split > from ? tokens[split - 1] : tokens[from - 2];
  const linker = split > from ? tokens[split] : tokens[from - 1];
  if (lex.linkers.has(lower(linker)) && title && (isRoleWord(title.text, lex) || lex.roleNouns.has(lower(title)))) {
    for (let j = split + 1; j < to - 1; j++) {
      if (firstNameGender(tokens[j]!.text) && !isOrganizationName(tokens.slice(j, to).map((t) => t.text), lex)) { split = j; break; }
    }
  }
  const words = tokens.slice(from, to).map((t) => t.text);
  const nameFrom = split;
  let nameTo = to;
  // Suffixes are not part of the name.
  while (nameTo > nameFrom + 1 && lex.w.nameSuffixes.has(tokens[nameTo - 1]!.text)) nameTo--;
  const nameWords = tokens.slice(nameFrom, nameTo).map((t) => t.text);
  if (!nameWords.length) return null;
  const titleWords = tokens.slice(titleFrom, split).map((t) => t.text);
  // "(president and) CEO of Harbour Ferry Association": a title and the body it serves describe someone; they name no one.
  if (titleWords.length && lex.linkers.has(lower(tokens[nameFrom]))) return nounPhrase({ from, to, type: 'description', text: joinText(w, from, to), head: bare(lower(tokens[nameFrom - 1])) });
  // (An adverb's ending tells only where the word opens a sentence: "Finally," but "said Donnelly".)
  const opensSentence = !tokens[from - 1] || tokens[from - 1]!.kind !== 'word';
  const notName = lex.re.notName.test(nameWords[0]!) && (opensSentence || !lex.re.adverb.test(nameWords[0]!.toLowerCase()));
  if (nameWords.length === 1 && !titleWords.length && !isOrganizationName(nameWords, lex) && notName) return null;
  if (nameWords.length === 1 && !titleWords.length && lex.unnamedHeads.has(nameWords[0]!.toLowerCase())) return null;
  // A party and state ("D-N.Y.", "R-Texas"), and a word before a number ("Article 33 says", "Isaiah 45:1 reads"): no one's name.
  if (!titleWords.length && (lex.patterns.partyAffiliation?.test(nameWords[0]!) || nameWords.length === 1 && /^\p{N}/u.test(tokens[to]?.text ?? '') && !isOrganizationName(nameWords, lex))) return null;
  // "Senate Democrats", "Latino Republicans": a run ending in a plural source noun names a group, no one.
  const group = nameWords[nameWords.length - 1]!.toLowerCase();
  if (nameWords.length > 1 && !titleWords.length && lex.unnamedHeads.has(group) && lex.re.pastOrPlural.test(group)) return nounPhrase({ from, to, type: 'unnamed', text: joinText(w, from, to), head: group });
  // "Looking at the notes, …", "Speaking to reporters, …": a participle opening a sentence, before
  // a preposition or a determiner, is no name (a surname such as "Manning said" is followed by its verb).
  const after = lower(tokens[to]);
  if (nameWords.length === 1 && !titleWords.length && opensSentence && lex.re.participle.test(nameWords[0]!.toLowerCase()) && (lex.w.prepositions.has(after) || lex.determiners.has(after) || lex.linkers.has(after) || participleObject(tokens[to], lex))) return null;
  const isOrg = isOrganizationName(nameWords, lex) || (!titleWords.length && isOrganizationName(words, lex));
  let gender: 'm' | 'f' | null = null;
  for (const t of titleWords) gender = lex.genderedTitles.get(bare(t).toLowerCase()) ?? gender;
  // "Justice Department", "Interior Ministry": a title word before nothing but an organisation's words names the body.
  const hasPersonTitle = titleWords.some((t) => isRoleWord(t, lex)) && !nameWords.every((t) => isOrgWord(t, lex));
  if (isOrg && !hasPersonTitle) {
    // An organisation keeps its whole written name ("the Food Safety Agency" → "Food Safety Agency").
    const name = joinText(w, from, to).replace(POSSESSIVE_S, '');
    return nounPhrase({ from, to, type: 'organization', name, text: name });
  }
  const name = joinText(w, nameFrom, nameTo).replace(POSSESSIVE_S, '');
  // A lone word without a title could be a person's surname, a place or a company: callers decide.
  return nounPhrase({ from, to, type: 'person', name, text: joinText(w, from, to), role: titleWords.length ? titleWords.join(' ') : null, gender });
}

/** A participle's object, not a surname's verb: "Facing mounting criticism", "Using “alien”" (not "Manning said", "Manning has"). */
function participleObject(t: Token | undefined, lex: CompiledLexicon): boolean {
  const w = t?.kind === 'word' && /^\p{Ll}/u.test(t.text) ? t.low ?? t.text.toLowerCase() : null;
  if (!w) return t?.kind === 'quote';
  return !lex.verbs.has(w) && !lex.w.finiteVerbs.has(w) && !lex.w.pastVerbs.has(w) && !lex.w.afterName.has(w) && (!lex.re.pastOrPlural.test(w) || lex.re.participle.test(w));
}

export function isOrganizationName(words: readonly string[], lex: CompiledLexicon): boolean {
  if (words.some((w) => isOrgWord(w, lex))) return true;
  // Acronyms alone: NASA, the WHO, BBC (not initials like "J.").
  return words.length === 1 && ACRONYM.test(words[0]!) && !lex.w.nameSuffixes.has(words[0]!) && !INITIAL.test(words[0]!) && words[0]!.replace(/\./g, '').length >= 2 && !roleAcronym(words[0]!, lex);
}

/** A capitalised plural before the body linker at `k`: a body ("Americans for Fair Ports"), or a role's people ("Attorneys for Hale"). */
function groupFor(tokens: readonly Token[], k: number, lex: CompiledLexicon): 'body' | 'role' | null {
  const g = tokens[k - 1];
  if (!g || g.kind !== 'word' || !lex.w.bodyLinkers.has(lower(tokens[k])) || !/^\p{Lu}\p{Ll}+$/u.test(g.text) || !startsName(tokens, k + 1, lex)) return null;
  const p = lower(g);
  if (lex.w.agentNouns.has(p)) return 'role';
  return lex.re.plural.test(p) ? 'body' : null;
}

/** A role written in capitals as an acronym: "CEO", "VP" (not "Da" of "Da Silva"). Asked of most words: cheap tests first. */
export function roleAcronym(word: string, lex: CompiledLexicon): boolean {
  return word.length <= 4 && word.charCodeAt(1) >= 65 && word.charCodeAt(1) <= 90 && /^\p{Lu}{2,4}$/u.test(word) && lex.w.roleAcronyms.has(word.toLowerCase());
}

/**
 * "in Ames, Iowa,", "of Raleigh, N.C.,", "in Portsmouth, N.H., on Tuesday": a short name right
 * after the comma that closes a place (a name after a place preposition or "of") names the
 * place's region, never a speaker. Returns the end (exclusive) of that name, or -1.
 */
export function placeTail(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  if (tokens[k - 1]?.text !== ',' || !startsName(tokens, k, lex) || isTitle(tokens[k]!.text, lex)) return -1;
  const placeFrom = nameRunBackward(tokens, k - 1, lex);
  if (placeFrom >= k - 1 || isTitle(tokens[placeFrom]!.text, lex)) return -1;
  // "a Dover, Ky., rabbi": an abbreviated region says so itself, whatever comes before the place.
  const abbreviated = lex.w.regionAbbreviations.has(tokens[k]!.text.replace(/\.$/, '')) && tokens[k]!.text.endsWith('.');
  const marker = lower(tokens[placeFrom - 1]);
  if (!abbreviated && !lex.w.placeMarkers.has(marker) && !lex.w.affiliationPrepositions.has(marker) && placeTail(tokens, placeFrom, lex) < 0) return -1;
  const end = nameRunForward(tokens, k, lex);
  if (end <= k || end - k > 3) return -1;
  // "in Westmere, Marc H. Okafor, the chief executive": a first name opens a person's name, not a region's.
  if (end - k > 1 && firstNameGenderOf(tokens.slice(k, end).map((t) => t.text), lex)) return -1;
  const after = tokens[end];
  // The region closes the place: a comma, a bracket or the sentence's end follows it.
  if (after && after.text !== ',' && after.text !== ')' && !/^[.;:!?]$/.test(after.text) && after.kind !== 'quote') return -1;
  return end;
}
