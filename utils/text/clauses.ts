// Subjects read from a whole clause rather than next to the verb: the
// sentence's own subject, the subject a participle or a second verb shares,
// and the agent of a passive cue.
//
//   Then Ana Ruiz stood up, saying: “…”    · she ended the talk by saying “…”
//   the plan was described as “…” by Dr Marsh
import { isNameWord, nameRunForward, placeTail } from './names';
import { lower, type NounPhrase, type Words } from './phrase';
import { isCapitalised, type Token } from './tokens';
import type { CompiledLexicon } from '../lexicon';
import { subjectAfter, subjectBefore } from './subjects';
import { invertsAt, isParticipleAfterComma, isPassive, verbAt } from './verbs';

/** An em or en dash, as a token (the tokenizer makes one of each punctuation character). */
export const DASHES = /^[—–]$/;

/** How long an opening phrase before the subject may run to its comma ("On the eve of his election to a fourth term as mayor in March, Hale …"); train has them up to about 25 words. */
const OPENER_TOKENS = 26;

/** The subject of the sentence [from, to): its first noun phrase, past an introductory phrase. */
export function sentenceSubject(w: Words, from: number, to: number): NounPhrase | null {
  const { tokens, lex } = w;
  let k = from;
  while (k < to && tokens[k]!.kind !== 'word') k++;
  // "WASHINGTON (Reuters) — Sen. Ana Ruiz defended …": the dateline is no subject.
  const dateline = datelineEnd(tokens, k, lex);
  if (dateline > 0 && dateline < to) k = dateline;
  if (k >= to) return null;
  if (lex.w.introOpeners.has(lower(tokens[k]))) {
    let c = k;
    while (c < to && c - k < OPENER_TOKENS && tokens[c]!.text !== ',') c++;
    // "And then Ana Ruiz went on the attack, saying …": openers that are not a phrase of their own.
    let s = k;
    while (s < to && s - k < 3 && lex.w.introOpeners.has(lower(tokens[s])) && tokens[s + 1]?.kind === 'word') s++;
    const skipped = s > k && isNameWord(tokens[s], lex) ? subjectAfter(w, s) : null;
    // "As Ruiz tried to speak — … — Hale replied: “…”": past a subordinating opener, a name is its clause's, not the sentence's
    // where a dash then a capitalised word (another subject) follow it ("When Hale wrapped up — “…”" stays Hale's).
    const opener = lower(tokens[k]);
    const subordinate = lex.w.subjectOpeners.has(opener) && (lex.w.clauseOpeners.has(opener) || lex.w.reasonConjunctions.has(opener));
    const closed = !!skipped && subordinate && tokens.slice(skipped.to, to).some((t, j) => DASHES.test(t.text) && isCapitalised(tokens[skipped.to + j + 1]?.text ?? ''));
    if (tokens[c]?.text !== ',') return skipped && skipped.type !== 'unnamed' && !closed ? skipped : null;
    k = c + 1;
    // "At a rally in Ames, Iowa, on Sunday, Dana Webb …": the place's region and a short
    // prepositional phrase still belong to the opening.
    for (let more = 0; more < 3; more++) {
      let e = placeTail(tokens, k, lex);
      if (e < 0 && lex.w.prepositions.has(lower(tokens[k]))) for (e = k + 1; e < to && e - k < 5 && tokens[e]!.kind === 'word'; e++);
      if (e < 0 || tokens[e]?.text !== ',') break;
      k = e + 1;
    }
    if (!subjectAfter(w, k) && skipped && skipped.type !== 'unnamed' && skipped.to <= c) return skipped;
  }
  // "“…,” said Dr Marsh, adding that …": after a quote and an inverted cue, the subject follows the cue.
  if (tokens[k - 1]?.kind === 'quote' || (tokens[k - 1]?.kind === 'punct' && tokens[k - 2]?.kind === 'quote')) {
    const v = verbAt(tokens, k, lex);
    if (v && invertsAt(tokens, k, lex)) k += v.len;
  }
  let np = subjectAfter(w, k);
  // "Hours later, Dana Webb …", "Eight years ago, she …", "Surveying the mills, Ross Tanner …": a capitalised
  // word opening an adverbial phrase that a comma closes is no subject; the subject follows the comma.
  const next = tokens[np?.to ?? -1];
  if (np && np.type !== 'pronoun' && !np.appositive && !np.role && np.to - np.from === 1 && next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !verbAt(tokens, np.to, lex) && !lex.re.verbForm.test(lower(next))) {
    let c = np.to;
    while (c < to && c - np.to < 8 && tokens[c]!.kind === 'word' && !verbAt(tokens, c, lex) && !lex.w.finiteVerbs.has(lower(tokens[c]))) c++;
    if (tokens[c]?.text === ',' && c + 1 < to) np = subjectAfter(w, c + 1);
  }
  // "Here in Westmere, Ana Ruiz …": no subject at the start; one after a short opening phrase.
  if (!np && tokens[k]?.kind === 'word') {
    let c = k;
    while (c < to && c - k < 8 && tokens[c]!.kind === 'word' && !verbAt(tokens, c, lex) && !lex.w.finiteVerbs.has(lower(tokens[c]))) c++;
    if (tokens[c]?.text === ',' && c + 1 < to) {
      const after = subjectAfter(w, c + 1);
      if (after && (after.type === 'person' || after.type === 'organization' || after.type === 'pronoun')) np = after;
    }
  }
  return np && np.type !== 'unnamed' ? np : null;
}

