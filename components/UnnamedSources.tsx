import type { Quote } from '@/utils/types';
import { categoryLabel } from './model';
import { t, tn } from './i18n';
import { unnamedCardId, type UnnamedView } from './unnamed';
import { QuoteItem } from './QuoteItem';

export interface UnnamedSourcesProps {
  views: UnnamedView[];
  expanded: ReadonlySet<string>;
  highlightedQuote: string | null;
  onToggle: (id: string) => void;
  onShow: (quote: Quote) => void;
  onCopy: (quote: Quote) => void;
}

/** Sources the article quotes without naming them ("a council spokesperson"), in a group of their own. */
export function UnnamedSources({ views, expanded, highlightedQuote, onToggle, onShow, onCopy }: UnnamedSourcesProps) {
  if (!views.length) return null;
  return (
    <section class="unnamed" aria-labelledby="unnamed-heading" data-testid="unnamed-sources">
      <h2 class="group-heading" id="unnamed-heading">
        {t('unnamedSources')}
      </h2>
      <ul class="unnamed-cards" role="list" aria-labelledby="unnamed-heading">
        {views.map(({ source, quotes }) => {
          const id = unnamedCardId(source.id);
          const open = expanded.has(id);
          const count = quotes.filter((q) => q.kind !== 'indirect').length;
          const reported = quotes.length - count;
          return (
            <li key={source.id} class="card card-unnamed" data-unnamed-id={source.id} data-category={source.category}>
              <h3 class="card-heading">
                <button type="button" class="card-button" aria-expanded={open} aria-controls={`quotes-${id}`} id={`${id}-button`} onClick={() => onToggle(id)}>
                  <span class="avatar avatar-none" aria-hidden="true">?</span>
                  <span class="card-main">
                    <span class="name">{source.description}</span>
                    {source.anonymity && <span class="role">{t('anonymousBecause', source.anonymity)}</span>}
                  </span>
                  <span class="card-side">
                    <span class={`badge badge-${source.category}`} data-testid="category">
                      {categoryLabel(source.category)}
                    </span>
                    {count > 0 && (
                      <span class="count" data-testid="quote-count">
                        {tn('quotes', count)}
                      </span>
                    )}
                    {reported > 0 && <span class="count count-paraphrased">{tn('paraphrased', reported)}</span>}
                  </span>
                  <span class="chevron" aria-hidden="true" />
                </button>
              </h3>
              <div id={`quotes-${id}`} role="region" aria-labelledby={`${id}-button`} class="card-panel" hidden={!open}>
                {open && (
                  <ul class="quotes" role="list" aria-label={t('quotesBy', source.description)}>
                    {quotes.map((q) => (
                      <QuoteItem key={q.id} quote={q} highlighted={highlightedQuote === q.id} onShow={onShow} onCopy={onCopy} />
                    ))}
                  </ul>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
