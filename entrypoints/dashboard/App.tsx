// The dashboard: whom the reader reads. Filters, the mix of voices, the share
// by pronoun, the most-cited people (a click shows their quotes), the saved
// articles, and the record's data (setting, export, import, delete). Wiring and
// layout only: the numbers come from utils/record/aggregate via ./state.
import { useEffect, useRef, useState } from 'preact/hooks';
import { mainCategory, shareTotal, type PersonRow } from '@/utils/record/aggregate';
import type { Category } from '@/utils/types';
import type { SavedArticle, SavedQuote } from '@/utils/record/types';
import { mixRow, pronounRow, PRONOUN_SERIES, ShareBars, VOICE_SERIES, WeekColumns } from './charts';
import { PAGE, type DashboardState } from './state';

export interface DashboardActions {
  loadQuotes(ids: readonly string[]): Promise<Map<string, SavedQuote[]>>;
  deleteArticle(id: string): Promise<void>;
  deleteAll(): Promise<void>;
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  importFile(file: File): Promise<void>;
  setEnabled(on: boolean): Promise<void>;
}

const CATEGORY_LABEL: Record<Category, string> = { official: 'official', expert: 'expert', organization: 'organisation', other: 'other' };

function day(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function App({ state, actions }: { state: DashboardState; actions: DashboardActions }) {
  const phase = state.phase.value;
  if (phase === 'loading') return <main class="dash" data-state="loading"><p class="muted">Loading your reading record…</p></main>;
  if (phase === 'error') {
    return (
      <main class="dash" data-state="error">
        <h1>Your reading record</h1>
        <p role="alert">The record could not be read: {state.error.value}</p>
      </main>
    );
  }
  const v = state.view.value;
  const empty = state.articles.value.length === 0;
  return (
    <div class="dash" data-state="ready" data-articles={state.articles.value.length}>
      <header class="dash-header">
        <div>
          <h1>Whom do I read?</h1>
          <p class="muted">Your reading record, kept in this browser only and never sent anywhere.</p>
        </div>
        {!empty && (
          <p class="totals" data-testid="totals">
            <strong>{plural(v.totals.articles, 'article')}</strong> · {plural(v.totals.statements, 'statement')} · {plural(v.totals.people, 'speaker')} named · {plural(v.totals.sites, 'site')}
            {v.range && <> · read {day(`${v.range.first}T12:00:00Z`)} – {day(`${v.range.last}T12:00:00Z`)}</>}
          </p>
        )}
      </header>
      {empty ? (
        <section class="card empty" data-testid="empty">
          <h2>Nothing saved yet</h2>
          <p>Open a news article and click the Cited button: each analysis is kept here, and this page shows whom your reading quotes, across sites and weeks.</p>
        </section>
      ) : (
        <>
          <Filters state={state} />
          <section class="card" aria-labelledby="mix-h">
            <h2 id="mix-h">Who gets to speak</h2>
            <p class="muted">Statements (quotes and paraphrases) by the kind of speaker the article made them. {v.totals.unattributed > 0 && `${plural(v.totals.unattributed, 'quote')} with no speaker found are not counted.`}</p>
            <ShareBars id="mix" caption="Mix of voices, overall and per site" unit="statements" firstColumn="Site" series={VOICE_SERIES}
              rows={[mixRow('all', 'All sites', v.mix), ...v.bySite.slice(0, 12).map((s) => mixRow(s.site, s.name, s.mix))]} />
            {v.bySite.length > 12 && <p class="muted">The chart shows the 12 sites you read most; the table has all {v.bySite.length}.</p>}
            {v.byWeek.length > 0 && <WeekColumns id="weeks" caption="Mix of voices per week" weeks={v.byWeek} />}
          </section>
          <section class="card" aria-labelledby="pron-h">
            <h2 id="pron-h">She, he, they</h2>
            <p class="muted">Statements by named people, by the pronoun the articles themselves use for them (never guessed from a name). "Unknown": no article said.</p>
            <ShareBars id="pronouns" caption="Share of statements by pronoun, overall and per site" unit="statements" firstColumn="Site" series={PRONOUN_SERIES}
              rows={[pronounRow('all', 'All sites', v.pronouns), ...v.pronounsBySite.filter((s) => shareTotal(s.share) > 0).slice(0, 12).map((s) => pronounRow(s.site, s.name, s.share))]} />
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
    <section class="card filters" aria-label="Filters">
      <label>
        Read from <input type="date" value={state.from.value} max={state.to.value || undefined} data-filter="from" onChange={(e) => state.setFilters({ from: e.currentTarget.value })} />
      </label>
      <label>
        to <input type="date" value={state.to.value} min={state.from.value || undefined} data-filter="to" onChange={(e) => state.setFilters({ to: e.currentTarget.value })} />
      </label>
      <label>
        Site{' '}
        <select value={state.site.value} data-filter="site" onChange={(e) => state.setFilters({ site: e.currentTarget.value })}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s.site} value={s.site}>{`${s.name} (${s.articles})`}</option>
          ))}
        </select>
      </label>
      {(state.from.value || state.to.value || state.site.value || state.search.value) && (
        <button type="button" class="link-button" onClick={() => state.resetFilters()}>Clear filters</button>
      )}
    </section>
  );
}

