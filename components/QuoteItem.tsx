import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Quote } from '@/utils/types';
import { displayText } from '@/utils/export/display';
import { kindLabel, quoteExcerpts } from './model';
import { t } from './i18n';

export interface QuoteItemProps {
  quote: Quote;
  highlighted: boolean;
  onShow: (quote: Quote) => void;
  onCopy: (quote: Quote) => void;
}

/** Excerpts that tell each quote from the others (model.quoteExcerpts), for its buttons' accessible names. */
export const QuoteExcerpts = createContext<ReadonlyMap<string, string> | null>(null);

/** One statement: its words (always as text), the verb that introduced it, its kind, and two actions. */
export function QuoteItem({ quote, highlighted, onShow, onCopy }: QuoteItemProps) {
  const indirect = quote.kind === 'indirect';
  const text = displayText(quote);
  const excerpt = useContext(QuoteExcerpts)?.get(quote.id) ?? quoteExcerpts([quote], displayText).get(quote.id)!;
  return (
    <li class={`quote${indirect ? ' quote-indirect' : ''}${highlighted ? ' quote-highlighted' : ''}`} data-quote-id={quote.id}>
      <blockquote class="quote-text">{indirect ? text : `“${text}”`}</blockquote>
      <div class="quote-meta">
        <span class="kind" data-kind={quote.kind}>{kindLabel(quote.kind)}</span>
        {quote.cue && (
          <span class="cue">
            <span class="visually-hidden">{t('cueLabel')} </span>“{quote.cue}”
          </span>
        )}
        <span class="quote-actions">
          <button type="button" class="link-button" onClick={() => onShow(quote)} data-action="show"
            aria-label={t('showInPageLabel', excerpt)}
          >
            {t('showInPage')}
          </button>
          <button type="button" class="link-button" onClick={() => onCopy(quote)} data-action="copy"
            aria-label={t('copyLabel', excerpt)}
          >
            {t('copy')}
          </button>
        </span>
      </div>
    </li>
  );
}
