import type { Quote } from '@/utils/types';
import type { SpeakerView } from './model';
import { QuoteItem } from './QuoteItem';
import { SpeakerCard } from './SpeakerCard';
import { t, tn } from './i18n';

export const UNATTRIBUTED_ID = 'unattributed';

export interface SpeakerListProps {
  speakers: SpeakerView[];
  unattributed: Quote[];
  expanded: ReadonlySet<string>;
  highlightedQuote: string | null;
  onToggle: (id: string) => void;
  onShow: (quote: Quote) => void;
  onCopy: (quote: Quote) => void;
  /** Other groups shown after this list (unnamed sources): "no match" only when all are empty. */
  othersShown?: boolean;
}

/** The cards, then the quotes nobody was found to have said. */
export function SpeakerList(props: SpeakerListProps) {
  const { speakers, unattributed, expanded, highlightedQuote, onToggle, onShow, onCopy, othersShown = false } = props;
  if (!speakers.length && !unattributed.length) {
    return othersShown ? null : <p class="no-match" role="status">{t('noMatch')}</p>;
  }
  const open = expanded.has(UNATTRIBUTED_ID);
  return (
    <>
      <ul class="cards" role="list" aria-label={t('peopleQuoted')}>
        {speakers.map((view) => (
          <SpeakerCard
            key={view.speaker.id}
            view={view}
            expanded={expanded.has(view.speaker.id)}
            highlightedQuote={highlightedQuote}
            onToggle={onToggle}
            onShow={onShow}
            onCopy={onCopy}
          />
        ))}
      </ul>
      {unattributed.length > 0 && (
        <section class="card unattributed" aria-labelledby="unattributed-button">
          <h2 class="card-heading">
            <button
              type="button"
              class="card-button"
              id="unattributed-button"
              aria-expanded={open}
              aria-controls="quotes-unattributed"
              onClick={() => onToggle(UNATTRIBUTED_ID)}
            >
              <span class="avatar avatar-none" aria-hidden="true">?</span>
              <span class="card-main">
                <span class="name">{t('unattributed')}</span>
                <span class="role">{t('unattributedRole')}</span>
              </span>
              <span class="card-side">
                <span class="count" data-testid="quote-count">
                  {tn('quotes', unattributed.length)}
                </span>
              </span>
              <span class="chevron" aria-hidden="true" />
            </button>
          </h2>
          <div id="quotes-unattributed" role="region" aria-labelledby="unattributed-button" class="card-panel" hidden={!open}>
            {open && (
              <ul class="quotes" role="list" aria-label={t('unattributedList')}>
                {unattributed.map((q) => (
                  <QuoteItem key={q.id} quote={q} highlighted={highlightedQuote === q.id} onShow={onShow} onCopy={onCopy} />
                ))}
              </ul>
            )}
          </div>
        </section>
      )}
    </>
  );
}
