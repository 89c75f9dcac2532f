import type { ComponentChildren } from 'preact';

export type EmptyKind = 'loading' | 'restricted' | 'no-article' | 'no-quotes' | 'error';

export interface EmptyStateProps {
  kind: EmptyKind;
  /** Extra detail: the browser's error message, the page title. */
  detail?: string | null;
  children?: ComponentChildren;
}

const TEXT: Record<EmptyKind, { title: string; body: string; hint?: string }> = {
  loading: {
    title: 'Reading the article…',
    body: 'Finding quotes and who said them. This takes a moment on long pages.',
  },
  restricted: {
    title: 'Cited can’t read this page',
    body:
      'Browsers keep extensions out of their own pages (settings, new tab, view-source), the extension stores, ' +
      'the PDF viewer and local files.',
    hint:
      'Open a news article in a normal tab and click Cited again (or press Alt+Shift+Q). For a file on your ' +
      'computer, turn on “Allow access to file URLs” for Cited in the browser’s extension settings.',
  },
  'no-article': {
    title: 'No article found',
    body: 'Cited reads news articles. This page looks like a home page, a list, a shop or an app.',
    hint: 'Open a single article and click Cited again.',
  },
  'no-quotes': {
    title: 'No quotes in this article',
    body: 'Cited found the article but nobody is quoted in it: no words in quotation marks and no reported speech.',
  },
  error: {
    title: 'Something went wrong',
    body: 'Cited could not analyse this page.',
    hint: 'Reload the page and click Cited again. If it happens again, the message below helps us fix it.',
  },
};

/** Every state that is not a list of speakers, in words: never a blank popup. */
export function EmptyState({ kind, detail, children }: EmptyStateProps) {
  const t = TEXT[kind];
  return (
    <section
      class={`empty empty-${kind}`}
      data-state={kind}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading'}
    >
      {kind === 'loading' && <span class="spinner" aria-hidden="true" />}
      <h2 class="empty-title">{t.title}</h2>
      <p class="empty-body">{t.body}</p>
      {t.hint && <p class="empty-hint">{t.hint}</p>}
      {detail && <p class="empty-detail">{detail}</p>}
      {children}
    </section>
  );
}
