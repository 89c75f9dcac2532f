// The words of a quote as a reader is shown them (popup, Copy, CSV, Markdown).
// The core keeps a quote's text exactly as it stands between the marks, with the
// offsets that find it in the page; for display, punctuation that belongs to the
// sentence around the quote is dropped:
//   “We will rebuild the pier,” she said.          → We will rebuild the pier
//   He called it “a cheque signed in the dark.”    → a cheque signed in the dark
//   She said that the pier would reopen in May.    → the pier would reopen in May
// A full quoted sentence keeps its own stop (“The pier is closed.”), and ? ! and
// an ellipsis always stay: they are the speaker's.
import type { Quote } from '../types';

/** A comma, semicolon or colon (with any space before it) at the end: the surrounding sentence goes on. */
const CONTINUES = /[\s,;:\u060C\u3001]+$/u;
/** One full stop at the end, not part of an ellipsis. */
const FINAL_STOP = /(?<![.\u2026])[.\u3002]$/u;
/** An initial or an abbreviation written with stops ("the U.S.", "Mr J.") keeps its stop. */
const ABBREVIATION = /(?:^|[\s.])\p{Lu}\.$/u;

/** The quote's words for display: white space folded, the surrounding sentence's punctuation trimmed. */
export function displayText(quote: Pick<Quote, 'text' | 'kind'>): string {
  let text = quote.text.replace(/\s+/g, ' ').trim().replace(CONTINUES, '');
  // A partial quote or reported speech is part of the writer's sentence: its final stop is the writer's.
  if ((quote.kind === 'partial' || quote.kind === 'indirect') && FINAL_STOP.test(text) && !ABBREVIATION.test(text)) {
    text = text.slice(0, -1).replace(CONTINUES, '');
  }
  return text || quote.text.trim();
}
