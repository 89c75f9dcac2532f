// Subjects: who is speaking, read from the noun phrases next to a speech verb. No tagger: news attribution uses few shapes.
//   before the verb  Jane Marsh, a professor at Westmere, said · the minister said · he said
//   after the verb   said Dr Marsh · said a spokeswoman for the council · said she
//   elsewhere        see clauses.ts: the sentence's subject, the agent of a passive
import { withAppositive, looksLikeAppositive } from './appositives';
import { adjectiveBeforeName, describe, descriptionBackward, modifiedUnnamed, nameAfterComma, nameBeforeAffiliation, nameAfterDescription, personBeforePlace, modifiesUnnamed, personAfterModifiers, roleBefore, withoutDeterminer } from './descriptions';
import { isNameWord, isPlaceName, listedNoName, isRoleWord, isTitle, nameRunBackward, nameRunForward, placeTail, readName, startsName } from './names';
import { governingSubject } from './infinitives';
import { joinText, lower, nounPhrase, POSSESSIVE_S, type NounPhrase, type Words } from './phrase';
import { commaInsideClosingMark, type Token } from './tokens';
import { skipAdverbsBackward } from './verbs';

const pronounPhrase = (t: Token, at: number, g: 'm' | 'f' | 'n' | 'p'): NounPhrase => nounPhrase({ from: at, to: at + 1, type: 'pronoun', text: t.text, gender: g === 'm' || g === 'f' ? g : null, head: t.text.toLowerCase() });

/** The subject that ends right before token `k` (the cue verb), reading back over adverbs, an appositive, titles and role words; never before `floor`. */
export function subjectBefore(w: Words, k: number, floor = 0): NounPhrase | null {
  const { tokens, lex } = w;
  const end = skipAdverbsBackward(tokens, k, lex);
  if (end <= floor) return null;
  const last = tokens[end - 1]!;
  // "ended the meeting by saying": a participle after a preposition has no subject of its own.
  if (lex.w.participleOpeners.has(lower(last)) && lex.re.participle.test(lower(tokens[k]))) return null;
  const pron = lex.pronouns.get(lower(last));
  if (pron) return pronounPhrase(last, end - 1, pron);
  if (lex.w.infinitiveMarkers.has(lower(last)) && last.kind === 'word') return governingSubject(w, end - 1, floor, subjectBefore);
  // "Jane Marsh, author of “The Quiet Court,” said": the appositive's comma typed inside the closing mark.
  if (commaInsideClosingMark(tokens, end)) return appositiveSubject(w, end - 2, floor);
  if (last.kind === 'punct' && last.text === ',') {
    // "Ana Ruiz (D-Westmere), said": the comma closes the bracket, not an appositive.
    if (tokens[end - 2]?.text === ')') return subjectBefore(w, end - 1, floor);
    return appositiveSubject(w, end - 1, floor) ?? interruptedSubject(w, end - 1, floor);
  }
  // "Jane Marsh, who heads the institute, said" is handled above; "the agency, which said" here.
  if (lex.w.subjectRelatives.has(lower(last)) && tokens[end - 2]?.text === ',') return subjectBefore(w, end - 2, floor);
  if (last.kind === 'punct' && last.text === ')') {
    // "Jane Marsh (Westmere University) said"
    let j = end - 1;
    while (j > floor && tokens[j]!.text !== '(') j--;
    if (j > floor) {
      const np = subjectBefore(w, j, floor);
      if (np) return { ...np, to: end, appositive: joinText(w, j + 1, end - 1) };
    }
    return null;
  }
  // "Westmere police said", "Harbour council said": a name and an organisation noun ("a Hale spokesman" is a person, unnamed).
  if (last.kind === 'word' && /^\p{Ll}/u.test(last.text) && lex.orgNouns.has(last.text) && !lex.unnamedHeads.has(last.text) && isNameWord(tokens[end - 2], lex)) {
    const from = Math.max(floor, nameRunBackward(tokens, end - 1, lex));
    if (from < end - 1 && (!listedNoName(tokens[from], lex) || startsName(tokens, from, lex))) {
      const name = joinText(w, from, end);
      return nounPhrase({ from, to: end, type: 'organization', name, text: name });
    }
  }
  if (isNameWord(last, lex) || (last.kind === 'word' && lex.w.nameSuffixes.has(last.text))) {
    const from = Math.max(floor, nameRunBackward(tokens, end, lex));
    const resident = personBeforePlace(w, from, end, floor, subjectBefore); // "Ana Ruiz of Dover, Kellshire says"
    if (resident) return resident;
    // "officials in Westmere said": no place after a preposition speaks, nor a participle's agent ("seen by Reuters").
    if (lex.w.placePrepositions.has(lower(tokens[from - 1])) && !isTitle(tokens[from]!.text, lex)) return null;
    // "… of Raleigh, N.C., said": nor is the region after a place.
    if (placeTail(tokens, from, lex) >= 0) return null;
    if (lex.w.agentMarkers.has(lower(tokens[from - 1])) || (lex.w.agentMarkers.has(lower(tokens[from - 2])) && lex.determiners.has(lower(tokens[from - 1])))) return null;
    const np = readName(w, from, end);
    if (!np) return descriptionBackward(w, end);
    // "Senator Ana Ruiz of Westmere said", "Tom Hale of the Port Police said": the person before "of".
    const ofAt = lex.determiners.has(lower(tokens[from - 1])) ? from - 2 : from - 1;
    const of = lower(tokens[ofAt]);
    if (lex.w.affiliationPrepositions.has(of) && isNameWord(tokens[ofAt - 1], lex)) {
      const owner = subjectBefore(w, ofAt, floor);
      if (owner && owner.type === 'person' && (owner.role || (owner.name ?? '').includes(' '))) {
        return { ...owner, to: end, appositive: owner.appositive ?? joinText(w, ofAt, end) };
      }
    }
    // "a spokeswoman for the Harbour Authority said": the person described speaks, not the body after the preposition.
    if ((lex.w.affiliationPrepositions.has(of) || lex.w.representsPrepositions.has(of)) && tokens[ofAt - 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[ofAt - 1]!.text)) {
      const desc = descriptionBackward(w, ofAt);
      if (desc && desc.from >= floor) return { ...desc, to: end, text: joinText(w, desc.from, end) };
    }
    const before = roleBefore(w, from);
    if (before) return { ...np, from: before.from, role: [before.role, np.role].filter(Boolean).join(' ') };
    return np;
  }
  return descriptionBackward(w, end);
}

