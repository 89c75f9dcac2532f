// Accuracy on PolNeAR (labelled US political news, converted outside the repo
// into ../polnear/{train,dev}: see ../shared/tools/polnear/README.md).
//
//   npm run score:polnear [-- --split train|dev] [--polnear DIR] [--errors FILE] [--json]
//
// One process analyses every page of the split, writes one prediction per page
// into a temporary folder, and runs the corpus's own scorer on it
// (`score.mjs --pred`), so the summary is exactly the project's yardstick. Then
// it breaks the result down:
//   - per sieve: how many decisions each sieve made on quotes whose gold has a
//     speaker, and how many of them name that speaker;
//   - the confusion of errors by class (no speaker given, wrong person, a
//     speaker where the gold has none, missed and extra quotes);
//   - reported speech (indirect): recall, attribution, and why the misses missed.
// With --errors FILE it writes every error with its paragraph, for reading
// (FILE must lie outside the repo: PolNeAR's text is never committed).
// Without ../polnear it says so and exits 0.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../utils/analyze';
import { lexiconFor } from '../utils/lexicon';
import { findUnmarkedBlockquotes, mergeSpans } from '../utils/quotes/blockquotes';
import { filterQuotes } from '../utils/quotes/filter';
import { findQuotes } from '../utils/quotes/find';
import type { Analysis, Quote } from '../utils/types';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string | null): string | null => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const split = opt('--split', 'dev')!;
const polnear = resolve(opt('--polnear', resolve(ROOT, '../polnear'))!);
const scorer = resolve(ROOT, '../shared/corpus/score.mjs');
const errorsFile = opt('--errors', null);
const asJson = args.includes('--json');

interface GoldQuote {
  text: string;
  speaker: string | null;
  kind: string;
  cue?: string | null;
}
interface Gold {
  quotes: GoldQuote[];
  speakers: { name: string; aliases?: string[] }[];
  indirect?: { text: string; speaker: string }[];
}

// --- The scorer's matching, the same as score.mjs's (kept in step by hand: it is small) ---
const HONORIFICS = new Set(
  'mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister sen senator rep gov governor mayor gen general col judge justice chancellor secretary king queen prince princess the st rev'.split(' '),
);
const fold = (s: string | null | undefined) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string | null | undefined) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const nameWords = (s: string | null | undefined) => words(s).filter((t) => !HONORIFICS.has(t));

function overlap(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const t of a) count.set(t, (count.get(t) ?? 0) + 1);
  let n = 0;
  for (const t of b) {
    const c = count.get(t) ?? 0;
    if (c > 0) {
      n++;
      count.set(t, c - 1);
    }
  }
  return n;
}

function quoteScore(pred: string, gold: string): number {
  const a = words(pred);
  const b = words(gold);
  if (!a.length || !b.length) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const ov = overlap(short, long);
  if (ov / short.length < 0.6) return 0;
  if (short.length <= 4 && ov / long.length < 0.6) return 0;
  return ov / long.length + ov / short.length;
}

function sameSpeaker(pred: string | null, goldName: string | null, aliases: readonly string[] = []): boolean {
  if (pred == null || goldName == null) return pred == null && goldName == null;
  const p = nameWords(pred);
  if (!p.length) return false;
  for (const cand of [goldName, ...aliases]) {
    const g = nameWords(cand);
    if (!g.length) continue;
    if (p.join(' ') === g.join(' ')) return true;
    const [short, long] = p.length <= g.length ? [p, g] : [g, p];
    if (short.every((t) => long.includes(t))) return true;
  }
  return false;
}

