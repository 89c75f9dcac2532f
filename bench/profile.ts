// Where does the pipeline spend its time? Profiles analyzeArticle on one case
// (a scaling/pathological case name) or one HTML page and prints the functions
// with the most self time, with file and line.
//   node --import tsx bench/profile.ts article-x10
//   node --import tsx bench/profile.ts ../shared/corpus/robustness/wikipedia.html
import { readFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../utils/analyze';
import { extractArticle } from '../utils/article/extract';
import { buildCase, PATHOLOGICAL_CASES, SCALING_CASES } from './cases';
import { listPages, scalingBase } from './node';

const what = process.argv[2] ?? 'article-x10';
const repeat = Number(process.argv[3] ?? 3);
const load = (file: string) => {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const a = extractArticle(document as unknown as Document, { url: 'https://example.org/' + path.basename(file) });
  if (!a) throw new Error(`${file}: no article`);
  return a;
};
const spec = [...SCALING_CASES, ...PATHOLOGICAL_CASES].find((c) => c.name === what);
const article = spec ? buildCase(spec, load(scalingBase(listPages())!.file)) : load(what);

const session = new Session();
session.connect();
const post = <T>(method: string, params?: object) =>
  new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));

analyzeArticle(article); // warm-up
await post('Profiler.enable');
await post('Profiler.setSamplingInterval', { interval: 200 });
await post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < repeat; i++) analyzeArticle(article);
const ms = (performance.now() - t0) / repeat;
const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');

/** tsx compiles each file to one line, so find the function's line in the source by its name. */
const sourceLine = (file: string, name: string, line: number): string => {
  if (line > 1 || !name || !file.startsWith('/')) return `${line}`;
  try {
    const src = readFileSync(file, 'utf8').split('\n');
    const re = new RegExp(`(function\\s+${name}\\b|\\b${name}\\s*[=:(]\\s*(async\\s*)?(\\(|function|<))`);
    const i = src.findIndex((l) => re.test(l));
    return i >= 0 ? `${i + 1}` : '?';
  } catch {
    return '?';
  }
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
const deltas = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => {
  const f = byId.get(id)!.callFrame;
  const file = f.url.replace(/^file:\/\//, '');
  const key = `${f.functionName || '(anonymous)'}  ${path.relative(process.cwd(), file) || f.url}:${sourceLine(file, f.functionName, f.lineNumber + 1)}`;
  self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`${what}: ${article.blocks.length} blocks, ${ms.toFixed(1)} ms per analyzeArticle (${repeat} runs)`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${((100 * v) / total).toFixed(1).padStart(5)} %  ${(v / 1000 / repeat).toFixed(1).padStart(8)} ms  ${k}`);
}
