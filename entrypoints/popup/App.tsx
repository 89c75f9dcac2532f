// The popup: renders the state's signals through components/ and wires their
// events to the state's actions and to the browser (./browser.ts). Wiring only.
import { useEffect, useMemo } from 'preact/hooks';
import type { Analysis, Quote } from '@/utils/types';
import { displayText, exportFilename, quoteCitation, toCsv, toJson, toMarkdown } from '@/utils/export';
import { CategoryFilter } from '@/components/CategoryFilter';
import { EmptyState } from '@/components/EmptyState';
import { ExportMenu, type ExportFormat } from '@/components/ExportMenu';
import { Header } from '@/components/Header';
import { ParaphraseToggle } from '@/components/ParaphraseToggle';
import { SearchBox } from '@/components/SearchBox';
import { SpeakerList } from '@/components/SpeakerList';
import { QuoteExcerpts, QuotesById } from '@/components/QuoteItem';
import { UnnamedSources } from '@/components/UnnamedSources';
import { presentCategories, quoteExcerpts } from '@/components/model';
import { RecordLine } from '@/components/RecordLine';
import type { RecordControl } from './record';
import type { PopupState } from './state';
import { t, tn } from '@/components/i18n';
import { errorMessage } from '@/utils/errors';

/** What App needs from the browser; main.tsx passes ./browser.ts, so App itself stays testable. */
export interface PopupActions {
  load: (state: PopupState) => Promise<void>;
  highlight: (quote: Quote) => Promise<boolean>;
  clearHighlights: () => Promise<void>;
  copy: (text: string) => Promise<void>;
  download: (filename: string, text: string, mime: string) => void;
  /** The reading record (saved-page line, setting, dashboard link); absent in tests that do not need it. */
  record?: RecordControl;
}

/** Each export: its file type, its name in messages, and the exporter from utils/export. */
const EXPORTS: Record<ExportFormat, { mime: string; label: string; render: (a: Analysis, extractedAt: string) => string }> = {
  // Spreadsheets need the byte-order mark to read UTF-8; formula-like cells are defused by toCsv.
  csv: { mime: 'text/csv;charset=utf-8', label: 'CSV', render: (a) => toCsv(a, { bom: true }) },
  json: { mime: 'application/json;charset=utf-8', label: 'JSON', render: (a, extractedAt) => toJson(a, { extractedAt }) },
  md: { mime: 'text/markdown;charset=utf-8', label: 'Markdown', render: (a) => toMarkdown(a) },
};