/** The agent of a passive cue at `v`, before token `to`: "… was described as “…” by Dr Marsh" → Dr Marsh. */
export function passiveAgent(w: Words, v: number, to: number): NounPhrase | null {
  const { tokens, lex } = w;
  if (!isPassive(tokens, v, lex)) return null;
  for (let k = v + 1; k < Math.min(to, v + 30); k++) {
    if (lex.w.agentMarkers.has(lower(tokens[k]))) {
      const np = subjectAfter(w, k + 1);
      return np && np.type !== 'pronoun' ? np : null;
    }
  }
  return null;
}

/** "Acme stepped in and tweeted: “…”": a verb after "and" (or a participle after a comma) shares the sentence's subject. */
export function coordinatedSubject(w: Words, v: number, sentFrom: number): NounPhrase | null {
  const { tokens, lex } = w;
  const before = tokens[v - 1]?.text.toLowerCase() ?? '';
  const participle = lex.re.participle.test(tokens[v]?.text ?? '');
  // ", saying …", and after a quote whose comma stands inside the marks: "a defense of “home,” saying …".
  const comma = participle && (tokens[v - 1]?.text === ',' || (tokens[v - 1]?.kind === 'quote' && /,["”’»]$/.test(tokens[v - 1]!.text)));
  // "ended the meeting by saying", "deflected questions before finally saying": the participle's subject is the sentence's.
  const adverb = tokens[v - 2] && lex.re.adverb.test(tokens[v - 1]!.text) ? 2 : 1;
  const opened = participle && lex.w.participleOpeners.has(lower(tokens[v - adverb]));
  // "did not name them, but told …": a second verb of the same subject.
  if (!lex.w.conjunctions.has(before) && !lex.w.clauseJoiners.has(before) && !comma && !opened) return null;
  // "Voters are watching …, while her rival, Ana Ruiz, has soared by saying …": the participle hangs on its own clause's subject.
  let c = v - 1;
  while (opened && c > sentFrom && !(tokens[c - 1]!.text === ',' && lex.w.contrastJoiners.has(lower(tokens[c])))) c--;
  const clause = opened && c > sentFrom ? sentenceSubject(w, c + 1, v) : null;
  if (clause && (clause.type === 'person' || clause.type === 'organization' || clause.type === 'pronoun')) return clause;
  return (comma ? speakerBefore(w, v - 1, sentFrom) : null) ?? sentenceSubject(w, sentFrom, v);
}

/**
 * Who speaks through the speech verb at `v`, read before it: its own subject ("Ana Ruiz said"), or,
 * for a participle, the subject it hangs on. After a comma that is the speaker or the subject before
 * (", saying …", see coordinatedSubject). Right after a noun that cannot speak, a document or an
 * event, it is the clause's subject: "Acme issued a statement saying …", "Ruiz started the debate
 * saying …" (Acme, Ruiz); a noun that can speak keeps its place ("quoted a voter saying …").
 */
export function subjectOfCue(w: Words, v: number, sentFrom: number): NounPhrase | null {
  const np = cueSubject(w, v, sentFrom);
  // "the Lenning Courier said": a name after the definite article names a body (a paper, a court), no person;
  // "the Kellshire Republican said" describes one.
  if (np?.type !== 'person' || np.role || !w.lex.w.definiteArticles.has(lower(w.tokens[np.from - 1]))) return np;
  return w.lex.w.partyMembers.has(lower(w.tokens[np.to - 1])) ? np : { ...np, type: 'organization' };
}

function cueSubject(w: Words, v: number, sentFrom: number): NounPhrase | null {
  const { tokens, lex } = w;
  if (isParticipleAfterComma(tokens, v, lex)) return coordinatedSubject(w, v, sentFrom) ?? subjectBefore(w, v, sentFrom);
  const np = subjectBefore(w, v, sentFrom);
  // "wrote a letter to the minister asking …": the one written to is no subject of the participle.
  // "answered the question on Facebook writing …": nor is a setting's name ("on Facebook", "at Acme").
  const before = lower(tokens[(np?.from ?? 0) - 1]);
  const recipient = !!np && (lex.w.recipientMarkers.has(before) || lex.w.settingPrepositions.has(before));
  if (np && np.from > sentFrom && lex.re.participle.test(lower(tokens[v])) && (recipient || !canSpeak(np, lex))) {
    const clause = sentenceSubject(w, sentFrom, np.from);
    if (clause && (clause.type === 'person' || clause.type === 'organization' || clause.type === 'pronoun')) return clause;
  }
  // "Ruiz in her first speech called …": a setting between the subject and its verb is no speaker.
  if (np && np.from > sentFrom && !canSpeak(np, lex) && lex.w.settingPrepositions.has(before)) {
    const outer = subjectBefore(w, np.from - 1, sentFrom);
    // The clause's own subject: it opens the sentence or follows a comma or "when", "while", "that" (not "told the Post in …").
    const pre = tokens[(outer?.from ?? 0) - 1];
    const opens = !pre || pre.kind === 'punct' || lex.w.subjectOpeners.has(lower(pre));
    if (outer && opens && outer.to === np.from - 1 && (outer.type === 'person' || outer.type === 'organization' || outer.type === 'pronoun')) return outer;
  }
  return np ?? coordinatedSubject(w, v, sentFrom);
}

/** A phrase that may be a speaker: a name, a pronoun, or a description headed by a person's or a body's noun (not "a statement", "the debate"). */
function canSpeak(np: NounPhrase, lex: CompiledLexicon): boolean {
  if (np.type !== 'description' && np.type !== 'unnamed') return true;
  const head = np.head ?? '';
  if (lex.w.documents.has(head)) return false;
  return lex.roles.has(head) || lex.titles.has(head) || lex.roleNouns.has(head) || lex.orgNouns.has(head) || lex.unnamedHeads.has(head);
}

/**
 * "The two will meet next week, Ana Ruiz said, adding …", "…, Ruiz told reporters Tuesday, noting …": a
 * participle after a comma shares the subject of the speech verb just before it, not the sentence's.
 */
function speakerBefore(w: Words, comma: number, sentFrom: number): NounPhrase | null {
  const { tokens, lex } = w;
  for (let u = comma - 1; u >= Math.max(sentFrom, comma - 8); u--) {
    const t = tokens[u]!;
    if (t.kind !== 'word') return null;
    const verb = verbAt(tokens, u, lex);
    if (!verb) continue;
    if (lex.re.participle.test(lower(t))) return null;
    const np = subjectBefore(w, u, sentFrom) ?? (invertsAt(tokens, u, lex) ? subjectAfter(w, u + verb.len) : null);
    // "repeated claims that Hale recites his lines, calling …": a verb inside what is reported is not the sentence's.
    if (!np || lex.complementizers.has(lower(tokens[np.from - 1]))) return null;
    return np.type === 'person' || np.type === 'organization' || np.type === 'pronoun' ? np : null;
  }
  return null;
}

/**
 * "WASHINGTON —", "Port Aldmore (Reuters) –", "DOVER, Kellshire —": the dateline opening a
 * wire story, a place (and the agency) before a dash. Returns the token after the dash, or -1.
 */
export function datelineEnd(tokens: readonly Token[], k: number, lex: CompiledLexicon): number {
  if (k !== 0) return -1;
  let j = nameRunForward(tokens, 0, lex);
  if (j <= 0 || j > 4) return -1;
  if (tokens[j]?.text === ',') {
    // "DOVER, Kellshire —", "DOVER, Kell. —" (a region whose stop the tokenizer keeps apart),
    // "DOVER, Dec. 8 (Reuters) —" (the date of the dispatch).
    const region = nameRunForward(tokens, j + 1, lex);
    if (region <= j + 1 || region > j + 4) return -1;
    j = region;
    if (tokens[j]?.text === '.' && /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[j - 1]!.text)) j++;
    if (/^\d{1,2}$/.test(tokens[j]?.text ?? '')) j++;
  }
  if (tokens[j]?.text === '(') {
    const agency = nameRunForward(tokens, j + 1, lex);
    if (agency <= j + 1 || tokens[agency]?.text !== ')') return -1;
    j = agency + 1;
  }
  return /^[—–-]$/.test(tokens[j]?.text ?? '') ? j + 1 : -1;
}
