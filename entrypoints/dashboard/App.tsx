// The dashboard: whom the reader reads. Filters, the mix of voices, the share
// by pronoun, the most-cited people (a click shows their quotes), the saved
// articles, and the record's data (setting, export, import, delete). Wiring and
// layout only: the numbers come from utils/record/aggregate via ./state.
import { useEffect, useRef, useState } from 'preact/hooks';
import { detailsOf, mainCategory, refsOf, shareTotal, type PersonRow } from '@/utils/record/aggregate';
import { countsOf, speakersOf, type ArticleDigest } from '@/utils/record/digest';
import type { Category } from '@/utils/types';
import type { SavedQuote } from '@/utils/record/types';
import { mixRow, pronounRow, pronounSeries, ShareBars, voiceSeries, WeekColumns } from './charts';
import { PAGE, type DashboardState } from './state';
import { t, tn, type MessageKey, type PluralKey } from '@/components/i18n';

export interface DashboardActions {
  loadQuotes(ids: readonly string[]): Promise<Map<string, SavedQuote[]>>;
  deleteArticle(id: string): Promise<void>;
  deleteAll(): Promise<void>;
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  importFile(file: File): Promise<void>;
  setEnabled(on: boolean): Promise<void>;
}

const CATEGORY_LABEL: Record<Category, MessageKey> = { official: 'categoryOfficial', expert: 'categoryExpert', organization: 'categoryOrganization', other: 'categoryOther' };

// One formatter for every date: toLocaleDateString() makes a new one per call (about a millisecond each).
let days: Intl.DateTimeFormat | null = null;
function day(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  days ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return Number.isNaN(d.getTime()) ? iso : days.format(d);
}
/** A count in words, in the reader's language, the number written the reader's way (10,000 / 10.000 / 10 000). */
let numbers: Intl.NumberFormat | null = null;
const num = (n: number) => (numbers ??= new Intl.NumberFormat()).format(n);
const plural = (key: PluralKey, n: number) => tn(key, n).replace(String(n), num(n));

export function App({ state, actions }: { state: DashboardState; actions: DashboardActions }) {
  const phase = state.phase.value;
  if (phase === 'loading') return <main class="dash" data-state="loading"><p class="muted">{t('dashLoading')}</p></main>;
  if (phase === 'error') {
    return (
      <main class="dash" data-state="error">
        <h1>{t('dashRecordHeading')}</h1>
        <p role="alert">{t('dashReadError', state.error.value ?? '')}</p>
      </main>
    );
  }
  const v = state.view.value;
  const empty = state.articles.value.length === 0;
  return (
    <div class="dash" data-state="ready" data-articles={state.articles.value.length}>
      <header class="dash-header">
        <div>
          <h1>{t('dashTitle')}</h1>
          <p class="muted">{t('dashIntro')}</p>
        </div>
        {!empty && (
          <p class="totals" data-testid="totals">
            <strong>{plural('dashArticles', v.totals.articles)}</strong> · {plural('dashStatements', v.totals.statements)} · {plural('dashNamed', v.totals.people)} · {plural('dashSites', v.totals.sites)}
            {v.range && <> · {t('dashReadRange', day(`${v.range.first}T12:00:00Z`), day(`${v.range.last}T12:00:00Z`))}</>}
          </p>
        )}
      </header>
      {empty ? (
        <section class="card empty" data-testid="empty">
          <h2>{t('dashEmptyTitle')}</h2>
          <p>{t('dashEmptyBody')}</p>
        </section>
      ) : (
        <>
          <Filters state={state} />
          <section class="card" aria-labelledby="mix-h">
            <h2 id="mix-h">{t('dashMixHeading')}</h2>
            <p class="muted">{t('dashMixIntro')} {v.totals.unattributed > 0 && plural('dashUncounted', v.totals.unattributed)}</p>
            <ShareBars id="mix" caption={t('dashMixCaption')} unit={t('dashUnit')} firstColumn={t('dashSite')} series={voiceSeries()}
              rows={[mixRow('all', t('dashAllSites'), v.mix), ...v.bySite.slice(0, 12).map((s) => mixRow(s.site, s.name, s.mix))]} />
            {v.bySite.length > 12 && <p class="muted">{t('dashTopSites', v.bySite.length)}</p>}
            {v.byWeek.length > 0 && <WeekColumns id="weeks" caption={t('dashWeeksCaption')} weeks={v.byWeek} />}
          </section>
          <section class="card" aria-labelledby="pron-h">
            <h2 id="pron-h">{t('dashPronounHeading')}</h2>
            <p class="muted">{t('dashPronounIntro')}</p>
            <ShareBars id="pronouns" caption={t('dashPronounCaption')} unit={t('dashUnit')} firstColumn={t('dashSite')} series={pronounSeries()}
              rows={[pronounRow('all', t('dashAllSites'), v.pronouns), ...v.pronounsBySite.filter((s) => shareTotal(s.share) > 0).slice(0, 12).map((s) => pronounRow(s.site, s.name, s.share))]} />
          </section>
          <People state={state} actions={actions} />
          <Articles state={state} actions={actions} />
        </>
      )}
      <DataPanel state={state} actions={actions} empty={empty} />
      <p class="status" role="status" aria-live="polite" data-testid="status">{state.status.value ?? ''}</p>
    </div>
  );
}