export function App({ state, actions }: { state: PopupState; actions: PopupActions }) {
  useEffect(() => {
    // The language the messages are in (the browser chose it), for screen readers and hyphenation.
    document.documentElement.lang = t('lang');
    void actions.load(state);
  }, []);

  const phase = state.phase.value;
  const analysis = state.analysis.value;
  const excerpts = useMemo(() => quoteExcerpts(analysis?.quotes ?? [], displayText), [analysis]);
  const quotesById = useMemo(() => new Map((analysis?.quotes ?? []).map((q) => [q.id, q])), [analysis]);

  // Keyboard users start where the work is: the search box, else the first card, else the first button.
  useEffect(() => {
    if (phase !== 'ready') return;
    const target =
      document.getElementById('search') ??
      document.querySelector<HTMLElement>('.card-button') ??
      document.querySelector<HTMLElement>('.app button');
    target?.focus();
  }, [phase]);

  if (phase === 'loading') return <EmptyState kind="loading" />;
  if (phase === 'restricted') return <EmptyState kind="restricted" detail={state.error.value} />;
  if (phase === 'error' || !analysis) return <EmptyState kind="error" detail={state.error.value} />;

  const notify = (message: string) => state.setStatus(message);
  const speakerOf = (quote: Quote) => analysis.speakers.find((s) => s.id === quote.speakerId) ?? null;

  const onShow = async (quote: Quote) => {
    try {
      const found = await actions.highlight(quote);
      state.highlighted.value = found ? quote.id : null;
      notify(found ? t('highlighted') : t('notFound'));
    } catch (error) {
      notify(t('highlightFailed', errorMessage(error)));
    }
  };
  const onClear = async () => {
    await actions.clearHighlights().catch(() => undefined);
    state.highlighted.value = null;
    notify(t('highlightCleared'));
  };
  const copy = async (text: string, done: string) => {
    try {
      await actions.copy(text);
      notify(done);
    } catch (error) {
      notify(t('copyFailed', errorMessage(error)));
    }
  };
  const onCopy = (quote: Quote) => copy(quoteCitation(quote, speakerOf(quote), analysis), t('quoteCopied'));
  const onCopyAll = () => {
    const views = state.visibleSpeakers.value;
    const lines = [
      ...views.flatMap((v) => v.quotes.map((q) => quoteCitation(q, v.speaker, analysis))),
      ...state.visibleUnnamed.value.flatMap((v) => v.quotes.map((q) => quoteCitation(q, null, analysis))),
      ...state.visibleUnattributed.value.map((q) => quoteCitation(q, null, analysis)),
    ];
    return copy(lines.join('\n'), tn('quotesCopied', lines.length));
  };
  const onExport = (format: ExportFormat) => {
    const at = state.extractedAt.value ?? new Date().toISOString();
    const { mime, label, render } = EXPORTS[format];
    actions.download(exportFilename(analysis, format, at), render(analysis, at), mime);
    notify(t('saved', label));
  };

  const counts = state.counts.value;
  const body =
    analysis.status === 'ok' ? (
      <>
        <div class="controls">
          <div class="controls-row">
            <SearchBox value={state.search.value} onInput={state.setSearch} />
            <ParaphraseToggle checked={state.showParaphrased.value} onToggle={state.toggleParaphrased} />
          </div>
          <CategoryFilter
            value={state.category.value}
            counts={state.perCategory.value}
            present={presentCategories(state.speakers.value)}
            onChange={state.setCategory}
          />
        </div>
        <main class="list">
          <QuoteExcerpts.Provider value={excerpts}>
          <QuotesById.Provider value={quotesById}>
            <SpeakerList
              speakers={state.visibleSpeakers.value}
              unattributed={state.visibleUnattributed.value}
              othersShown={state.visibleUnnamed.value.length > 0}
              expanded={state.expanded.value}
              highlightedQuote={state.highlighted.value}
              onToggle={state.toggleExpanded}
              onShow={onShow}
              onCopy={onCopy}
            />
            <UnnamedSources
              views={state.visibleUnnamed.value}
              expanded={state.expanded.value}
              highlightedQuote={state.highlighted.value}
              onToggle={state.toggleExpanded}
              onShow={onShow}
              onCopy={onCopy}
            />
          </QuotesById.Provider>
          </QuoteExcerpts.Provider>
        </main>
      </>
    ) : (
      <EmptyState kind={analysis.status} detail={analysis.status === 'too-large' ? analysis.notices.join(' ') : null} />
    );

  return (
    <div class="app" data-status={analysis.status}>
      <Header analysis={analysis} counts={counts} />
      {analysis.notices.length > 0 && (analysis.status === 'ok' || analysis.status === 'no-quotes') && (
        <ul class="notices" aria-label={t('notes')}>
          {analysis.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {body}
      <div class="statusbar">
        <p class="status" role="status" aria-live="polite" data-testid="status">
          {state.status.value ?? ''}
        </p>
        {state.highlighted.value && (
          <button type="button" class="link-button" onClick={onClear} data-action="clear">
            {t('clearHighlight')}
          </button>
        )}
      </div>
      {analysis.status === 'ok' && <ExportMenu onExport={onExport} onCopyAll={onCopyAll} />}
      {actions.record && analysis.status !== 'no-article' && <RecordLine record={actions.record} />}
    </div>
  );
}
