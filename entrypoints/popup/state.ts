// The popup's state: one factory of signals (loading, error, analysis, filters,
// search, expanded cards, a transient status line) plus the values derived from
// them. Components read these and raise events; App wires events to the actions
// here and to the browser. The logic itself is in model.ts.
import { batch, computed, signal } from '@preact/signals';
import type { Analysis } from '@/utils/types';
import {
  categoryCounts,
  countSummary,
  DEFAULT_FILTERS,
  filterSpeakers,
  filterUnattributed,
  groupSpeakers,
  normalizeForSearch,
  unattributedQuotes,
  type CategoryFilter,
  type Filters,
} from '@/components/model';
import { filterUnnamed, groupUnnamed } from '@/components/unnamed';

/** What the popup is showing. 'ready' covers the three analysis outcomes (ok / no-article / no-quotes). */
export type Phase = 'loading' | 'restricted' | 'error' | 'ready';

/** How long a status message stays: long enough to read a sentence, short enough not to hide a card for good. */
const STATUS_MS = 6000;

export function createPopupState() {
  const phase = signal<Phase>('loading');
  const error = signal<string | null>(null);
  const analysis = signal<Analysis | null>(null);
  const extractedAt = signal<string | null>(null);
  const category = signal<CategoryFilter>(DEFAULT_FILTERS.category);
  const search = signal(DEFAULT_FILTERS.search);
  const showParaphrased = signal(DEFAULT_FILTERS.showParaphrased);
  const expanded = signal<ReadonlySet<string>>(new Set());
  /** A short message for the live region: "Copied", "Quote not found on the page". */
  const status = signal<string | null>(null);
  /** Id of the quote highlighted in the page, if any. */
  const highlighted = signal<string | null>(null);
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const filters = computed<Filters>(() => ({
    category: category.value,
    search: search.value,
    showParaphrased: showParaphrased.value,
  }));
  const speakers = computed(() => (analysis.value ? groupSpeakers(analysis.value) : []));
  const counts = computed(() => (analysis.value ? countSummary(analysis.value) : null));
  const visibleSpeakers = computed(() => filterSpeakers(speakers.value, filters.value));
  const unattributed = computed(() => (analysis.value ? unattributedQuotes(analysis.value) : []));
  const visibleUnattributed = computed(() => filterUnattributed(unattributed.value, filters.value));
  const unnamed = computed(() => (analysis.value ? groupUnnamed(analysis.value) : []));
  const visibleUnnamed = computed(() => filterUnnamed(unnamed.value, filters.value, normalizeForSearch));
  const perCategory = computed(() => categoryCounts(speakers.value, filters.value));

  return {
    phase, error, analysis, extractedAt, category, search, showParaphrased, expanded, status, highlighted,
    filters, speakers, counts, visibleSpeakers, unattributed, visibleUnattributed, unnamed, visibleUnnamed, perCategory,

    startLoading() {
      batch(() => {
        phase.value = 'loading';
        error.value = null;
        analysis.value = null;
      });
    },
    showAnalysis(result: Analysis, at: string | null = null) {
      batch(() => {
        analysis.value = result;
        extractedAt.value = at;
        error.value = null;
        phase.value = 'ready';
      });
    },
    showRestricted(detail: string | null = null) {
      batch(() => {
        error.value = detail;
        phase.value = 'restricted';
      });
    },
    showError(message: string) {
      batch(() => {
        error.value = message;
        phase.value = 'error';
      });
    },
    setCategory(value: CategoryFilter) {
      category.value = value;
    },
    setSearch(value: string) {
      search.value = value;
    },
    toggleParaphrased() {
      showParaphrased.value = !showParaphrased.value;
    },
    toggleExpanded(id: string) {
      const next = new Set(expanded.value);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      expanded.value = next;
    },
    /** Say something in the status line; it goes away by itself after `STATUS_MS` unless replaced. */
    setStatus(message: string | null) {
      status.value = message;
      clearTimeout(statusTimer);
      if (message) statusTimer = setTimeout(() => {
        if (status.value === message) status.value = null;
      }, STATUS_MS);
    },
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