function Filters({ state }: { state: DashboardState }) {
  const sites = state.view.value.allSites;
  return (
    <section class="card filters" aria-label={t('dashFilters')}>
      <label>
        {t('dashFrom')} <input type="date" value={state.from.value} max={state.to.value || undefined} data-filter="from" onChange={(e) => state.setFilters({ from: e.currentTarget.value })} />
      </label>
      <label>
        {t('dashTo')} <input type="date" value={state.to.value} min={state.from.value || undefined} data-filter="to" onChange={(e) => state.setFilters({ to: e.currentTarget.value })} />
      </label>
      <label>
        {t('dashSite')}{' '}
        <select value={state.site.value} data-filter="site" onChange={(e) => state.setFilters({ site: e.currentTarget.value })}>
          <option value="">{t('dashAllSites')}</option>
          {sites.map((s) => (
            <option key={s.site} value={s.site}>{`${s.name} (${s.articles})`}</option>
          ))}
        </select>
      </label>
      {(state.from.value || state.to.value || state.site.value || state.search.value) && (
        <button type="button" class="link-button" onClick={() => state.resetFilters()}>{t('dashClearFilters')}</button>
      )}
    </section>
  );
}

function People({ state, actions }: { state: DashboardState; actions: DashboardActions }) {
  const people = state.people.value;
  const shown = people.slice(0, state.peopleShown.value);
  const placeholder = t('dashSearchPlaceholder');
  const role = (p: PersonRow) => detailsOf(p).roles[0];
  const sitesLine = (p: PersonRow) => {
    const sites = detailsOf(p).sites;
    return sites.slice(0, 3).map((s) => s.name).join(', ') + (sites.length > 3 ? ` +${sites.length - 3}` : '');
  };
  const open = async (p: PersonRow) => {
    state.selected.value = p;
    state.selectedQuotes.value = null;
    const arts = state.view.value.articles;
    const ids = [...new Set(refsOf(p).map(([i]) => arts[i]!.id))];
    state.selectedQuotes.value = await actions.loadQuotes(ids);
  };
  return (
    <section class="card" aria-labelledby="people-h">
      <div class="section-head">
        <h2 id="people-h">{t('dashPeopleHeading')}</h2>
        <label class="search">
          <span class="visually-hidden">{t('dashSearchLabel')}</span>
          {/* As wide as its placeholder in the reader's language (`size` counts average characters), so it is never cut. */}
          <input type="search" placeholder={placeholder} size={placeholder.length + 4} value={state.search.value} data-filter="search"
            onInput={(e) => { state.search.value = e.currentTarget.value; state.peopleShown.value = PAGE; }} />
        </label>
      </div>
      {state.selected.value && <PersonPanel state={state} person={state.selected.value} />}
      {people.length === 0 ? (
        <p class="muted">{t('dashNoMatch')}</p>
      ) : (
        <table class="people" data-testid="people">
          <thead>
            <tr>
              <th scope="col">{t('dashColSpeaker')}</th>
              <th scope="col" class="num">{t('dashColStatements')}</th>
              <th scope="col" class="num">{t('dashColArticles')}</th>
              <th scope="col">{t('dashColAs')}</th>
              <th scope="col">{t('dashColQuotedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.key} data-person={p.key} aria-current={state.selected.value?.key === p.key ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" class="person-button" data-category={mainCategory(p)} onClick={() => void open(p)} aria-expanded={state.selected.value?.key === p.key}>
                    {p.name}
                  </button>
                  {role(p) && <span class="role">{role(p)}</span>}
                </th>
                <td class="num" data-col="statements">{p.statements}</td>
                <td class="num" data-col="articles">{p.articles}</td>
                <td data-col="categories">
                  {(Object.entries(p.categories) as [Category, number][]).map(([c, n]) => (
                    <span key={c} class={`badge badge-${c}`}>{t(CATEGORY_LABEL[c])}{Object.keys(p.categories).length > 1 ? ` ×${n}` : ''}</span>
                  ))}
                </td>
                <td data-col="sites">{sitesLine(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {people.length > shown.length && (
        <button type="button" class="button" onClick={() => (state.peopleShown.value += PAGE)}>{t('dashShowMore', num(people.length - shown.length))}</button>
      )}
    </section>
  );
}

function PersonPanel({ state, person }: { state: DashboardState; person: PersonRow }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [person.key]);
  const arts = state.view.value.articles;
  const aliases = detailsOf(person).aliases;
  const quotes = state.selectedQuotes.value;
  // Their quotes, article by article (newest first), from the speaker's index in each article.
  const byArticle: { article: ArticleDigest; quotes: SavedQuote[]; role: string | null }[] = [];
  for (const [i, j] of refsOf(person)) {
    const article = arts[i]!;
    byArticle.push({ article, role: speakersOf(article)[j]?.role ?? null, quotes: (quotes?.get(article.id) ?? []).filter((q) => q.speaker === j) });
  }
  byArticle.sort((a, b) => (a.article.savedAt < b.article.savedAt ? 1 : -1));
  return (
    <div class="person-panel" data-testid="person-panel" data-person={person.key}>
      <div class="section-head">
        <h3 tabIndex={-1} ref={heading}>{person.name}</h3>
        <button type="button" class="link-button" onClick={() => (state.selected.value = null)}>{t('dashClose')}</button>
      </div>
      <p class="muted">
        {t('dashStatementsIn', plural('dashStatements', person.statements), plural('dashArticles', person.articles))}
        {aliases.length > 0 && <> · {t('dashAlsoNamed', aliases.slice(0, 5).join(', '))}</>}
      </p>
      {!quotes ? (
        <p class="muted">{t('dashLoadingQuotes')}</p>
      ) : (
        <ol class="person-articles">
          {byArticle.map(({ article, quotes: qs, role }) => (
            <li key={article.id} data-article={article.id}>
              <p class="article-line">
                {article.url ? (
                  <a href={article.url} target="_blank" rel="noopener noreferrer">{article.title || article.url}</a>
                ) : (
                  <span>{article.title || t('dashUntitled')}</span>
                )}
                <span class="muted"> · {article.siteName || article.site} · {day(article.savedAt)}</span>
              </p>
              {role && <p class="role">{role}</p>}
              <ul class="quotes">
                {qs.map((q, k) => (
                  <li key={k} class={q.kind === 'indirect' ? 'paraphrase' : 'quote'}>
                    {q.kind === 'indirect' ? <span class="kind">{t('dashParaphrase')} </span> : null}
                    {q.kind === 'indirect' ? q.text : t('dashQuoted', q.text)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Articles({ state, actions }: { state: DashboardState; actions: DashboardActions }) {
  const arts = state.view.value.articles;
  const shown = arts.slice(0, state.articlesShown.value);
  return (
    <section class="card" aria-labelledby="articles-h">
      <h2 id="articles-h">{t('dashArticlesHeading')}</h2>
      <ul class="articles" data-testid="articles">
        {shown.map((a) => {
          const counts = countsOf(a);
          return (
            <li key={a.id} data-article={a.id}>
              <div>
                {a.url ? <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title || a.url}</a> : <span>{a.title || t('dashUntitled')}</span>}
                <span class="muted"> · {a.siteName || a.site} · {t('dashReadOn', day(a.savedAt))} · {plural('speakers', counts.speakers)}, {plural('dashStatements', counts.statements)}</span>
              </div>
              <button type="button" class="link-button danger" data-action="delete-article" aria-label={t('dashDeleteLabel', a.title || a.url || t('dashUntitled'))}
                onClick={() => void actions.deleteArticle(a.id)}>
                {t('dashDelete')}
              </button>
            </li>
          );
        })}
      </ul>
      {arts.length > shown.length && (
        <button type="button" class="button" onClick={() => (state.articlesShown.value += PAGE)}>{t('dashShowMore', num(arts.length - shown.length))}</button>
      )}
    </section>
  );
}

function DataPanel({ state, actions, empty }: { state: DashboardState; actions: DashboardActions; empty: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const total = state.articles.value.length;
  return (
    <section class="card data" aria-labelledby="data-h">
      <h2 id="data-h">{t('dashDataHeading')}</h2>
      <label class="toggle">
        <input type="checkbox" checked={state.enabled.value} data-action="record-toggle" onChange={(e) => void actions.setEnabled(e.currentTarget.checked)} />
        {t('dashKeepRecord')}
      </label>
      <div class="data-actions">
        <button type="button" class="button" data-action="export-csv" disabled={empty} onClick={() => void actions.exportCsv()}>{t('dashExportCsv')}</button>
        <button type="button" class="button" data-action="export-json" disabled={empty} onClick={() => void actions.exportJson()}>{t('dashExportJson')}</button>
        <button type="button" class="button" data-action="import" onClick={() => file.current?.click()}>{t('dashImport')}</button>
        <input ref={file} type="file" accept="application/json,.json" hidden data-action="import-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void actions.importFile(f);
          }} />
        {!confirming ? (
          <button type="button" class="button danger" data-action="delete-all" disabled={empty} onClick={() => setConfirming(true)}>{t('dashDeleteAll')}</button>
        ) : (
          <span class="confirm" role="group" aria-label={t('dashConfirmLabel')}>
            {t('dashDeleteAllConfirm', plural('dashArticles', total))}{' '}
            <button type="button" class="button danger" data-action="delete-all-confirm" onClick={() => { setConfirming(false); void actions.deleteAll(); }}>{t('dashDeleteEverything')}</button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>{t('dashCancel')}</button>
          </span>
        )}
      </div>
      <p class="muted">{t('dashBackupNote')}</p>
    </section>
  );
}

