// Stage 6a: the role the article gives a speaker, as a whole noun phrase in its
// shortest faithful form: an appositive ("a professor of engineering at
// Westmere"), with the title written before the name when the appositive only
// says more ("Senator, a Virginia Democrat"); "who is …" ("who is a senior
// analyst at Brantwood" → "a senior analyst at Brantwood"); an affiliation
// ("of Veldoria’s Institute for Strategic Studies"); the title alone ("Harbour
// Minister"); a definite description the article uses for them ("the
// Veldorian leader"); a photo caption's title ("Veldorian President"); else a
// relative clause ("who runs the ferry"). Never a fragment: a bare possessive
// ("China’s"), a short preposition phrase alone ("of Kentucky"), or a phrase
// opened by a possessive pronoun ("his secretary" is someone else's role).
// Organisations are described by their appositive only.
import type { CompiledLexicon } from '../lexicon';
import type { Words } from '../text/phrase';
import { isNameWord, isOrganizationName, isRoleWord } from '../text/names';
import { nameAt } from '../text/subjects';
import { tokenize } from '../text/tokens';
import type { Cluster } from './merge';
import { nameTokens } from './names';

/** A title written before a name in a photo caption: "Veldorian President Anka Moss greets …". */
export interface CaptionRole {
  tokens: readonly string[];
  role: string;
}

