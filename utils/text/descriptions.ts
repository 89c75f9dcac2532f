// Descriptions: noun phrases that describe a speaker instead of naming one,
// and role words written before a name.
//
//   the minister said · said a spokeswoman for the council · prime minister Ana Ruiz
import { isNameWord, isRoleWord, listedNoName, nameRunBackward, nameRunForward, readName } from './names';
import { bare, joinText, lower, nounPhrase, POSSESSIVE, POSSESSIVE_S, type NounPhrase, type PhraseType, type Words } from './phrase';
import { verbAt } from './verbs';
import type { Token } from './tokens';

/** Lower-case role words written before a name: "prime minister Ana Ruiz", "libertarian economist Tom Hale". */
export function roleBefore(w: Words, nameFrom: number): { from: number; role: string } | null {
  const { tokens, lex } = w;
  let j = nameFrom;
  let sawRole = false;
  let from = nameFrom;
  while (j > 0 && nameFrom - j < 5) {
    const t = tokens[j - 1]!;
    if (t.kind !== 'word') break;
    const word = t.text.toLowerCase();
    if (lex.determiners.has(word) || lex.verbs.has(word) || lex.linkers.has(word) || lex.complementizers.has(word) || lex.w.roleStops.has(word)) break;
    j--;
    if (isRoleWord(t.text, lex)) {
      sawRole = true;
      from = j;
    } else if (sawRole || j === nameFrom - 1) {
      // modifiers before the role word: "senior", "Pakistan-based", "BBC’s North America"; never a function word
      // or a verb form, which belong to the sentence ("did not mention", "castigated Republican candidate Ana Ruiz";
      // "retired" is a former word and stays).
      if (!sawRole || functionWord(word, lex) || verbBeforeRole(t.text, lower(tokens[j + 1]), lex)) break;
      from = j;
    }
  }
  if (!sawRole) return null;
  return { from, role: joinText(w, from, nameFrom) };
}

/** Prepositions, pronouns, auxiliaries, negation, relatives and clause openers: words of a sentence, never of a title. */
function functionWord(word: string, lex: Words['lex']): boolean {
  const w = lex.w;
  return w.prepositions.has(word) || w.descriptionStops.has(word) || w.relatives.has(word) || w.finiteVerbs.has(word) || w.cancellers.has(word) ||
    w.hypotheticals.has(word) || lex.pronouns.has(word);
}

/**
 * A verb form written in lower case before a role word: the sentence's verb ("castigated Republican candidate"), not a
 * modifier. Compounds stay ("Oscar-winning actress"), and so do former words ("retired") and roles of two words
 * ("running mate").
 */
function verbBeforeRole(text: string, next: string, lex: Words['lex']): boolean {
  const word = text.toLowerCase();
  return text === word && !word.includes('-') && lex.re.verbForm.test(word) && !lex.w.formerWords.has(word) && !lex.roles.has(`${word} ${next}`);
}

/** A description NP ending at `end` (exclusive): "the president", "a spokeswoman for the agency". */
export function descriptionBackward(w: Words, end: number): NounPhrase | null {
  const { tokens, lex } = w;
  let j = end;
  let det = -1;
  while (j > 0 && end - j < 9) {
    const t = tokens[j - 1]!;
    if (t.kind !== 'word') break;
    const word = t.text.toLowerCase();
    if (lex.verbs.has(word) || lex.complementizers.has(word) || lex.w.clauseLinks.has(word)) break;
    j--;
    if (lex.determiners.has(word) || (POSSESSIVE.test(t.text) && j < end - 1 && POSSESSIVE_S.test(t.text) && !lex.linkers.has(lower(tokens[j - 1])))) {
      det = j;
      if (lex.determiners.has(word)) break;
    }
  }
  if (det < 0) {
    // Bare plurals: "officials said", "residents said".
    const head = lower(tokens[end - 1]);
    if (!lex.unnamedHeads.has(head)) return null;
    // With their modifiers: "American officials", "Obama administration officials", "local residents".
    // A place or a demonym before the noun says whose officials, not who speaks: the source stays unnamed.
    let from = end - 1;
    while (from > 0 && end - from < 4) {
      const t = tokens[from - 1]!;
      const word = lower(t);
      if (!word || lex.determiners.has(word) || lex.linkers.has(word) || lex.verbs.has(word) || lex.w.clauseLinks.has(word)) break;
      if (lex.w.prepositions.has(word) || lex.complementizers.has(word) || lex.w.introOpeners.has(word) || lex.re.verbForm.test(word) || lex.re.adverb.test(word)) break;
      if (/^\p{Lu}/u.test(t.text) && listedNoName(t, lex)) break;
      from--;
    }
    return nounPhrase({ from, to: end, type: 'unnamed', text: joinText(w, from, end), head });
  }
  return describe(w, det, end);
}

