import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Quote } from '@/utils/types';
import { displayText } from '@/utils/export/display';
import { exactWordRanges, kindLabel, quoteExcerpts } from './model';
import { t } from './i18n';

export interface QuoteItemProps {
  quote: Quote;
  highlighted: boolean;
  onShow: (quote: Quote) => void;
  onCopy: (quote: Quote) => void;
}

/** Excerpts that tell each quote from the others (model.quoteExcerpts), for its buttons' accessible names. */
export const QuoteExcerpts = createContext<ReadonlyMap<string, string> | null>(null);

/** Every quote of the analysis by id: a statement finds the exact words it contains. */
export const QuotesById = createContext<ReadonlyMap<string, Quote> | null>(null);

/** The statement's text with its exact words (quotes it contains) marked. */
function StatementText({ text, ranges }: { text: string; ranges: [number, number][] }) {
  if (!ranges.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <span class="exact-words" key={start}>
        {text.slice(start, end)}
      </span>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** One statement: its words (always as text), the verb that introduced it, its kind, and two actions. */
export function QuoteItem({ quote, highlighted, onShow, onCopy }: QuoteItemProps) {
  const indirect = quote.kind === 'indirect';
  const text = displayText(quote);
  const excerpt = useContext(QuoteExcerpts)?.get(quote.id) ?? quoteExcerpts([quote], displayText).get(quote.id)!;
  const byId = useContext(QuotesById);
  const ranges = byId && quote.contains?.length ? exactWordRanges(quote, byId, text) : [];
  return (
    <li class={`quote${indirect ? ' quote-indirect' : ''}${highlighted ? ' quote-highlighted' : ''}`} data-quote-id={quote.id}>
      <blockquote class="quote-text">
        {indirect ? <StatementText text={text} ranges={ranges} /> : `“${text}”`}
      </blockquote>
      <div class="quote-meta">
        <span class="kind" data-kind={quote.kind}>
          {kindLabel(quote.kind)}
          {ranges.length > 0 && ` ${t('withExactWords')}`}
        </span>
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
