// The dashboard's state: the saved articles' digests, the filters, the search, the open
// person, and a status line; the numbers are derived (utils/record/aggregate).
import { batch, computed, signal } from '@preact/signals';
import { buildView, searchPeople, type PersonRow } from '@/utils/record/aggregate';
import type { ArticleDigest } from '@/utils/record/digest';
import type { SavedQuote } from '@/utils/record/types';

export type Phase = 'loading' | 'ready' | 'error';

/** How many people and articles are listed before "Show more". */
export const PAGE = 50;

export function createDashboardState(tzOffsetMinutes = new Date().getTimezoneOffset()) {
  const phase = signal<Phase>('loading');
  const error = signal<string | null>(null);
  const articles = signal<readonly ArticleDigest[]>([]);
  const from = signal('');
  const to = signal('');
  const site = signal('');
  const search = signal('');
  const peopleShown = signal(PAGE);
  const articlesShown = signal(PAGE);
  const selected = signal<PersonRow | null>(null);
  /** Quotes of the open person, by article id (loaded on demand). */
  const selectedQuotes = signal<Map<string, SavedQuote[]> | null>(null);
  const status = signal<string | null>(null);
  const enabled = signal(true);

  const view = computed(() =>
    buildView(articles.value, { from: from.value || null, to: to.value || null, site: site.value || null, tzOffsetMinutes }),
  );
  const people = computed(() => searchPeople(view.value.people, search.value));

  return {
    phase, error, articles, from, to, site, search, peopleShown, articlesShown, selected, selectedQuotes, status, enabled, view, people,
    tzOffsetMinutes,
    show(all: readonly ArticleDigest[]) {
      batch(() => {
        articles.value = all;
        phase.value = 'ready';
        error.value = null;
        // The open person may be gone (deleted articles); find them again by key.
        if (selected.value) selected.value = view.value.people.find((p) => p.key === selected.value!.key) ?? null;
      });
    },
    fail(message: string) {
      batch(() => {
        error.value = message;
        phase.value = 'error';
      });
    },
    setFilters(f: { from?: string; to?: string; site?: string }) {
      batch(() => {
        if (f.from !== undefined) from.value = f.from;
        if (f.to !== undefined) to.value = f.to;
        if (f.site !== undefined) site.value = f.site;
        peopleShown.value = PAGE;
        articlesShown.value = PAGE;
        selected.value = null;
      });
    },
    resetFilters() {
      batch(() => {
        from.value = '';
        to.value = '';
        site.value = '';
        search.value = '';
        selected.value = null;
      });
    },
  };
}

export type DashboardState = ReturnType<typeof createDashboardState>;