/** Classify the description tokens [from, to). */
export function describe(w: Words, from: number, to: number): NounPhrase | null {
  const { tokens, lex } = w;
  // The head is the first role, unnamed-source or organisation noun: "a spokesman for the agency" → spokesman.
  let head: string | null = null;
  for (let j = from; j < to; j++) {
    const word = bare(lower(tokens[j]));
    if (!word) continue;
    if (lex.unnamedHeads.has(word) || lex.roles.has(word) || lex.orgNouns.has(word) || lex.titles.has(word) || lex.roleNouns.has(word)) {
      head = word;
      // Keep going over multi-word roles ("prime minister"), stop at a preposition.
      if (lex.linkers.has(lower(tokens[j + 1]))) break;
    }
  }
  if (!head) {
    // An unknown head ("the fisherman", "the harbour master"): a description all the same,
    // which names no one unless a role in the article says the same.
    const last = tokens[to - 1];
    if (!last || last.kind !== 'word' || !/^[\p{Ll}\p{N}]/u.test(last.text) || to - from > 4) return null;
    head = last.text.toLowerCase();
  }
  const phrase = joinText(w, from, to);
  let type: PhraseType = 'description';
  if (lex.w.indefinites.has(lower(tokens[from]))) type = 'unnamed';
  return nounPhrase({ from, to, type, text: phrase, head });
}

/** "Its chief executive" → "chief executive": a role without its determiner or possessive. */
export function withoutDeterminer(w: Words, text: string): string {
  return text.replace(w.lex.re.roleDeterminer, '');
}

/**
 * A name used as a modifier of an unnamed source: "said Obama administration officials",
 * "said Westmere police sources". The source is the officials, described with the name.
 */
export function modifiedUnnamed(w: Words, np: NounPhrase): NounPhrase | null {
  const { tokens, lex } = w;
  if (np.appositive || np.role) return null;
  for (let j = np.to; j < Math.min(tokens.length, np.to + 3); j++) {
    const word = lower(tokens[j]);
    if (!word || !/^\p{Ll}/u.test(tokens[j]!.text) || lex.verbs.has(word) || lex.determiners.has(word) || lex.linkers.has(word)) return null;
    if (lex.unnamedHeads.has(word) && lex.re.pastOrPlural.test(word)) return nounPhrase({ from: np.from, to: j + 1, type: 'unnamed', text: joinText(w, np.from, j + 1), head: word });
  }
  return null;
}

/**
 * "said a senior Harbour Union official", "said a Brell adviser": after an indefinite article, a name that
 * only modifies a role or source noun in the lower-case words after it is no speaker; the description is an
 * unnamed source. `det` is the phrase's first word.
 */
export function modifiesUnnamed(w: Words, det: Token | undefined, np: NounPhrase): boolean {
  if (!w.lex.w.indefinites.has(lower(det))) return false;
  for (let j = np.to; j < np.to + 3; j++) {
    const t = w.tokens[j];
    if (t?.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || w.lex.verbs.has(lower(t))) return false;
    if (isRoleWord(t.text, w.lex) || w.lex.unnamedHeads.has(lower(t))) return true;
  }
  return false;
}

