import type { Analysis } from '@/utils/types';
import { displayDate, siteOf, summaryParts, type Counts } from '@/entrypoints/popup/model';

export interface HeaderProps {
  analysis: Analysis;
  counts: Counts | null;
}

/** Article title, site and date, and the counts line. */
export function Header({ analysis, counts }: HeaderProps) {
  const site = siteOf(analysis);
  const date = displayDate(analysis.publishedTime);
  const meta = [site, analysis.byline, date].filter((p): p is string => !!p);
  return (
    <header class="header">
      <span class="logo" aria-hidden="true" />
      <h1 class="title" id="article-title">{analysis.title || 'Untitled page'}</h1>
      {meta.length > 0 && <p class="meta">{meta.join(' · ')}</p>}
      {counts && analysis.status === 'ok' && (
        <p class="summary" data-testid="summary">
          {summaryParts(counts).map((part, i) => (
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