function matchOneToOne<P, G>(preds: readonly P[], golds: readonly G[], score: (p: P, g: G) => number): [number, number][] {
  const pairs: [number, number, number][] = [];
  preds.forEach((p, i) =>
    golds.forEach((g, j) => {
      const s = score(p, g);
      if (s > 0) pairs.push([s, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

// --- Tallies ---
type SieveRow = { decisions: number; right: number; wrong: number; unresolved: number; onNull: number };
const sieves = new Map<string, SieveRow>();
const sieveRow = (name: string) => {
  let r = sieves.get(name);
  if (!r) sieves.set(name, (r = { decisions: 0, right: 0, wrong: 0, unresolved: 0, onNull: 0 }));
  return r;
};
const classes = {
  right: 0,
  'no speaker (no sieve decided)': 0,
  'no speaker (decided, not resolved)': 0,
  'wrong person': 0,
  'speaker given, gold null': 0,
  'no speaker, gold null': 0,
  'missed quote': 0,
  'extra quote': 0,
};
const speakerErrors = { 'predicted, not in gold': 0, 'in gold, not predicted': 0 };
/** Why a speaker is unmatched, from what its quotes say (see speakerCause). */
const speakerCauses = new Map<string, number>();
const indirect = { gold: 0, predicted: 0, matched: 0, right: 0, 'wrong person': 0, missed: 0 };
const cueWords = new Map<string, number>();
const errors: string[] = [];

function main(): number {
  const dir = join(polnear, split);
  if (!existsSync(join(dir, 'gold')) || !existsSync(join(dir, 'pages'))) {
    console.log(`score:polnear: ${dir} is absent (PolNeAR is converted outside the repo; see ../shared/tools/polnear/README.md). Nothing scored.`);
    return 0;
  }
  if (!existsSync(scorer)) {
    console.log(`score:polnear: the scorer ${scorer} is absent. Nothing scored.`);
    return 0;
  }
  if (errorsFile && resolve(errorsFile).startsWith(ROOT + '/')) {
    console.error('score:polnear: --errors must write outside the repo (PolNeAR text is never committed).');
    return 2;
  }
  const pred = mkdtempSync(join(tmpdir(), `cited-polnear-${split}-`));
  try {
    const names = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    const started = performance.now();
    for (const name of names) {
      const page = join(dir, 'pages', `${name}.html`);
      if (!existsSync(page)) continue;
      const { document } = parseHTML(readFileSync(page, 'utf8'));
      const analysis = analyze(document as unknown as Document, { url: `https://polnear.invalid/${name}.html`, includeBlocks: !!errorsFile });
      const gold = JSON.parse(readFileSync(join(dir, 'gold', `${name}.json`), 'utf8')) as Gold;
      tally(name, analysis, gold);
      delete analysis.blocks;
      writeFileSync(join(pred, `${name}.json`), JSON.stringify(analysis));
    }
    const seconds = (performance.now() - started) / 1000;
    const out = execFileSync(process.execPath, [scorer, '--gold', join(dir, 'gold'), '--pages', join(dir, 'pages'), '--pred', pred, '--json'], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
    });
    const summary = (JSON.parse(out) as { summary: Record<string, number> }).summary;
    report(summary, names.length, seconds);
    if (errorsFile) writeFileSync(errorsFile, errors.join('\n') + '\n');
    return 0;
  } finally {
    rmSync(pred, { recursive: true, force: true });
  }
}

function tally(name: string, analysis: Analysis, gold: Gold): void {
  const aliases = new Map(gold.speakers.map((s) => [s.name, s.aliases ?? []]));
  const pq = analysis.quotes.filter((q) => q.kind !== 'indirect');
  const pi = analysis.quotes.filter((q) => q.kind === 'indirect');
  const para = (q: Quote) => analysis.blocks?.[q.paragraph]?.text ?? '';
  const note = (cls: string, detail: string, q?: Quote) => {
    if (!errorsFile) return;
    errors.push(`## ${cls} · ${name}\n${detail}${q ? `\n  sieve=${q.sieve} cue=${JSON.stringify(q.cue)}\n  ¶ ${para(q)}` : ''}\n`);
  };

  for (const g of gold.quotes) if (g.cue) for (const w of words(g.cue)) cueWords.set(w, (cueWords.get(w) ?? 0) + 1);

  const m = matchOneToOne(pq, gold.quotes, (p, g) => quoteScore(p.text, g.text));
  const matchedG = new Set(m.map(([, j]) => j));
  const matchedP = new Set(m.map(([i]) => i));
  for (const [i, j] of m) {
    const p = pq[i]!;
    const g = gold.quotes[j]!;
    const row = p.sieve ? sieveRow(p.sieve) : sieveRow('(none)');
    if (g.speaker == null) {
      if (p.speaker != null) {
        classes['speaker given, gold null']++;
        row.onNull++;
        note('speaker given, gold null', `  “${p.text.slice(0, 80)}” got=${p.speaker} goldcue=${JSON.stringify(g.cue ?? null)}`, p);
      } else classes['no speaker, gold null']++;
      continue;
    }
    row.decisions++;
    if (sameSpeaker(p.speaker, g.speaker, aliases.get(g.speaker))) {
      row.right++;
      classes.right++;
    } else if (p.speaker == null) {
      if (p.sieve) {
        row.unresolved++;
        classes['no speaker (decided, not resolved)']++;
        note('no speaker (decided, not resolved)', `  “${p.text.slice(0, 80)}” gold=${g.speaker} goldcue=${JSON.stringify(g.cue ?? null)}`, p);
      } else {
        classes['no speaker (no sieve decided)']++;
        note('no speaker (no sieve decided)', `  “${p.text.slice(0, 80)}” gold=${g.speaker} goldcue=${JSON.stringify(g.cue ?? null)}`, p);
      }
    } else {
      row.wrong++;
      classes['wrong person']++;
      note('wrong person', `  “${p.text.slice(0, 80)}” gold=${g.speaker} got=${p.speaker} goldcue=${JSON.stringify(g.cue ?? null)}`, p);
    }
  }
  const why = errorsFile ? whyMissed(analysis) : null;
  gold.quotes.forEach((g, j) => {
    if (matchedG.has(j)) return;
    classes['missed quote']++;
    note('missed quote', `  “${g.text.slice(0, 100)}” gold=${g.speaker}${why ? why(g.text) : ''}`);
  });
  pq.forEach((p, i) => {
    if (matchedP.has(i)) return;
    classes['extra quote']++;
    note('extra quote', `  “${p.text.slice(0, 100)}” got=${p.speaker}`, p);
  });

  // Speakers, as score.mjs counts them: those with a quote in marks.
  const quoted = pq.filter((q) => q.speaker != null);
  const ps = analysis.speakers.filter((sp) => quoted.some((q) => sameSpeaker(q.speaker, sp.name)));
  const ms = matchOneToOne(ps, gold.speakers, (p, g) => (sameSpeaker(p.name, g.name, g.aliases) ? 1 : 0));
  const matchedS = new Set(ms.map(([i]) => i));
  const matchedGS = new Set(ms.map(([, j]) => j));
  // Each unmatched speaker gets a cause from the quotes both sides share: the other side's name
  // for the same quotes (a name form the scorer does not match), a speaker the other side has
  // matched elsewhere (split or merged), no speaker there, or no shared quote at all.
  const predOfGold = new Map<string, (string | null)[]>();
  const goldOfPred = new Map<string, (string | null)[]>();
  for (const [i, j] of m) {
    const p = pq[i]!.speaker;
    const g = gold.quotes[j]!.speaker;
    if (g != null) predOfGold.set(g, [...(predOfGold.get(g) ?? []), p]);
    if (p != null) goldOfPred.set(p, [...(goldOfPred.get(p) ?? []), g]);
  }
  const unmatchedP = new Set(ps.filter((_, i) => !matchedS.has(i)).map((sp) => sp.name));
  const unmatchedG = new Set(gold.speakers.filter((_, j) => !matchedGS.has(j)).map((g) => g.name));
  const cause = (side: 'predicted' | 'gold', name: string, names: (string | null)[] | undefined, unmatchedOther: Set<string>): string => {
    // The same name twice on one side: a person split in two (predicted), or a bare surname the gold keeps apart.
    const sameSide = side === 'predicted' ? ps.map((sp) => sp.name) : gold.speakers.map((g) => g.name);
    if (sameSide.some((n) => n !== name && sameSpeaker(n, name))) return side === 'predicted' ? 'split (another predicted speaker has the name)' : 'the gold lists the name twice';
    if (!names?.length) return side === 'predicted' ? 'no quote in the gold' : 'its quotes missed';
    const named = names.filter((n): n is string => n != null);
    if (!named.length) return side === 'predicted' ? 'gold null on its quotes' : 'no speaker given';
    const other = named.find((n) => unmatchedOther.has(n));
    if (other) return 'name form';
    return side === 'predicted' ? 'quotes of a matched gold speaker (split/wrong)' : 'quotes given to a matched speaker (merged/wrong)';
  };
  ps.forEach((sp, i) => {
    if (matchedS.has(i)) return;
    speakerErrors['predicted, not in gold']++;
    const names = goldOfPred.get(sp.name);
    const c = `predicted: ${cause('predicted', sp.name, names, unmatchedG)}`;
    speakerCauses.set(c, (speakerCauses.get(c) ?? 0) + 1);
    note(`speaker ${c}`, `  ${sp.name} (${sp.category}, ${sp.quoteCount} quotes) gold on its quotes: ${JSON.stringify(names ?? [])}`);
  });
  gold.speakers.forEach((g, j) => {
    if (matchedGS.has(j)) return;
    speakerErrors['in gold, not predicted']++;
    const names = predOfGold.get(g.name);
    const c = `gold: ${cause('gold', g.name, names, unmatchedP)}`;
    speakerCauses.set(c, (speakerCauses.get(c) ?? 0) + 1);
    note(`speaker ${c}`, `  ${g.name} aliases=${JSON.stringify(g.aliases ?? [])} predicted on its quotes: ${JSON.stringify(names ?? [])}`);
  });

  const gi = gold.indirect ?? [];
  indirect.gold += gi.length;
  indirect.predicted += pi.length;
  const mi = matchOneToOne(pi, gi, (p, g) => quoteScore(p.text, g.text));
  const matchedI = new Set(mi.map(([, j]) => j));
  indirect.matched += mi.length;
  for (const [i, j] of mi) {
    if (sameSpeaker(pi[i]!.speaker, gi[j]!.speaker, aliases.get(gi[j]!.speaker))) indirect.right++;
    else {
      indirect['wrong person']++;
      note('indirect: wrong person', `  “${pi[i]!.text.slice(0, 100)}” gold=${gi[j]!.speaker} got=${pi[i]!.speaker}`, pi[i]);
    }
  }
  gi.forEach((g, j) => {
    if (matchedI.has(j)) return;
    indirect.missed++;
    // The paragraph that holds it, and what was predicted there (a span cut wrong shows beside it).
    const head = g.text.slice(0, 40);
    const b = analysis.blocks?.findIndex((bl) => bl.text.includes(head)) ?? -1;
    const near = pi.filter((p) => p.paragraph === b).map((p) => `\n  got “${p.text.slice(0, 100)}” =${p.speaker} cue=${JSON.stringify(p.cue)}`);
    note('indirect: missed', `  “${g.text.slice(0, 160)}” gold=${g.speaker}${near.join('')}${b >= 0 ? `\n  ¶ ${analysis.blocks![b]!.text}` : ''}`);
  });
}

/**
 * For the errors file: what became of a missed gold quote — a span the filter dropped
 * (and why), a span found with other bounds, or no span at all — with its paragraph.
 */
function whyMissed(analysis: Analysis): (text: string) => string {
  const blocks = analysis.blocks ?? [];
  const marked = findQuotes(blocks);
  const spans = mergeSpans(marked, findUnmarkedBlockquotes(blocks, marked));
  const { dropped } = filterQuotes(blocks, spans, lexiconFor(analysis.lang));
  return (text) => {
    const d = dropped.find((x) => quoteScore(x.span.text, text) > 0);
    const near = spans.filter((x) => quoteScore(x.text, text) === 0 && overlap(words(x.text), words(text)) > 0);
    const head = words(text).slice(0, 4).join(' ');
    const b = d ? d.span.block : blocks.findIndex((bl) => words(bl.text).join(' ').includes(head));
    const what = d ? `dropped: ${d.reason}` : near.length ? `other span: ${near.map((x) => `“${x.text.slice(0, 80)}”`).join(' ')}` : 'no span';
    return `\n  ${what}${b >= 0 ? `\n  ¶ ${blocks[b]!.text}` : ''}`;
  };
}

function report(summary: Record<string, number>, pages: number, seconds: number): void {
  const f = (x: number | undefined) => (x ?? 0).toFixed(3);
  const sieveTable = [...sieves.entries()]
    .sort((a, b) => b[1].decisions - a[1].decisions)
    .map(([name, r]) => ({ sieve: name, ...r, precision: r.decisions ? r.right / r.decisions : 0 }));
  if (asJson) {
    console.log(JSON.stringify({ split, pages, summary, sieves: sieveTable, errors: classes, speakers: { ...speakerErrors, causes: Object.fromEntries(speakerCauses) }, indirect }, null, 2));
    return;
  }
  console.log(`PolNeAR ${split}: ${pages} pages analysed in ${seconds.toFixed(1)} s, scored by ../shared/corpus/score.mjs`);
  console.log(
    `summary: quote_f1=${f(summary.quote_f1)} (p=${f(summary.quote_p)} r=${f(summary.quote_r)}) attribution=${f(summary.attribution)} ` +
      `e2e_r=${f(summary.e2e_r)} e2e_p=${f(summary.e2e_p)} speaker_f1=${f(summary.speaker_f1)} ` +
      `indirect_r=${f(summary.indirect_r)} indirect_attribution=${f(summary.indirect_attribution)} failed=${summary.failed}`,
  );
  console.log('\nper sieve, on matched quotes whose gold names a speaker (onNull: speakers given where the gold has none):');
  console.log('sieve            decisions  right  wrong  unresolved  precision  onNull');
  for (const r of sieveTable) {
    console.log(
      `${r.sieve.padEnd(16)} ${String(r.decisions).padStart(9)} ${String(r.right).padStart(6)} ${String(r.wrong).padStart(6)} ${String(r.unresolved).padStart(11)} ${r.precision.toFixed(3).padStart(10)} ${String(r.onNull).padStart(7)}`,
    );
  }
  console.log('\nerror classes (quotes in marks):');
  for (const [k, v] of Object.entries(classes)) console.log(`  ${k.padEnd(38)} ${v}`);
  console.log(`\nspeakers: ${speakerErrors['predicted, not in gold']} predicted but not in the gold, ${speakerErrors['in gold, not predicted']} in the gold but not predicted`);
  for (const [k, v] of [...speakerCauses.entries()].sort()) console.log(`  ${k.padEnd(60)} ${v}`);
  console.log('\nreported speech (indirect):');
  console.log(
    `  gold ${indirect.gold}, predicted ${indirect.predicted}, matched ${indirect.matched} (recall ${f(indirect.matched / (indirect.gold || 1))}), ` +
      `right ${indirect.right} (attribution ${f(indirect.right / (indirect.matched || 1))}), wrong person ${indirect['wrong person']}, missed ${indirect.missed}`,
  );
  if (args.includes('--cues')) {
    console.log('\nwords of the gold cues, by frequency:');
    console.log(
      [...cueWords.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 80)
        .map(([w, n]) => `${w} ${n}`)
        .join(', '),
    );
  }
  if (errorsFile) console.log(`\nerrors written to ${errorsFile}`);
}

process.exitCode = main();