/**
 * "said Harbour Watch president Tom Fenn", "said Air Wing 1st Lt. Tom Fenn", "said Oversight ranking
 * Democrat Tom Fenn": words the name reader stopped at (a capitalised word that is also a common one,
 * a number, a participle) between a body's name and a person's name with a role. The person, named last
 * before the clause ends, speaks; what comes before is the role.
 */
export function personAfterModifiers(w: Words, np: NounPhrase): NounPhrase | null {
  const { tokens, lex } = w;
  if (np.appositive || (np.type !== 'person' && np.type !== 'organization')) return null;
  let end = np.to;
  while (end < tokens.length && end - np.to < 8 && tokens[end]!.kind === 'word') {
    const word = lower(tokens[end]);
    if (lex.verbs.has(word) || lex.determiners.has(word) || lex.linkers.has(word) || lex.complementizers.has(word) || lex.w.relatives.has(word) || lex.w.prepositions.has(word)) return null;
    end++;
  }
  const next = tokens[end];
  if (end === np.to || (next && next.kind === 'word')) return null;
  const nameFrom = nameRunBackward(tokens, end, lex);
  if (nameFrom <= np.to) return null;
  const person = readName(w, nameFrom, end);
  if (!person || person.type !== 'person' || (!person.role && (person.name ?? '').split(/\s+/).length < 2)) return null;
  let role = false;
  for (let j = np.to; j < nameFrom && !role; j++) role = isRoleWord(tokens[j]!.text, lex);
  if (!role && !person.role) return null;
  return { ...person, from: np.from, role: [joinText(w, np.from, nameFrom), person.role].filter(Boolean).join(' ') };
}

/**
 * "said her mother, Fiona, …", "said a leading appeals lawyer, Dan Ostrow of the firm Hale Brandt.": a name
 * set off by a comma after the description `np` (which ends at `end`) is the person described.
 */
export function nameAfterDescription(w: Words, np: NounPhrase, end: number): NounPhrase | null {
  const { tokens, lex } = w;
  const from = np.from;
  const start = tokens[end]?.text === ',' ? nameAfterComma(tokens, end, lex) : -1;
  if (start < 0) return null;
  // "her introducer, actress Ana Ruiz": the role words after the comma say who she is too.
  const role = start > end + 1 ? `${np.text}, ${joinText(w, end + 1, start)}` : np.text;
  const nEnd = nameRunForward(tokens, start, lex);
  if (tokens[nEnd]?.text === ',' || verbAt(tokens, nEnd, lex) || nEnd >= tokens.length || /^[.;!?]$/.test(tokens[nEnd]!.text)) {
    const named = readName(w, start, nEnd);
    return named && named.type === 'person' ? { ...named, from, to: tokens[nEnd]?.text === ',' ? nEnd + 1 : nEnd, role } : null;
  }
  if (start > end + 1) return null;
  if (!lex.w.affiliationPrepositions.has(lower(tokens[nEnd]))) return null;
  // The name with its affiliation; the body may follow a determiner and a noun or two ("of the law firm Hale Brandt").
  let a = nEnd + 1;
  if (lex.determiners.has(lower(tokens[a]))) a++;
  while (a < nEnd + 5 && tokens[a]?.kind === 'word' && /^\p{Ll}/u.test(tokens[a]!.text) && !lex.verbs.has(lower(tokens[a]))) a++;
  const named = isNameWord(tokens[a], lex) ? readName(w, end + 1, nEnd) : null;
  if (!named || named.type !== 'person') return null;
  let close = a;
  while (close < tokens.length && tokens[close]!.text !== ',' && tokens[close]!.kind !== 'quote' && !/^[.;!?]$/.test(tokens[close]!.text)) close++;
  return { ...named, from, to: tokens[close]?.text === ',' ? close + 1 : close, role: np.text, appositive: joinText(w, nEnd, close) };
}