/** "Jane Marsh, a professor of engineering at Westmere, said": the name before the first comma. */
function appositiveSubject(w: Words, comma: number, floor: number): NounPhrase | null {
  const { tokens, lex } = w;
  // Candidates: name runs followed by a comma, earlier in the clause, with an appositive after them. Appositives nest ("Ana
  // Ruiz, director of Harbour Workers, a union that backs Hale, said"): the earliest is the subject, the later ones inside it.
  let found: NounPhrase | null = null;
  for (let j = comma - 1; j > floor && comma - j < 60; j--) {
    const t = tokens[j]!;
    if (t.kind === 'quote') break;
    if (t.kind === 'punct' && /[.;:!?]/.test(t.text)) break;
    if (t.kind === 'word' && lex.verbs.has(t.text.toLowerCase()) && lex.verbs.get(t.text.toLowerCase())!.strength >= 1) break;
    if (!found && comma - j >= 40) break;
    // "of Ashton, Md., who …, said": a comma before a place's region opens no appositive, whatever else the region's word is.
    if (t.text !== ',' || j === comma || placeTail(tokens, j + 1, lex) >= 0) continue;
    const appFrom = j + 1;
    if (!looksLikeAppositive(w, appFrom, comma)) {
      // "Its chief executive, Ana Ruiz, said", "A pastor, Tom Reyes of Grace Church, said": the name is the appositive of a role.
      const nameEnd = isNameWord(tokens[appFrom], lex) ? nameBeforeAffiliation(tokens, appFrom, comma, lex) : -1;
      const named = nameEnd > appFrom ? readName(w, appFrom, nameEnd) : null;
      if (named) {
        const desc = descriptionBackward(w, j);
        if (named.type === 'person' && !isPlaceName((named.name ?? '').split(/\s+/), lex) && desc && desc.head) {
          found = { ...named, from: desc.from, to: comma + 1, role: withoutDeterminer(w, desc.text) };
          j = desc.from;
        }
      }
      continue;
    }
    // "In the call, Rep. Leo Fenn, who …, said": a name right after the comma is the subject, not an appositive.
    // An earlier name holds the one found only inside the first phrase of its appositive ("Ana Ruiz, director of
    // Harbour Workers, a union …"), never after a clause opener ("at the convention, when Mr. Brell, who …, called") or past another comma.
    // Nor where the name is the subject of a relative clause: "Veldoria, a country that the mayor, Tom Hale, called “…”".
    const relative = !!found && (lex.w.relatives.has(lower(tokens[found.from - 1])) || lex.complementizers.has(lower(tokens[found.from - 1])));
    if (found && (found.from <= appFrom || lex.w.subjectOpeners.has(lower(tokens[appFrom])) || commaBetween(tokens, appFrom, found.from, lex) || relative)) break;
    const np = subjectBefore(w, j, floor);
    if (np && (np.type === 'person' || np.type === 'organization' || np.type === 'description')) {
      found = { ...np, to: comma + 1, appositive: joinText(w, appFrom, comma) };
      j = Math.min(j, np.from);
    }
  }
  return found;
}

