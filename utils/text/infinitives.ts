// Infinitives: "Pence went on to say", "she was quick to add". The subject of the
// infinitive is read back past the verb that governs it. The subject reader is passed
// in (it is subjects.ts's), so the two files do not import each other.
import { lower, type NounPhrase, type Words } from './phrase';

export type SubjectReader = (w: Words, k: number, floor: number) => NounPhrase | null;

/**
 * "Pence went on to say", "Ms Osk was quick to add", "he went so far as to say": the subject of an
 * infinitive is the subject of the verb that governs it, a few lower-case words back. An object in
 * between makes it someone else's ("urged Ana Ruiz to say", "used the question to demand"): no subject.
 */
export function governingSubject(w: Words, marker: number, floor: number, subjectBefore: SubjectReader): NounPhrase | null {
  const { tokens, lex } = w;
  for (let j = marker; j > Math.max(floor, marker - 5); j--) {
    const t = tokens[j - 1]!;
    const low = lower(t);
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || lex.determiners.has(low) || lex.w.possessives.has(low) || lex.pronouns.has(low)) return null;
    const np = subjectBefore(w, j - 1, floor);
    // "It seems unfair to tell them": an expletive "it" governs no one's words.
    if (np && np.type === 'pronoun' && lex.pronouns.get(np.head ?? '') === 'n') return null;
    // "took to Twitter overnight to accuse": a name after a preposition is no subject.
    const before = np ? lower(tokens[np.from - 1]) : '';
    if (np && (lex.w.prepositions.has(before) || lex.w.infinitiveMarkers.has(before))) return null;
    if (np && np.type !== 'unnamed' && np.type !== 'description' && !lex.w.infinitiveMarkers.has(lower(tokens[np.to]))) return np;
  }
  return null;
}