/**
 * The name after the comma at `comma` that sets it off as an appositive: right after it ("…, Ana Ruiz"), or after
 * up to three lower-case words that end in a role ("…, actress Ana Ruiz", "…, former senator Ana Ruiz").
 * Returns the name's first token, or -1.
 */
export function nameAfterComma(tokens: readonly Token[], comma: number, lex: Words['lex']): number {
  let r = comma + 1;
  while (r < comma + 4 && tokens[r]?.kind === 'word' && /^\p{Ll}/u.test(tokens[r]!.text) && !lex.determiners.has(lower(tokens[r]))) r++;
  if (r > comma + 1 && !isRoleWord(tokens[r - 1]!.text, lex)) return -1;
  return isNameWord(tokens[r], lex) ? r : -1;
}

/**
 * "“…,” an angry Varga retorted", "said a visibly tired Ana Ruiz": a determiner, a lower-case word or
 * two that name no role, then a person's name that ends its phrase (a verb, a comma or the end follows).
 */
export function adjectiveBeforeName(w: Words, k: number): NounPhrase | null {
  const { tokens, lex } = w;
  if (!lex.determiners.has(lower(tokens[k]))) return null;
  let j = k + 1;
  while (j < k + 3 && tokens[j]?.kind === 'word' && /^\p{Ll}/u.test(tokens[j]!.text)) {
    const word = lower(tokens[j]);
    if (lex.roles.has(word) || lex.roleNouns.has(word) || lex.orgNouns.has(word) || lex.unnamedHeads.has(word) || lex.titles.has(word) || lex.verbs.has(word) || lex.determiners.has(word) || lex.linkers.has(word)) return null;
    j++;
  }
  if (j === k + 1 || !isNameWord(tokens[j], lex)) return null;
  const end = nameRunForward(tokens, j, lex);
  const next = tokens[end];
  const closes = !next || next.kind !== 'word' || lex.verbs.has(lower(next)) || lex.re.verbForm.test(lower(next));
  if (!closes) return null;
  const named = readName(w, j, end);
  return named && named.type === 'person' ? { ...named, from: k } : null;
}

/**
 * "Ana Ruiz of Dover, Kellshire says": the words before the verb at `end` (from `from`) are the region after a
 * place, after "of" or "from" and a person's name; that person is the subject, the place an appositive.
 */
export function personBeforePlace(w: Words, from: number, end: number, floor: number, subjectBefore: (w: Words, k: number, floor: number) => NounPhrase | null): NounPhrase | null {
  const { tokens, lex } = w;
  if (tokens[from - 1]?.text !== ',') return null;
  const placeFrom = nameRunBackward(tokens, from - 1, lex);
  if (placeFrom >= from - 1 || placeFrom - 2 < floor || !lex.w.affiliationPrepositions.has(lower(tokens[placeFrom - 1])) || !isNameWord(tokens[placeFrom - 2], lex)) return null;
  const owner = subjectBefore(w, placeFrom - 1, floor);
  return owner && owner.type === 'person' ? { ...owner, to: end, appositive: joinText(w, placeFrom - 1, end) } : null;
}

/**
 * "Its pastor, Tom Reyes of Grace Church in Marion, said": where a name set off by commas ends, when
 * what follows it up to the comma only says where the person is from (an affiliation preposition, then
 * names, places and their prepositions). The name's end, or -1.
 */
export function nameBeforeAffiliation(tokens: readonly Token[], from: number, comma: number, lex: Words['lex']): number {
  const end = nameRunForward(tokens, from, lex);
  if (end === comma) return end;
  if (end <= from || !lex.w.affiliationPrepositions.has(lower(tokens[end]))) return -1;
  for (let k = end + 1; k < comma; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !(isNameWord(t, lex) || lex.w.affiliationPrepositions.has(lower(t)) || lex.w.placePrepositions.has(lower(t)) || lex.determiners.has(lower(t)))) return -1;
  }
  return isNameWord(tokens[comma - 1], lex) ? end : -1;
}