/** A comma in [from, to) other than those around a place's region ("a delegate from Dover, Kellshire, said"). */
function commaBetween(tokens: readonly Token[], from: number, to: number, lex: Words['lex']): boolean {
  for (let x = from; x < to; x++) {
    if (tokens[x]!.text !== ',') continue;
    const region = placeTail(tokens, x + 1, lex);
    if (region < 0) return true;
    x = region;
  }
  return false;
}

/**
 * "Ana Ruiz, after a long pause, said", "the mayor, when asked about the pier, replied", "Ana Ruiz,
 * wearing a red cape, said", "Ruiz, exasperated, replied" (one word only if a participle), "Ruiz, asked about it, said".
 */
function interruptedSubject(w: Words, comma: number, floor: number): NounPhrase | null {
  const { tokens, lex } = w;
  for (let j = comma - 1; j > floor && comma - j < 16; j--) {
    const t = tokens[j]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && /[.;:!?(]/.test(t.text) && !/\.$/.test(tokens[j - 1]?.text ?? ''))) return null;
    if (t.text !== ',') continue;
    // It opens with a preposition or "when" ("after a long pause"), or with a participle ("wearing a red cape").
    const opener = lower(tokens[j + 1]);
    if ((!lex.w.introWords.has(opener) && !lex.re.verbForm.test(opener)) || (lex.verbs.has(opener) && !lex.w.introWords.has(opener)) || j + 2 > comma || (j + 2 === comma && !lex.re.verbForm.test(opener))) return null;
    const np = subjectBefore(w, j, floor);
    return np && (np.type === 'person' || np.type === 'organization' || np.type === 'pronoun') ? { ...np, to: comma + 1 } : null;
  }
  return null;
}

