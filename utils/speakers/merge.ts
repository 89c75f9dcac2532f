// Stage 5b: cluster the resolved references into speakers. A person is named
// by the fullest form the article gives anywhere ("Jane Marsh" for "Dr
// Marsh"); the other forms become aliases.
import type { CompiledLexicon } from '../lexicon';
import { firstNameGender } from '../lexicon/first-names';
import { pronounWordsFor } from '../lexicon/pronouns';
import type { NameMention } from './mentions';
import { isRoleWord } from '../text/names';
import { containsName, nameTokens } from './names';
import { compareDistances, type Position } from './position';
import type { SpeakerRef } from './resolve';
import type { Statement } from './statement';

export interface Cluster {
  key: string;
  kind: 'person' | 'organization';
  name: string;
  aliases: Set<string>;
  /** Mentions in the article that name this speaker (for roles and descriptions). */
  mentions: NameMention[];
  /** What the speaker says: quotes and reported statements, in the order they were resolved. */
  statements: Statement[];
}

/** How many of a cluster's statements are quotes between marks, and how many reported speech. */
export function statementCounts(c: Cluster): { quotes: number; indirect: number } {
  let indirect = 0;
  for (const s of c.statements) if (s.kind === 'indirect') indirect++;
  return { quotes: c.statements.length - indirect, indirect };
}

