// Titles of works and names in quotation marks, for the filter (filter.ts): which
// words look like a title ("Bridges at Risk"), where a title-case phrase stands
// as a name of a work whatever verb is near, and which quotes are only an address.
import type { CompiledLexicon } from '../lexicon';
import type { Token } from '../text/tokens';
import type { QuoteSpan } from '../types';

/** A web address or a handle, and nothing else: "https://harbour.example/pier", "@harbourwatch". */
const ADDRESS = /^(?:https?:\/\/\S+|@[\p{L}\p{N}_]+)[.,]?$/u;

/** A quote that is only a web address or a social-media handle names a place on the web or an account; no one says it. */
export function isAddress(text: string): boolean {
  return ADDRESS.test(text);
}

/** Every word capitalised, minor words aside ("Bridges at Risk"); at least one capitalised word. */
export function isTitleCase(words: readonly string[], lex: CompiledLexicon): boolean {
  let caps = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || /^\d/.test(w)) caps++;
    else if (!lex.w.titleMinorWords.has(w.toLowerCase())) return false;
  }
  return caps >= 2 || (caps === 1 && words.length === 1);
}

/**
 * Where a title-case phrase names a show or a work, whatever verb is near: after an
 * owner's possessive or a setting or affiliation preposition ("said on Harbour TV’s “Morning Tide,”",
 * "told the hosts on “Sea Watch”", "the hosts of “Sea Watch,”"), or next to the kind of work it names ("the comedy
 * series “Harbour Lights,”", "the “Tide Talk” podcast", "“Iron Tides,” a memoir").
 * An exclamation or a question is a cry, not a title.
 */
export function titleSlot(tokens: readonly Token[], k: number, span: QuoteSpan, lex: CompiledLexicon): boolean {
  if (/[!?]$/.test(span.text)) return false;
  if (!/\.$/.test(span.text) && nextToWork(tokens, k, span, lex)) return true;
  const before = tokens[k - 1];
  if (!before || before.kind !== 'word') return false;
  if (/^\p{Lu}.*['’]s$/u.test(before.text)) return true;
  return lex.w.settingPrepositions.has(before.low ?? '') || lex.w.affiliationPrepositions.has(before.low ?? '');
}

/** A noun of a kind of work just before the quote (a comma between allowed), just after it, or set off after it with its article. */
function nextToWork(tokens: readonly Token[], k: number, span: QuoteSpan, lex: CompiledLexicon): boolean {
  const work = (t: Token | undefined) => t?.kind === 'word' && lex.w.workNouns.has(t.low ?? '');
  const before = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
  if (work(tokens[before]) || work(tokens[k + 1])) return true;
  // The comma that sets the appositive off may stand inside the marks (“Iron Tides,” a memoir) or after them.
  const after = tokens[k + 1]?.text === ',' ? k + 2 : span.text.endsWith(',') ? k + 1 : -1;
  return after > 0 && lex.determiners.has(tokens[after]?.low ?? '') && work(tokens[after + 1]);
}