/** The subject that starts at token `k` (after an inverted verb, "said Dr Marsh", or after a quote, "…,” Dr Marsh said), with an appositive after it. */
export function subjectAfter(w: Words, k: number): NounPhrase | null {
  const { tokens, lex } = w;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  const pron = lex.pronouns.get(t.text.toLowerCase());
  if (pron) return pronounPhrase(t, k, pron);
  const from = k;
  // Lower-case role words before a name: "said prime minister Ana Ruiz".
  let j = k;
  while (j < tokens.length && j - k < 5 && tokens[j]!.kind === 'word' && !isNameWord(tokens[j], lex)) {
    const word = lower(tokens[j]);
    if (lex.determiners.has(word) || lex.verbs.has(word) || lex.linkers.has(word) || lex.complementizers.has(word)) break;
    j++;
  }
  if (j === k && lex.determiners.has(lower(t))) {
    // "the minister Ana Ruiz", "la ministra Ana Ruiz": a determiner, role words (capitalised ones too), then the name (not "the senator from Ohio").
    let r = k + 1;
    while (r < tokens.length && r - k < 4 && tokens[r]!.kind === 'word' && (!isNameWord(tokens[r], lex) || isRoleWord(tokens[r]!.text, lex)) && !lex.linkers.has(lower(tokens[r])) && !lex.w.prepositions.has(lower(tokens[r]))) r++;
    if (r > k + 1 && isNameWord(tokens[r], lex) && tokens.slice(k + 1, r).some((x) => isRoleWord(x.text, lex))) j = r;
  }
  // "said former Westmere governor Ana Ruiz", "said retired Navy Adm. Ana Ruiz": a word that puts the role
  // in the past, then a name with its role; the person speaks, the word belongs to the role.
  if (lex.w.formerWords.has(t.text) && (isNameWord(tokens[k + 1], lex) || isRoleWord(tokens[k + 1]?.text ?? '', lex))) {
    const np = subjectAfter(w, k + 1);
    if (np && np.type === 'person' && (np.role || isTitle(tokens[k + 1]!.text, lex))) return { ...np, from: k, role: [t.text, np.role ?? tokens[k + 1]!.text].join(' ') };
  }
  // "said former Secretary of State Ana Ruiz": lower-case modifiers of a title belong to the role too.
  const lowerRole = j > k && isNameWord(tokens[j], lex) && (tokens.slice(k, j).some((x) => isRoleWord(x.text, lex)) || (isTitle(tokens[j]!.text, lex) && tokens.slice(k, j).every((x) => lex.w.formerWords.has(lower(x))))) ? joinText(w, k, j) : null;
  const nameStart = lowerRole ? j : k;
  // "said undecided Republican voter Ana Ruiz": a lower-case word or two before a capitalised role.
  if (!lowerRole && j > k && j - k <= 2 && isNameWord(tokens[j], lex)) {
    const inner = nameAt(w, j);
    const person = inner && (namedByRole(w, inner) ?? personAfterModifiers(w, inner));
    if (person && person.type === 'person' && person.role) return { ...person, from: k, role: `${joinText(w, k, j)} ${person.role}` };
  }
  const adjectived = adjectiveBeforeName(w, k); // "“…,” an angry Varga retorted"
  if (adjectived) return adjectived;
  if (isNameWord(tokens[nameStart], lex) || startsName(tokens, nameStart, lex)) {
    let np = nameAt(w, nameStart);
    if (np && (!modifiesUnnamed(w, t, np) || namedByRole(w, np))) {
      if (lowerRole) np = { ...np, from, role: [lowerRole, np.role].filter(Boolean).join(' ') };
      return modifiedUnnamed(w, np) ?? namedByRole(w, np) ?? personAfterModifiers(w, np) ?? np;
    }
  }
  // Descriptions: "said the minister", "said a spokeswoman for the agency", "her mother said".
  const first = lower(t);
  // "the Harbour Authority", "the Harbour Union Party’s Tom Osk" (a person after a body's possessive): a determiner before a name.
  if (lex.determiners.has(first) && (isNameWord(tokens[k + 1], lex) || startsName(tokens, k + 1, lex))) {
    const named = nameAt(w, k + 1);
    if (named && (named.type === 'organization' || (named.type === 'person' && (named.role ?? '').split(/\s+/).some((x) => POSSESSIVE_S.test(x)))) && (!modifiesUnnamed(w, t, named) || namedByRole(w, named))) return { ...(namedByRole(w, named) ?? named), from: k };
  }
  if (lex.determiners.has(first) || POSSESSIVE_S.test(t.text)) {
    let end = k + 1;
    while (end < tokens.length && end - k < 9 && tokens[end]!.kind === 'word' && !lex.verbs.has(lower(tokens[end])) && !lex.w.descriptionStops.has(lower(tokens[end]))) end++;
    // A name right after the description is an appositive name: "her mother, Fiona, said".
    const np = describe(w, k, end);
    // "a statement from the water authority", "a report by Acme", "a document filed by the prosecutor": the author speaks.
    const authored = end - k > 2 && lex.w.authorParticiples.has(lower(tokens[end - 1])) && lex.w.documents.has(lower(tokens[end - 2]));
    if (np && (authored || (np.head && lex.w.documents.has(np.head))) && lex.w.authorMarkers.has(lower(tokens[end]))) {
      const author = subjectAfter(w, end + 1);
      if (author && (author.type === 'person' || author.type === 'organization')) return { ...author, from: k };
    }
    if (np) return nameAfterDescription(w, np, end) ?? withAppositive(w, np);
  }
  if (lex.unnamedHeads.has(first)) return nounPhrase({ from: k, to: k + 1, type: 'unnamed', text: t.text, head: first });
  return null;
}

/**
 * The name that starts at token k, with role words before it and an appositive
 * after it: "prime minister Ana Ruiz", "Dr Jane Marsh, an engineer at Westmere,".
 * A possessive run is a modifier of the next name ("Westmere’s Jane Marsh"), or of a role the name after it holds
 * ("Hale’s Kellshire state director, Ana Ruiz,": Ana Ruiz).
 */
