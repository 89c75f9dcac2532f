// One quote as a line to paste elsewhere ("Copy" in the popup):
//   “We will rebuild the pier by spring.” — Ana Ruiz, harbour master, Port Gazette, 14 March 2025
import type { Analysis, Quote, Speaker } from '../types';
import { displayText } from './display';
import { siteLabel } from './filename';
import { readableDate } from './meta';

export function quoteCitation(
  quote: Pick<Quote, 'text' | 'kind' | 'speaker'>,
  speaker: Pick<Speaker, 'name' | 'description'> | null | undefined,
  analysis: Pick<Analysis, 'siteName' | 'url' | 'publishedTime'>,
): string {
  const text = displayText(quote);
  const body = quote.kind === 'indirect' ? `${text} (paraphrased)` : `“${text}”`;
  const name = speaker?.name ?? quote.speaker ?? null;
  const parts = [
    name,
    speaker?.description ?? null,
    siteLabel(analysis),
    readableDate(analysis.publishedTime),
  ].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length ? `${body} — ${parts.join(', ')}` : body;
}
