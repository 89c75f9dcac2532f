// Charts as plain SVG: stacked bars (shares per row) and stacked columns (per
// week). Each is a figure with a caption, an SVG with a title and a text
// summary for screen readers, a legend, and the numbers as a table. Colours come
// from CSS variables, so light and dark modes each get their own palette.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Mix, PronounShare, WeekMix } from '@/utils/record/aggregate';
import { VOICES, type Voice } from '@/utils/record/types';
import { t, type MessageKey } from '@/components/i18n';

const VOICE_LABEL: Record<Voice, MessageKey> = {
  official: 'filterOfficial', expert: 'filterExpert', organization: 'filterOrganization', other: 'filterOther', unnamed: 'unnamedSources',
};
export const PRONOUN_KEYS = ['she', 'he', 'they', 'unknown'] as const;
export type PronounKey = (typeof PRONOUN_KEYS)[number];
const PRONOUN_LABEL: Record<PronounKey, MessageKey> = { she: 'dashPronounShe', he: 'dashPronounHe', they: 'dashPronounThey', unknown: 'dashPronounUnknown' };

const fmtPct = (n: number, total: number) => (total ? `${Math.round((n / total) * 100)}%` : '0%');

export interface Series<K extends string> {
  keys: readonly K[];
  labels: Record<K, string>;
  /** CSS class prefix of the fills: `${prefix}-${key}`. */
  prefix: string;
}

const labels = <K extends string>(keys: Record<K, MessageKey>) => Object.fromEntries(Object.entries(keys).map(([k, m]) => [k, t(m as MessageKey)])) as Record<K, string>;
/** The series in the reader's language (made when drawn: the language is the browser's). */
export const voiceSeries = (): Series<Voice> => ({ keys: VOICES, labels: labels(VOICE_LABEL), prefix: 'v' });
export const pronounSeries = (): Series<PronounKey> => ({ keys: PRONOUN_KEYS, labels: labels(PRONOUN_LABEL), prefix: 'p' });

function Legend<K extends string>({ series }: { series: Series<K> }) {
  return (
    <ul class="legend" aria-hidden="true">
      {series.keys.map((k) => (
        <li key={k}>
          <svg width="12" height="12" class="swatch">
            <rect width="12" height="12" rx="2" class={`${series.prefix}-${k}`} />
          </svg>
          {series.labels[k]}
        </li>
      ))}
    </ul>
  );
}

function total<K extends string>(values: Record<K, number>, keys: readonly K[]): number {
  let n = 0;
  for (const k of keys) n += values[k];
  return n;
}

function summary<K extends string>(label: string, values: Record<K, number>, series: Series<K>): string {
  const sum = total(values, series.keys);
  if (!sum) return t('dashChartNone', label);
  return `${label}: ${series.keys.filter((k) => values[k]).map((k) => `${series.labels[k]} ${values[k]} (${fmtPct(values[k], sum)})`).join(', ')}.`;
}

export interface BarRow<K extends string> {
  key: string;
  label: string;
  values: Record<K, number>;
}