/** Group the resolved statements into speakers, in the order of each speaker's first statement. */
export function mergeSpeakers(statements: readonly Statement[], mentions: readonly NameMention[], lex: CompiledLexicon): Cluster[] {
  const clusters = new Map<string, Cluster>();
  const bothGenders = new Map<string, boolean>();
  // A heading's name runs may run on past the name ("Hale Hits Ruiz"): no fuller name is taken from them.
  const persons = mentions.filter((m) => m.np.type === 'person' && m.np.name && !m.modifier && !m.heading);
  const fullest = new Map<string, { name: string; mentions: NameMention[]; key?: string[] }>();
  // A lone word taken for an organisation in one place ("Okafor said") is the person another
  // reference names ("he said" resolved to Okafor, "Ms Okafor"): one speaker, a person. So is one that
  // speaks in marks and is a first name ("“…,” Sophie said"), or says "I" there ("“I was there,” Varga
  // said"): a town or a firm seldom does; a body says "we".
  const personWords = new Set<string>();
  const firstSingular = pronounWordsFor(lex.lang).firstSingular;
  // The persons the statements name, for a fuller name no mention gives ("Hale’s aide said" resolved
  // to "Tom Hale", "Hale said" elsewhere): the names of the refs are candidates as mentions are.
  const personRefs = new Map<string, SpeakerRef>();
  for (const st of statements) {
    if (st.ref?.kind === 'organization' && st.kind === 'quote' && st.decision?.np?.type === 'person') {
      const lone = nameTokens(st.ref.name);
      if (lone.length === 1 && (firstNameGender(lone[0]!) || speaksAsOne(st.quote.span.text, firstSingular))) personWords.add(lone[0]!);
    }
    if (st.ref?.kind !== 'person') continue;
    for (const t of nameTokens(st.ref.name)) personWords.add(t);
    if (!personRefs.has(st.ref.name)) personRefs.set(st.ref.name, st.ref);
  }
  const refsNamed: SpeakerRef[] = [];
  for (const ref of personRefs.values()) refsNamed.push(ref);
  // The organisations' names as the article writes them, for "the Post" → "Washington Post", also where the name
  // modifies a noun ("the Wall Street Journal editorial board"). (Arrays here are pushed into literals, not made by
  // filter/map: those take one of four V8 shapes, by length and by whether their maker ran optimised, and each new
  // shape makes V8 recompile every function that reads them.)
  const orgNames: string[] = [];
  for (const m of mentions) if (m.np.type === 'organization' && m.np.name) orgNames.push(m.np.name.replace(lex.re.definiteArticle, ''));
  for (const st of statements) if (st.ref?.kind === 'organization') orgNames.push(st.ref.name.replace(lex.re.definiteArticle, ''));
  for (const statement of statements) {
    const written = statement.ref;
    if (!written) continue;
    const lone = written.kind === 'organization' ? nameTokens(written.name) : [];
    const ref: SpeakerRef = lone.length === 1 && personWords.has(lone[0]!) ? { ...written, kind: 'person' } : written;
    // Each distinct name is looked up once: a long article repeats few names many times.
    const mixed = ref.kind === 'person' && mixedName(ref.name, persons, lex, bothGenders);
    let cacheKey = `${ref.kind}:${ref.name}`;
    let full = fullest.get(cacheKey);
    if (!full) {
      const owned = ref.kind === 'organization' ? ownedBody(ref, persons, refsNamed, lex) : null;
      full = owned ?? (ref.kind === 'person' ? fullestName(ref, persons, refsNamed, lex, null, mixed) : fullestOrg(ref.name.replace(lex.re.definiteArticle, ''), orgNames, mentions, lex));
      fullest.set(cacheKey, full);
    }
    // "Mr. Hale" where the fullest name is Ana Hale's: where people of both genders bear the name, a title or a
    // pronoun that tells the other gender names the other person.
    const gender = mixed ? genderOf(ref.mention || ref.name, lex, ref.gender) : null;
    if (gender && genderOf(full.name, lex) === (gender === 'm' ? 'f' : 'm')) {
      cacheKey += `:${gender}`;
      full = fullest.get(cacheKey) ?? fullestName(ref, persons, refsNamed, lex, gender, mixed);
      fullest.set(cacheKey, full);
    }
    const key = `${ref.kind}:${(full.key ?? nameTokens(full.name)).join(' ')}`;
    let c = clusters.get(key);
    if (!c) {
      c = { key, kind: ref.kind, name: full.name, aliases: new Set(), mentions: full.mentions, statements: [] };
      clusters.set(key, c);
    }
    if (ref.mention && ref.mention !== c.name) c.aliases.add(ref.mention);
    c.statements.push(statement);
  }
  for (const c of clusters.values()) {
    for (const m of c.mentions) if (m.np.text !== c.name) c.aliases.add(m.np.text.replace(/['’]s$/, ''));
    c.aliases.delete(c.name);
  }
  return [...clusters.values()];
}

/**
 * A body named by the person it belongs to: "Sen. Ana Ruiz’s campaign", "the Ruiz campaign", "House
 * Speaker Tom Hale’s office". The owner is named as the person is elsewhere (titles and words before
 * them dropped): "Ana Ruiz’s campaign". With or without the possessive, and under any form of the
 * owner's name, it is one body (the key holds the owner's fullest name, no possessive). Null when
 * the name is no person's body.
 */
function ownedBody(ref: SpeakerRef, persons: readonly NameMention[], refs: readonly SpeakerRef[], lex: CompiledLexicon): { name: string; mentions: NameMention[]; key: string[] } | null {
  const words = ref.name.replace(lex.re.definiteArticle, '').split(/\s+/);
  let rest = words.length;
  while (rest > 1 && /^\p{Ll}/u.test(words[rest - 1]!)) rest--;
  const body = words.slice(rest);
  if (!body.length || body.length > 2 || !body.some((w) => lex.orgNouns.has(w))) return null;
  let owner = words.slice(0, rest);
  const possessive = /['’]s$/.exec(owner[owner.length - 1] ?? '')?.[0] ?? '';
  if (possessive) owner[owner.length - 1] = owner[owner.length - 1]!.slice(0, -possessive.length);
  // "House Speaker Tom Hale", "Rival Ana Ruiz": the name after the last title, past words that are no names.
  let from = 0;
  owner.forEach((w, i) => {
    if (i < owner.length - 1 && isRoleWord(w, lex)) from = i + 1;
  });
  owner = owner.slice(from);
  while (owner.length > 1 && lex.notName.has(owner[0]!)) owner = owner.slice(1);
  const ownerTokens = nameTokens(owner.join(' '));
  if (!ownerTokens.length || !persons.some((m) => containsName(m.tokens, ownerTokens)) && !refs.some((r) => containsName(nameTokens(r.name), ownerTokens))) return null;
  const person = fullestName({ ...ref, kind: 'person', name: owner.join(' ') }, persons, refs, lex, null, false);
  // Named as written (the article's "the Ruiz campaign" stays so); one body with every form of the owner's name.
  const name = `${owner.join(' ')}${possessive} ${body.join(' ')}`;
  return { name, mentions: [], key: [...nameTokens(person.name), ...body.map((w) => w.toLowerCase())] };
}

/** Whether a mention names the organisation whose folded name is `key`. */
function sameOrg(m: NameMention, key: string, lex: CompiledLexicon): boolean {
  const t = lex.w.definiteArticles.has(m.tokens[0] ?? '') ? m.tokens.slice(1) : m.tokens;
  return t.join(' ') === key;
}

/** The gender a name's title tells ("Mrs. Hale"), else `told` (a pronoun's), else its first name ("Ana Hale"), else null. */
function genderOf(written: string, lex: CompiledLexicon, told: 'm' | 'f' | null = null): 'm' | 'f' | null {
  const words = written.split(/\s+/);
  const title = lex.genderedTitles.get(words[0]!.replace(/\.$/, '').toLowerCase());
  if (title) return title;
  return told ?? (words.length > 1 ? firstNameGender(words[0]!) : null);
}

/** Whether the article names people of both genders under a name's surname ("Tom Hale", "Ana Hale"), by titles and first names; once per surname. */
function mixedName(name: string, persons: readonly NameMention[], lex: CompiledLexicon, both: Map<string, boolean>): boolean {
  const surname = nameTokens(name).at(-1) ?? '';
  let known = both.get(surname);
  if (known === undefined) {
    const told = new Set<'m' | 'f' | null>();
    for (const m of persons) if (m.tokens.length > 1 && m.tokens.includes(surname)) told.add(m.np.gender ?? genderOf(m.np.name!, lex));
    known = told.has('m') && told.has('f');
    both.set(surname, known);
  }
  return known;
}

/** A mention whose title or first name tells another gender than `gender` ("Mr. Hale" for Ana Hale). */
function otherGender(m: NameMention, gender: 'm' | 'f' | null, lex: CompiledLexicon): boolean {
  if (!gender) return false;
  const g = m.np.gender ?? genderOf(m.np.name!, lex);
  return !!g && g !== gender;
}

/**
 * The longest name among the article's person mentions that contains every token of the reference (of two
 * as long, one another statement's reference gives, else the nearer); failing a mention, the longest such
 * name another statement's reference gives. With `gender`, a name whose title or first name tells the other
 * gender is another person ("Mrs. Hale" is not Tom Hale), and of two names as long the one that agrees comes
 * first. Where people of both genders bear the name (`mixed`), mentions of the other gender are no mentions of
 * the name found ("Mr. Clinton" is no alias of Hillary Clinton).
 */
function fullestName(ref: SpeakerRef, persons: readonly NameMention[], refs: readonly SpeakerRef[], lex: CompiledLexicon, gender: 'm' | 'f' | null, mixed: boolean): { name: string; mentions: NameMention[] } {
  const tokens = nameTokens(ref.name);
  let best = ref.name;
  let bestTokens = tokens;
  let bestAt: Position | null = null;
  let bestAgrees = false;
  let bestByOtherName = false;
  // Between two full names as long, the one that speaks somewhere: "Fiorina" is the Carly Fiorina
  // quoted, not her husband Frank Fiorina named once nearer by.
  const speaking = new Set(refs.map((r) => nameTokens(r.name).join(' ')));
  // How often each name that holds the reference is written: of two people who share a surname, the one
  // the article names more often is the likelier ("Bush" is the Jeb Bush named ten times, not his
  // father named once, though the father's name is longer).
  const written = new Map<string, number>();
  for (const m of persons) if (containsName(m.tokens, tokens)) written.set(m.tokens.join(' '), (written.get(m.tokens.join(' ')) ?? 0) + 1);
  for (const m of persons) {
    const mt = m.tokens;
    // "Ms Smith" for "Jane Doe, née Smith": the other surname names her too.
    if (!containsName(mt, tokens) && !(m.otherName && containsName([...mt, ...m.otherName], tokens))) continue;
    if (otherGender(m, gender, lex)) continue;
    const key = mt.join(' ');
    const bestKey = bestTokens.join(' ');
    const speaks = speaking.has(key);
    const agrees = !!gender && (m.np.gender ?? genderOf(m.np.name!, lex)) === gender;
    // Two different people, not a longer form of the same name ("Jeb Bush" and "George H.W. Bush"), nor
    // one the article gives the other surname of ("Jane Doe, née Smith" and "Ms Smith").
    const byOtherName = !containsName(mt, tokens);
    const other = !!bestAt && key !== bestKey && !byOtherName && !bestByOtherName && !containsName(mt, bestTokens) && !containsName(bestTokens, mt);
    // Of two people, the one whose gender agrees, then the one who speaks, then the name that ends with the
    // reference's surname ("Hale" is Tom Hale, not Ana Hale Brown nor Hale Street); of two names as long the
    // nearer, else the one written more often, then the longer.
    const likelier = (): boolean => {
      if (agrees !== bestAgrees) return agrees;
      if (speaks !== speaking.has(bestKey)) return speaks;
      const surname = tokens[tokens.length - 1];
      const ends = mt[mt.length - 1] === surname;
      if (ends !== (bestTokens[bestTokens.length - 1] === surname)) return ends;
      if (mt.length === bestTokens.length) return compareDistances([m.pos, ref.pos], [bestAt!, ref.pos]) < 0;
      const more = (written.get(key) ?? 0) - (written.get(bestKey) ?? 0);
      return more !== 0 ? more > 0 : mt.length > bestTokens.length;
    };
    if (other ? likelier() : mt.length > bestTokens.length) {
      best = m.np.name!;
      bestTokens = mt;
      bestAt = m.pos;
      bestAgrees = agrees;
      bestByOtherName = byOtherName;
    }
  }
  if (!bestAt) {
    // No mention gives more: a fuller name that one other reference gives, when only one does.
    const fuller = refs.filter((r) => nameTokens(r.name).length > tokens.length && containsName(nameTokens(r.name), tokens) && !(gender && genderOf(r.name, lex) === (gender === 'm' ? 'f' : 'm')));
    const distinct = new Set(fuller.map((r) => nameTokens(r.name).join(' ')));
    if (distinct.size === 1) {
      best = fuller[0]!.name;
      bestTokens = nameTokens(best);
    }
  }
  const mentions: NameMention[] = [];
  const bestGender = mixed ? genderOf(best, lex, gender) : null;
  for (const m of persons) if ((containsName(bestTokens, m.tokens) || (!!m.otherName && containsName(m.otherName, tokens))) && !otherGender(m, bestGender, lex)) mentions.push(m);
  return { name: best, mentions };
}

/**
 * An organisation is named by the one fuller name the article gives it that ends with the same
 * word: "the Post" → "Washington Post", "the department" → "State Department". Two different
 * fuller names ("Senate Democrats", "House Democrats") leave the short one as it is.
 */
function fullestOrg(name: string, orgNames: readonly string[], mentions: readonly NameMention[], lex: CompiledLexicon): { name: string; mentions: NameMention[] } {
  const tokens = nameTokens(name);
  let best: readonly string[] | null = null;
  let bestName = name;
  for (const other of orgNames) {
    const ot = nameTokens(other);
    if (ot.length <= tokens.length || ot[ot.length - 1] !== tokens[tokens.length - 1] || !containsName(ot, tokens)) continue;
    // "Senate Democrats and House Democrats" names two bodies, not a fuller form of one; "Citizenship
    // and Immigration Services" is one, whose words before "and" do not end as the short name does.
    const and = ot.findIndex((t) => lex.w.conjunctions.has(t) || t === '&');
    if (and >= 0 && (and === 0 || ot[and - 1] === tokens[tokens.length - 1])) continue;
    if (!best || containsName(ot, best)) {
      if (!best || ot.length > best.length) {
        best = ot;
        bestName = other;
      }
    } else if (!containsName(best, ot)) return { name, mentions: orgMentions(mentions, name, lex) };
  }
  if (!best && tokens.length === 1) bestName = orgOpenedBy(tokens[0]!, orgNames, lex) ?? name;
  return { name: bestName, mentions: orgMentions(mentions, bestName, lex) };
}

/**
 * "State said …" after "the State Department", "Corvina" after "Corvina Holdings": a body named by one word is the
 * one body of the article whose fuller name opens with that word and ends with an organisation word (none if two do).
 */
function orgOpenedBy(word: string, orgNames: readonly string[], lex: CompiledLexicon): string | null {
  let found: string | null = null;
  for (const other of orgNames) {
    const ot = nameTokens(other);
    if (ot.length < 2 || ot[0] !== word || !lex.orgWords.has(ot[ot.length - 1]!)) continue;
    if (found && nameTokens(found).join(' ') !== ot.join(' ')) return null;
    found ??= other;
  }
  return found;
}

function orgMentions(mentions: readonly NameMention[], name: string, lex: CompiledLexicon): NameMention[] {
  const key = nameTokens(name.replace(lex.re.definiteArticle, '')).join(' ');
  const found: NameMention[] = [];
  for (const m of mentions) if (m.np.type === 'organization' && sameOrg(m, key, lex)) found.push(m);
  return found;
}

const LETTERS = /\p{L}+/gu;
/** Whether words in marks use one of the first-person singular forms. */
function speaksAsOne(text: string, forms: readonly string[]): boolean {
  for (const m of text.matchAll(LETTERS)) if (forms.includes(m[0].toLowerCase())) return true;
  return false;
}
