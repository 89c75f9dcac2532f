// One quote as a line to paste elsewhere ("Copy" in the popup):
//   “We will rebuild the pier by spring.” — Ana Ruiz, harbour master, Port Gazette, 2025-03-14
import type { Analysis, Quote, Speaker } from '../types';
import { displayText } from './display';
import { isoDay, siteLabel } from './filename';

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
    analysis.publishedTime ? isoDay(analysis.publishedTime) ?? analysis.publishedTime : null,
  ].filter((p): p is string => !!p && p.trim() !== '');
  return parts.length ? `${body} — ${parts.join(', ')}` : body;
}