/** Horizontal bars, one per row, each split into the series' shares (100% wide). */
export function ShareBars<K extends string>(props: { id: string; caption: string; note?: ComponentChildren; rows: BarRow<K>[]; series: Series<K>; firstColumn: string; unit: string }) {
  const { id, caption, rows, series } = props;
  const W = 720;
  const LABEL = 190;
  const ROW = 30;
  const BAR = 20;
  const H = rows.length * ROW + 4;
  return (
    <figure class="chart" data-chart={id}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      {props.note && <p class="chart-note">{props.note}</p>}
      <Legend series={series} />
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} class="bars">
        <title id={`${id}-title`}>{caption}</title>
        <desc id={`${id}-desc`}>{rows.map((r) => summary(r.label, r.values, series)).join(' ')}</desc>
        {rows.map((r, i) => {
          const sum = total(r.values, series.keys);
          let x = LABEL;
          const y = i * ROW + 2;
          return (
            <g key={r.key} data-row={r.key}>
              <text x={LABEL - 8} y={y + BAR / 2 + 5} text-anchor="end" class="axis-label">
                {r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label}
              </text>
              {sum === 0 && <rect x={LABEL} y={y} width={W - LABEL} height={BAR} class="empty-bar" />}
              {series.keys.map((k) => {
                const w = sum ? (r.values[k] / sum) * (W - LABEL) : 0;
                if (!w) return null;
                const seg = (
                  <g key={k}>
                    <rect x={x} y={y} width={w} height={BAR} class={`${series.prefix}-${k}`}>
                      <title>{`${r.label}: ${series.labels[k]} ${r.values[k]} ${props.unit} (${fmtPct(r.values[k], sum)})`}</title>
                    </rect>
                    {w > 34 && (
                      <text x={x + w / 2} y={y + BAR / 2 + 4} text-anchor="middle" class={`seg-label on-${series.prefix}-${k}`} aria-hidden="true">
                        {fmtPct(r.values[k], sum)}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return seg;
              })}
            </g>
          );
        })}
      </svg>
      <NumbersTable id={id} caption={caption} rows={rows} series={series} firstColumn={props.firstColumn} />
    </figure>
  );
}

/**
 * The chart's numbers, as a table inside a disclosure so the page stays short; the
 * table is built when the disclosure is first opened (the week table alone is
 * hundreds of cells, half the first view's nodes at a year of reading).
 */
function NumbersTable<K extends string>({ id, caption, rows, series, firstColumn }: { id: string; caption: string; rows: BarRow<K>[]; series: Series<K>; firstColumn: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="numbers" data-numbers={id} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('dashNumbers')}</summary>
      {open && (
        <table data-table={id}>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{firstColumn}</th>
              {series.keys.map((k) => (
                <th scope="col" key={k}>{series.labels[k]}</th>
              ))}
              <th scope="col">{t('dashTotal')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const sum = total(r.values, series.keys);
              return (
                <tr key={r.key} data-row={r.key}>
                  <th scope="row">{r.label}</th>
                  {series.keys.map((k) => (
                    <td key={k} data-key={k}>
                      {r.values[k]} <span class="pct">({fmtPct(r.values[k], sum)})</span>
                    </td>
                  ))}
                  <td data-key="total">{sum}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}

// One formatter for every date: toLocaleDateString() makes a new one per call (about a millisecond each).
let shortDates: Intl.DateTimeFormat | null = null;
function shortDate(day: string): string {
  shortDates ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return shortDates.format(new Date(`${day}T00:00:00Z`));
}

/** Stacked columns of statements per week. */
export function WeekColumns({ id, caption, weeks }: { id: string; caption: string; weeks: WeekMix[] }) {
  const series = voiceSeries();
  const W = 720;
  const H = 220;
  const LEFT = 40;
  const BOTTOM = 24;
  const TOP = 8;
  const totals = weeks.map((w) => total(w.mix, VOICES));
  const max = Math.max(1, ...totals);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotH = H - BOTTOM - TOP;
  const colW = weeks.length ? (W - LEFT) / weeks.length : 0;
  const barW = Math.max(1, Math.min(40, colW * 0.75));
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 10));
  const rows: BarRow<Voice>[] = weeks.map((w) => ({ key: w.week, label: t('dashWeekOf', shortDate(w.week)), values: w.mix }));
  return (
    <figure class="chart" data-chart={id}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <Legend series={series} />
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={`${id}-title ${id}-desc`} class="columns">
        <title id={`${id}-title`}>{caption}</title>
        <desc id={`${id}-desc`}>
          {weeks.length ? t('dashWeeksDesc', weeks.length, shortDate(weeks[0]!.week), max) : t('dashNoWeeks')}
        </desc>
        {Array.from({ length: top / step + 1 }, (_, i) => i * step).map((v) => {
          const y = TOP + plotH - (v / top) * plotH;
          return (
            <g key={v} aria-hidden="true">
              <line x1={LEFT} x2={W} y1={y} y2={y} class="grid" />
              <text x={LEFT - 6} y={y + 4} text-anchor="end" class="axis-label">{v}</text>
            </g>
          );
        })}
        {weeks.map((w, i) => {
          let y = TOP + plotH;
          const label = rows[i]!.label;
          const x = LEFT + i * colW + (colW - barW) / 2;
          return (
            <g key={w.week} data-row={w.week}>
              {VOICES.map((k) => {
                const h = (w.mix[k] / top) * plotH;
                if (!h) return null;
                y -= h;
                return (
                  <rect key={k} x={x} y={y} width={barW} height={h} class={`v-${k}`}>
                    <title>{`${label}: ${series.labels[k]} ${w.mix[k]}`}</title>
                  </rect>
                );
              })}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={H - 6} text-anchor="middle" class="axis-label" aria-hidden="true">{shortDate(w.week)}</text>
              )}
            </g>
          );
        })}
      </svg>
      <NumbersTable id={id} caption={caption} rows={rows} series={series} firstColumn={t('dashWeek')} />
    </figure>
  );
}

function niceStep(max: number): number {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  for (const m of [1, 2, 5, 10]) if (raw <= m * p) return m * p;
  return 10 * p;
}

export function mixRow(key: string, label: string, mix: Mix): BarRow<Voice> {
  return { key, label, values: mix };
}

export function pronounRow(key: string, label: string, share: PronounShare): BarRow<PronounKey> {
  return { key, label, values: share };
}
