import type { Quote } from '@/utils/types';
import { cardCountParts, categoryLabel, initials, type SpeakerView } from './model';
import { t } from './i18n';
import { QuoteItem } from './QuoteItem';

export interface SpeakerCardProps {
  view: SpeakerView;
  expanded: boolean;
  highlightedQuote: string | null;
  onToggle: (speakerId: string) => void;
  onShow: (quote: Quote) => void;
  onCopy: (quote: Quote) => void;
}

/** A DOM id from a speaker id, whatever characters the latter holds. */
export function panelId(speakerId: string): string {
  return `quotes-${speakerId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** One speaker: a button (name, role, category, count) that expands to their quotes. */
export function SpeakerCard({ view, expanded, highlightedQuote, onToggle, onShow, onCopy }: SpeakerCardProps) {
  const { speaker, quotes, paraphrased } = view;
  const id = panelId(speaker.id);
  const counts = cardCountParts(view);
  return (
    <li class="card" data-speaker-id={speaker.id} data-category={speaker.category} data-paraphrased={paraphrased || undefined}>
      <h2 class="card-heading">
        <button
          type="button"
          class="card-button"
          aria-expanded={expanded}
          aria-controls={id}
          id={`${id}-button`}
          onClick={() => onToggle(speaker.id)}
        >
          <span class={`avatar avatar-${speaker.category}`} aria-hidden="true">
            {initials(speaker.name)}
          </span>
          <span class="card-main">
            <span class="name">{speaker.name}</span>
            {speaker.description && (
              <span class="role" title={speaker.description}>
                {speaker.description}
              </span>
            )}
          </span>
          <span class="card-side">
            <span class={`badge badge-${speaker.category}`} data-testid="category">
              {categoryLabel(speaker.category)}
            </span>
            <span class="count" data-testid="quote-count">
              {counts.join(' · ')}
            </span>
          </span>
          <span class="chevron" aria-hidden="true" />
        </button>
      </h2>
      <div id={id} role="region" aria-labelledby={`${id}-button`} class="card-panel" hidden={!expanded}>
        {expanded && (
          <ul class="quotes" role="list" aria-label={t('quotesBy', speaker.name)}>
            {quotes.map((q) => (
              <QuoteItem key={q.id} quote={q} highlighted={highlightedQuote === q.id} onShow={onShow} onCopy={onCopy} />
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