export function nameAt(w: Words, k: number): NounPhrase | null {
  const { tokens, lex } = w;
  const end = nameRunForward(tokens, k, lex);
  if (end <= k) return null;
  if (POSSESSIVE_S.test(tokens[end - 1]!.text) && isNameWord(tokens[end], lex)) {
    const inner = nameAt(w, end);
    if (inner && inner.type === 'person') {
      const owner = joinText(w, k, end);
      const held = namedByRole(w, inner, true);
      return held ? { ...held, from: k, role: `${owner} ${held.role}` } : { ...inner, from: k, role: [owner, inner.role].filter(Boolean).join(' ') };
    }
  }
  let np = readName(w, k, end);
  if (!np) return null;
  const before = roleBefore(w, k);
  if (before) np = { ...np, from: before.from, role: [before.role, np.role].filter(Boolean).join(' ') };
  else if (np.type === 'person' && tokens[k - 1]?.text === ',' && (tokens[end]?.text === ',' || end >= tokens.length || /^[.;!?]$/.test(tokens[end]!.text))) {
    // "The leader of the party, Ana Ruiz, said": the description names her role.
    const desc = descriptionBackward(w, k - 1);
    if (desc && desc.head && lex.roles.has(desc.head)) np = { ...np, role: withoutDeterminer(w, desc.text) };
  }
  const withApp = withAppositive(w, np);
  // "Dr Ana Ruiz of Westmere University": the affiliation says who she is.
  if (!withApp.appositive && np.type === 'person' && lex.w.affiliationPrepositions.has(lower(tokens[end])) && isNameWord(tokens[end + 1] ?? tokens[end + 2], lex)) {
    let a = end + 1;
    if (lex.determiners.has(lower(tokens[a]))) a++;
    let run = nameRunForward(tokens, a, lex);
    // "of Veldoria’s Institute for Strategic Studies": a possessive run goes on to the body it owns.
    while (run > a && POSSESSIVE_S.test(tokens[run - 1]!.text) && isNameWord(tokens[run], lex)) run = nameRunForward(tokens, run, lex);
    if (run > a) return { ...withApp, appositive: joinText(w, end, run) };
  }
  return withApp;
}

/**
 * "said Westmere pollster Ann Cole", "said Reyes campaign spokesman Tom Hale", "said Reyes ally Tom
 * Hale": a name used as a modifier, a role, then the person's name. The person speaks; the first
 * name is part of the role. A role word says so ("pollster"); any other noun ("ally") only before a
 * full name.
 */
function namedByRole(w: Words, np: NounPhrase, ownedBefore = false): NounPhrase | null {
  const { tokens, lex } = w;
  if (np.appositive || (np.type !== 'person' && np.type !== 'organization')) return null;
  // "said Varga’s top foreign policy aide Leo Fenn": after a possessive the role may be longer.
  const owned = ownedBefore || POSSESSIVE_S.test(tokens[np.to - 1]?.text ?? '');
  let j = np.to;
  while (j < tokens.length && j - np.to < (owned ? 5 : 3) && tokens[j]!.kind === 'word' && !isNameWord(tokens[j], lex) && /^\p{Ll}/u.test(tokens[j]!.text)) j++;
  if (j === np.to) return null;
  const roleEnd = j;
  // "said Varga’s deputy campaign manager, Leo Fenn,": the name set off by a comma after the role, or after a
  // noun and role words of its own ("said Varga’s wife, actress Ana Ruiz").
  if (owned && tokens[j]?.text === ',') {
    const start = nameAfterComma(tokens, j, lex);
    if (start > j + 1 || (start === j + 1 && isRoleWord(tokens[j - 1]!.text, lex))) j = start;
  }
  if (!isNameWord(tokens[j], lex)) return null;
  for (let k = np.to; k < roleEnd; k++) {
    const word = lower(tokens[k]);
    if (lex.determiners.has(word) || lex.linkers.has(word) || lex.verbs.has(word) || lex.complementizers.has(word) || lex.w.relatives.has(word) || lex.adverbs.has(word) || lex.w.finiteVerbs.has(word) || lex.w.pastVerbs.has(word) || lex.re.verbForm.test(word) || (word.length > 4 && lex.re.adverb.test(word))) return null;
  }
  const person = nameAt(w, j);
  if (!person || person.type !== 'person') return null;
  if (!isRoleWord(tokens[roleEnd - 1]!.text, lex) && (person.name ?? '').split(/\s+/).length < 2) return null;
  // The comma after the name closes it: "…, Leo Fenn, who ran the count" (not "…, Leo Fenn and Ana Ruiz").
  if (j > roleEnd && !(tokens[person.to]?.text === ',' || person.to >= tokens.length || /^[.;!?)]$/.test(tokens[person.to]!.text) || person.appositive)) return null;
  return { ...person, from: np.from, role: [joinText(w, np.from, roleEnd), person.role].filter(Boolean).join(' ') };
}
