import type { Analysis } from '@/utils/types';
import { headerMeta, summaryParts, type Counts } from './model';
import { t } from './i18n';

export interface HeaderProps {
  analysis: Analysis;
  counts: Counts | null;
}

/**
 * Article title (two lines at most; the whole title in its tooltip), site · author · date once, and one line of
 * counts naming only the groups that are there.
 */
export function Header({ analysis, counts }: HeaderProps) {
  // The date in the language the popup speaks (the browser's choice among en, es, fr).
  const meta = headerMeta(analysis, t('lang'));
  const title = analysis.title || t('untitledPage');
  const summary = counts && analysis.status === 'ok' ? summaryParts(counts) : [];
  return (
    <header class="header">
      <span class="logo" aria-hidden="true" />
      <h1 class="title" id="article-title" title={title}>{title}</h1>
      {meta.length > 0 && <p class="meta" title={meta.join(' · ')}>{meta.join(' · ')}</p>}
      {summary.length > 0 && (
        <p class="summary" data-testid="summary" title={summary.join(' · ')}>
          {summary.map((part, i) => (
            <span key={part}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              {part}
            </span>
          ))}
        </p>
      )}
    </header>
  );
}