function People({ state, actions }: { state: DashboardState; actions: DashboardActions }) {
  const people = state.people.value;
  const shown = people.slice(0, state.peopleShown.value);
  const open = async (p: PersonRow) => {
    state.selected.value = p;
    state.selectedQuotes.value = null;
    const arts = state.view.value.articles;
    const ids = [...new Set(p.refs.map(([i]) => arts[i]!.id))];
    state.selectedQuotes.value = await actions.loadQuotes(ids);
  };
  return (
    <section class="card" aria-labelledby="people-h">
      <div class="section-head">
        <h2 id="people-h">Most cited</h2>
        <label class="search">
          <span class="visually-hidden">Search people</span>
          <input type="search" placeholder="Search a person or organisation" value={state.search.value} data-filter="search"
            onInput={(e) => { state.search.value = e.currentTarget.value; state.peopleShown.value = PAGE; }} />
        </label>
      </div>
      {state.selected.value && <PersonPanel state={state} person={state.selected.value} />}
      {people.length === 0 ? (
        <p class="muted">No one matches.</p>
      ) : (
        <table class="people" data-testid="people">
          <thead>
            <tr>
              <th scope="col">Speaker</th>
              <th scope="col" class="num">Statements</th>
              <th scope="col" class="num">Articles</th>
              <th scope="col">As</th>
              <th scope="col">Quoted by</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.key} data-person={p.key} aria-current={state.selected.value?.key === p.key ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" class="person-button" data-category={mainCategory(p)} onClick={() => void open(p)} aria-expanded={state.selected.value?.key === p.key}>
                    {p.name}
                  </button>
                  {p.roles[0] && <span class="role">{p.roles[0]}</span>}
                </th>
                <td class="num" data-col="statements">{p.statements}</td>
                <td class="num" data-col="articles">{p.articles}</td>
                <td data-col="categories">
                  {(Object.entries(p.categories) as [Category, number][]).map(([c, n]) => (
                    <span key={c} class={`badge badge-${c}`}>{CATEGORY_LABEL[c]}{Object.keys(p.categories).length > 1 ? ` ×${n}` : ''}</span>
                  ))}
                </td>
                <td data-col="sites">{p.sites.slice(0, 3).map((s) => s.name).join(', ')}{p.sites.length > 3 ? ` +${p.sites.length - 3}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {people.length > shown.length && (
        <button type="button" class="button" onClick={() => (state.peopleShown.value += PAGE)}>Show more ({people.length - shown.length} left)</button>
      )}
    </section>
  );
}

function PersonPanel({ state, person }: { state: DashboardState; person: PersonRow }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [person.key]);
  const arts = state.view.value.articles;
  const quotes = state.selectedQuotes.value;
  // Their quotes, article by article (newest first), from the speaker's index in each article.
  const byArticle: { article: SavedArticle; quotes: SavedQuote[]; role: string | null }[] = [];
  for (const [i, j] of person.refs) {
    const article = arts[i]!;
    byArticle.push({ article, role: article.speakers[j]!.description, quotes: (quotes?.get(article.id) ?? []).filter((q) => q.speaker === j) });
  }
  byArticle.sort((a, b) => (a.article.savedAt < b.article.savedAt ? 1 : -1));
  return (
    <div class="person-panel" data-testid="person-panel" data-person={person.key}>
      <div class="section-head">
        <h3 tabIndex={-1} ref={heading}>{person.name}</h3>
        <button type="button" class="link-button" onClick={() => (state.selected.value = null)}>Close</button>
      </div>
      <p class="muted">
        {plural(person.statements, 'statement')} in {plural(person.articles, 'article')}
        {person.aliases.length > 0 && <> · also named {person.aliases.slice(0, 5).join(', ')}</>}
      </p>
      {!quotes ? (
        <p class="muted">Loading quotes…</p>
      ) : (
        <ol class="person-articles">
          {byArticle.map(({ article, quotes: qs, role }) => (
            <li key={article.id} data-article={article.id}>
              <p class="article-line">
                {article.url ? (
                  <a href={article.url} target="_blank" rel="noopener noreferrer">{article.title || article.url}</a>
                ) : (
                  <span>{article.title || 'Untitled'}</span>
                )}
                <span class="muted"> · {article.siteName || article.site} · {day(article.savedAt)}</span>
              </p>
              {role && <p class="role">{role}</p>}
              <ul class="quotes">
                {qs.map((q, k) => (
                  <li key={k} class={q.kind === 'indirect' ? 'paraphrase' : 'quote'}>
                    {q.kind === 'indirect' ? <span class="kind">Paraphrase: </span> : null}
                    {q.kind === 'indirect' ? q.text : `“${q.text}”`}
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
      <h2 id="articles-h">Saved articles</h2>
      <ul class="articles" data-testid="articles">
        {shown.map((a) => {
          const voices = a.speakers.reduce((n, s) => n + s.quotes + s.indirect, 0);
          return (
            <li key={a.id} data-article={a.id}>
              <div>
                {a.url ? <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title || a.url}</a> : <span>{a.title || 'Untitled'}</span>}
                <span class="muted"> · {a.siteName || a.site} · read {day(a.savedAt)} · {plural(a.speakers.length, 'speaker')}, {plural(voices, 'statement')}</span>
              </div>
              <button type="button" class="link-button danger" data-action="delete-article" aria-label={`Delete “${a.title || a.url || 'untitled'}” from the record`}
                onClick={() => void actions.deleteArticle(a.id)}>
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      {arts.length > shown.length && (
        <button type="button" class="button" onClick={() => (state.articlesShown.value += PAGE)}>Show more ({arts.length - shown.length} left)</button>
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
      <h2 id="data-h">Your data</h2>
      <label class="toggle">
        <input type="checkbox" checked={state.enabled.value} data-action="record-toggle" onChange={(e) => void actions.setEnabled(e.currentTarget.checked)} />
        Keep a record of the articles I analyse
      </label>
      <div class="data-actions">
        <button type="button" class="button" data-action="export-csv" disabled={empty} onClick={() => void actions.exportCsv()}>Export CSV (quotes)</button>
        <button type="button" class="button" data-action="export-json" disabled={empty} onClick={() => void actions.exportJson()}>Export JSON (everything)</button>
        <button type="button" class="button" data-action="import" onClick={() => file.current?.click()}>Import JSON…</button>
        <input ref={file} type="file" accept="application/json,.json" hidden data-action="import-file"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void actions.importFile(f);
          }} />
        {!confirming ? (
          <button type="button" class="button danger" data-action="delete-all" disabled={empty} onClick={() => setConfirming(true)}>Delete all…</button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm deleting everything">
            Delete all {plural(total, 'article')} for good?{' '}
            <button type="button" class="button danger" data-action="delete-all-confirm" onClick={() => { setConfirming(false); void actions.deleteAll(); }}>Delete everything</button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>Cancel</button>
          </span>
        )}
      </div>
      <p class="muted">Export JSON is a full backup that another browser's Cited can import; articles already in the record are not added twice.</p>
    </section>
  );
}

