import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from './i18n';

export type EmptyKind = 'loading' | 'restricted' | 'no-article' | 'no-quotes' | 'too-large' | 'error';

export interface EmptyStateProps {
  kind: EmptyKind;
  /** Extra detail: the browser's error message, the page title. */
  detail?: string | null;
  children?: ComponentChildren;
}

/** The messages of each state (public/_locales): title, body and, for some, a hint. */
const TEXT: Record<EmptyKind, { title: MessageKey; body: MessageKey; hint?: MessageKey }> = {
  loading: { title: 'loadingTitle', body: 'loadingBody' },
  restricted: { title: 'restrictedTitle', body: 'restrictedBody', hint: 'restrictedHint' },
  'no-article': { title: 'noArticleTitle', body: 'noArticleBody', hint: 'noArticleHint' },
  'no-quotes': { title: 'noQuotesTitle', body: 'noQuotesBody' },
  'too-large': { title: 'tooLargeTitle', body: 'tooLargeBody', hint: 'tooLargeHint' },
  error: { title: 'errorTitle', body: 'errorBody', hint: 'errorHint' },
};

/** Every state that is not a list of speakers, in words: never a blank popup. */
export function EmptyState({ kind, detail, children }: EmptyStateProps) {
  const text = TEXT[kind];
  return (
    <section
      class={`empty empty-${kind}`}
      data-state={kind}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-busy={kind === 'loading'}
    >
      {kind === 'loading' && <span class="spinner" aria-hidden="true" />}
      <h2 class="empty-title">{t(text.title)}</h2>
      <p class="empty-body">{t(text.body)}</p>
      {text.hint && <p class="empty-hint">{t(text.hint)}</p>}
      {detail && <p class="empty-detail">{detail}</p>}
      {children}
    </section>
  );
}
