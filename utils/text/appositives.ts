// Appositives: the phrase set off by commas after a name that says who the
// person is.
//
//   Jane Marsh, a professor of engineering at Westmere, said
//   Ana Ruiz, 67, a baker on the quay,
import { roleTables } from '../lexicon/roles';
import { isNameWord, isRoleWord } from './names';
import { joinText, lower, type NounPhrase, type Words } from './phrase';

/** An appositive starts with a determiner, a role word, "who", a degree, or a capitalised role. */
export function looksLikeAppositive(words: Words, from: number, to: number): boolean {
  const { tokens, lex } = words;
  if (from >= to) return false;
  const first = tokens[from]!;
  const w = lower(first);
  if (!w) return false;
  if (lex.determiners.has(w) || lex.w.relatives.has(w)) return true;
  if (lex.w.nameSuffixes.has(first.text)) return true;
  if (lex.w.otherNameMarkers.has(w) && isNameWord(tokens[from + 1], lex)) return true; // "Jane Doe, née Smith,"

  if (lex.patterns.partyAffiliation?.test(first.text)) return true; // "Mark Tully, R-Texas, said"
  // "Jane Marsh, of the Coastal Institute, said" / "Ana Ruiz, de la Universidad de Sevilla".
  if (lex.w.affiliationPrepositions.has(w) && (lex.determiners.has(lower(tokens[from + 1])) || isNameWord(tokens[from + 1], lex))) return true;
  if (/^\d+$/.test(first.text) && tokens[from + 1]?.text === ',') return true; // ages: "Jane Marsh, 67, said"
  // "managing director at Brantwood", "acting head of the agency": a role that opens with a participle.
  if (isRoleWord(`${w} ${lower(tokens[from + 1])}`, lex)) return true;
  // A verb form cannot open an appositive: "Ana Ruiz, declaring the plan dead, …" is a clause.
  if (lex.verbs.has(w) || lex.re.verbForm.test(w)) return false;
  for (let j = from; j < Math.min(to, from + 4); j++) if (isRoleWord(tokens[j]!.text, lex)) return true;
  return false;
}

const SENTENCE_PUNCT = /[.;:!?]/;

/** Extend a phrase with a following appositive: "Jane Marsh, a professor at Westmere,". */
export function withAppositive(w: Words, np: NounPhrase): NounPhrase {
  const { tokens, lex } = w;
  if (tokens[np.to]?.text !== ',') return np;
  const from = np.to + 1;
  if (!looksLikeAppositive(w, from, tokens.length)) return np;
  let j = from;
  while (j < tokens.length && j - from < 40) {
    const t = tokens[j]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && SENTENCE_PUNCT.test(t.text) && !/\.$/.test(tokens[j - 1]?.text ?? ''))) break;
    if (t.text === ',') break;
    j++;
  }
  // An appositive is a phrase closed by a comma, after a name that is not the object
  // of a preposition ("For Ana Ruiz, the plan is…" has none). At the sentence's end it
  // needs no closing comma only after an inverted cue ("…,” said Ana Ruiz, a nurse.").
  const before = lex.determiners.has(lower(tokens[np.from - 1])) ? tokens[np.from - 2] : tokens[np.from - 1];
  if (j - from > 30 || lex.w.prepositions.has(lower(before))) return np;
  const cueBefore = !!before && (lex.verbs.has(lower(before)) || lex.verbs.has(`${lower(tokens[np.from - 2])} ${lower(before)}`));
  if (tokens[j]?.text !== ',' && !cueBefore) return np;
  // "As Hale attacked Ruiz, the (angry) attendees chanted, “…”": a determiner, a plural and its speech verb are a
  // clause of their own, not what the one person named is.
  if (tokens[j]?.text === ',' && j - from <= 4 && lex.determiners.has(lower(tokens[from])) && lex.re.plural.test(lower(tokens[j - 2])) && lex.verbs.has(lower(tokens[j - 1]))) return np;
  // Degrees run on: "Jane Marsh, MD, a surgeon,".
  if (tokens[j]?.text === ',' && lex.w.nameSuffixes.has(tokens[from]!.text) && j === from + 1 && looksLikeAppositive(w, j + 1, tokens.length)) {
    let k = j + 1;
    while (k < tokens.length && k - j < 40 && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'quote' && !(tokens[k]!.kind === 'punct' && SENTENCE_PUNCT.test(tokens[k]!.text))) k++;
    return { ...np, to: k, appositive: joinText(w, from, k) };
  }
  // "Ana Ruiz, 67, a baker on the quay," — an age, then the role.
  if (/^\d+$/.test(tokens[from]!.text) && j === from + 1 && tokens[j]?.text === ',' && looksLikeAppositive(w, j + 1, tokens.length)) {
    const inner = withAppositive(w, { ...np, to: j });
    if (inner.appositive) return inner;
  }
  // "policy director at the Fund for Sound Budgets, a research and advocacy organization,":
  // the organisation's own appositive belongs to the role (it says what kind of body it is).
  if (tokens[j]?.text === ',' && isNameWord(tokens[j - 1], lex) && lex.w.indefinites.has(lower(tokens[j + 1]))) {
    let k = j + 1;
    while (k < tokens.length && k - j < 12 && tokens[k]!.kind === 'word') k++;
    const tables = roleTables(lex.lang);
    const kind = tokens.slice(j + 2, k).map((t) => lower(t));
    if (kind.some((x) => lex.orgNouns.has(x) || tables.organizations.has(x) || tables.research.has(x))) j = k;
  }
  // The phrase ends past the appositive's closing comma, where the verb may follow.
  return { ...np, to: tokens[j]?.text === ',' ? j + 1 : j, appositive: joinText(w, from, j) };
}