const POSSESSIVE_END = /['’]s?$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** A preposition phrase this short says where, not who: "of Kentucky", "from Netscape". */
const SHORT_PHRASE = 3;

export function describeSpeaker(c: Cluster, lex: CompiledLexicon, captions: readonly CaptionRole[] = []): string | null {
  // Clauses that run on after an appositive ("…, who said", "…, said") are cut.
  const trailing = lex.patterns.trailingCue;
  // Pushed into a literal rather than made by map/filter: see mergeSpeakers.
  const appositives: string[] = [];
  for (const m of c.mentions) {
    const a = (trailing ? m.np.appositive?.replace(trailing, '') : m.np.appositive)?.trim().replace(/[\s,;:]+$/, '');
    if (a && a.length > 2 && !/^\d+$/.test(a) && !isFragment(a, lex) && !isOtherName(a, lex)) appositives.push(copulaComplement(a, lex));
  }
  const nounPhrases = appositives.filter((a) => !lex.re.relativeStart.test(a));
  const phrases = nounPhrases.filter((a) => !startsWithPreposition(a, lex));
  const affiliations = nounPhrases.filter((a) => startsWithPreposition(a, lex));
  // An organisation has no title: "Acme, which runs the ferries," is all the article says of it.
  if (c.kind === 'organization') return phrases[0] ?? affiliations.find((a) => wordCount(a) > SHORT_PHRASE) ?? appositives[0] ?? null;

  const title = titleOf(c, lex);
  const phrase = phrases[0];
  if (phrase) {
    // "Senator Mark Tully, a Virginia Democrat": the title says the office, the appositive more.
    const first = (phrase.match(WORD)?.[0] ?? '').toLowerCase();
    if (title && lex.w.indefinites.has(first) && !phrase.toLowerCase().includes(title.toLowerCase())) return `${title}, ${phrase}`;
    return phrase;
  }
  const affiliation = affiliations.find((a) => wordCount(a) > SHORT_PHRASE) ?? affiliations[0];
  if (affiliation) {
    // "Senate Majority Leader Tom Harrow of Kentucky" → "Senate Majority Leader, of Kentucky".
    if (title) return `${title}, ${affiliation}`;
    if (wordCount(affiliation) > SHORT_PHRASE) return affiliation;
    // "Dr Ana Ruiz of Westmere University": the organisation alone says who she works for.
    const object = withoutPreposition(affiliation, lex);
    if (object && isOrganizationName(object.split(/\s+/), lex)) return object;
  }
  if (title) return title;
  const definite = definiteDescription(c, lex);
  if (definite) return definite;
  const caption = captionRole(c, captions);
  if (caption) return caption;
  // A person's relative clause starts with "who", never "which" (that one is about something else),
  // unless "which" is all the article says: then the speaker is an organisation ("Corvina Foods, which runs the ferries").
  const relatives = appositives.filter((a) => lex.re.relativeStart.test(a));
  const personal = relatives.find((a) => !lex.re.thingRelativeStart.test(a));
  if (personal) return personal;
  return relatives.length && relatives.length === appositives.length ? relatives[0]! : null;
}

/** Roles written before the person's name, the longest, cleaned: no honorific, relative pronoun or possessive alone. */
function titleOf(c: Cluster, lex: CompiledLexicon): string | null {
  const roles: string[] = [];
  for (const m of c.mentions) {
    const r = m.np.role ? cleanRole(m.np.role, lex) : null;
    if (r) roles.push(r);
  }
  return roles.sort((a, b) => b.length - a.length)[0] ?? null;
}

function cleanRole(role: string, lex: CompiledLexicon): string | null {
  let words = role.replace(lex.re.honorificWord, ' ').trim().split(/\s+/).filter(Boolean);
  // "The Dock Workers Caucus and Sen. Ana Ruiz": a body joined to the name's title is someone else, no role.
  const and = words.findLastIndex((w) => lex.w.conjunctions.has(w.toLowerCase()));
  const body = words.slice(0, and);
  if (and > 0 && isOrganizationName(body, lex) && !body.some((w) => isRoleWord(w, lex))) words = words.slice(and + 1);
  // "which Amazon founder", "AS Opposition Leader" (a drop capital): no relative pronoun or opener starts a role.
  while (words.length && (lex.w.relatives.has(words[0]!.toLowerCase()) || lex.notName.has(titleCase(words[0]!)) || lex.determiners.has(words[0]!.toLowerCase()))) words.shift();
  const text = words.join(' ');
  if (!text || lex.re.honorificOnly.test(text) || isFragment(text, lex)) return null;
  // "China’s" before "Xi Jinping" is whose, not what: no role.
  if (POSSESSIVE_END.test(text) && words.length === 1) return null;
  return text;
}

function titleCase(w: string): string {
  return w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
}

/** "née Smith": another name, not a role. */
function isOtherName(text: string, lex: CompiledLexicon): boolean {
  return lex.w.otherNameMarkers.has((text.match(WORD)?.[0] ?? '').toLowerCase());
}

/** Fragments that are never a description: a possessive at the end, a possessive pronoun at the start. */
function isFragment(text: string, lex: CompiledLexicon): boolean {
  if (POSSESSIVE_END.test(text)) return true;
  const first = (text.match(WORD)?.[0] ?? '').toLowerCase();
  return lex.w.possessives.has(first);
}

/** "who is a senior analyst at Brantwood" → "a senior analyst at Brantwood"; "who works as a nurse" → "a nurse". */
function copulaComplement(text: string, lex: CompiledLexicon): string {
  if (!lex.re.relativeStart.test(text)) return text;
  const words = text.split(/\s+/);
  for (let i = 1; i < Math.min(words.length - 1, 6); i++) {
    const w = words[i]!.toLowerCase();
    const next = words[i + 1]!.toLowerCase();
    // The complement of "is/was" right after the relative, or of "as" further on, when it opens
    // with an article: a noun phrase ("who follows the market as a director at Harbor").
    const copula = i === 1 && lex.w.finiteVerbs.has(w);
    if ((copula || lex.w.asWords.has(w)) && lex.w.articles.has(next)) return words.slice(i + 1).join(' ');
  }
  return text;
}

function startsWithPreposition(text: string, lex: CompiledLexicon): boolean {
  const first = (text.match(WORD)?.[0] ?? '').toLowerCase();
  return lex.w.affiliationPrepositions.has(first) || lex.w.representsPrepositions.has(first);
}

function withoutPreposition(text: string, lex: CompiledLexicon): string | null {
  const words = text.split(/\s+/).slice(1);
  while (words.length && lex.determiners.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ') || null;
}

function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** "the Veldorian leader": a definite description with a role noun that the article used for this speaker. */
function definiteDescription(c: Cluster, lex: CompiledLexicon): string | null {
  for (const alias of c.aliases) {
    if (!lex.re.definiteArticle.test(alias)) continue;
    const words = (alias.match(WORD) ?? []).map((w) => w.toLowerCase());
    if (words.length < 2 || words.length > 6) continue;
    if (words.slice(1).some((w) => lex.roles.has(w) || lex.roleNouns.has(w))) return alias;
  }
  return null;
}

function captionRole(c: Cluster, captions: readonly CaptionRole[]): string | null {
  const name = nameTokens(c.name);
  const hit = captions.find((r) => r.tokens.length === name.length && r.tokens.every((t, i) => t === name[i]));
  return hit?.role ?? null;
}

/**
 * Titles written before names in the page's photo captions: "Veldorian President Anka Moss
 * greets Marnish Premier Olek Vance" → Anka Moss: "Veldorian President", Olek Vance: "Marnish Premier".
 */
export function captionRoles(captions: readonly string[], lex: CompiledLexicon): CaptionRole[] {
  const out: CaptionRole[] = [];
  for (const text of captions) {
    const tokens = tokenize(text);
    const words: Words = { text, tokens, lex };
    for (let k = 0; k < tokens.length; k++) {
      if (!isNameWord(tokens[k], lex)) continue;
      const np = nameAt(words, k);
      if (!np) continue;
      if (np.type === 'person' && np.name && np.role) {
        const role = cleanRole(np.role, lex);
        if (role) out.push({ tokens: nameTokens(np.name), role });
      }
      k = Math.max(k, np.to - 1);
    }
  }
  return out;
}
