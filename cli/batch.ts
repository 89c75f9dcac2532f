// A run of the `cited` command over any number of articles: inputs → jobs
// (sources.ts) → main thread or worker threads (pool.ts) → results written as
// they finish (or in input order with --ordered), with a bounded number in
// flight so memory stays flat however long the run.
import { availableParallelism } from 'node:os';
import { closeSync, createWriteStream, existsSync, openSync, readSync, statSync, truncateSync, createReadStream } from 'node:fs';
import { csvHeader } from '../utils/export';
import type { CliOptions } from './args';
import type { CliIO } from './cited';
import { sourceKey, type JobResult } from './job';
import { splitLines } from './lines';
import { type LoadLimits } from './load';
import { InlineRunner, ThreadPool, type Runner } from './pool';
import { planInputs, produce, type Item } from './sources';

interface Sink {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Run over all inputs; resolves to the exit status. */
export async function runBatch(opts: CliOptions, io: CliIO, limits: LoadLimits): Promise<number> {
  const workers = opts.workers ?? availableParallelism();
  const stderr = io.stderr;
  let skip: Set<string> | null = null;
  let out: Sink = io.stdout;
  let file: ReturnType<typeof createWriteStream> | null = null;
  if (opts.resume) {
    try {
      skip = await readDone(opts.resume);
      file = createWriteStream(opts.resume, { flags: 'a' });
      await new Promise<void>((ok, fail) => file!.once('open', () => ok()).once('error', fail));
    } catch (err) {
      stderr.write(`cited: ${opts.resume}: cannot resume (${(err as Error).message})\n`);
      return 2;
    }
    out = file;
  }

  const { units, totalBytes } = planInputs(opts.inputs, opts.jsonl);
  const progressState = { bytesRead: 0, skipped: 0 };
  const items = produce(units, { limits, stdin: io.stdin, skip, progress: progressState });
  const progress = new Progress(stderr, opts.progress ?? (stderr as { isTTY?: boolean }).isTTY === true, totalBytes, progressState);
  const collector = new Collector(opts, out, stderr, progress, workers);

  // Look ahead two articles: a run with only one needs no threads.
  const head: Item[] = [];
  let jobs = 0;
  let ended = false;
  while (jobs < 2) {
    const next = await items.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    if ('job' in next.value) jobs++;
  }
  const runner: Runner =
    workers > 1 && jobs > 1
      ? new ThreadPool(workers, { format: opts.format }, (r) => collector.accept(r), (text) => collector.note(text))
      : new InlineRunner({ format: opts.format }, (r) => collector.accept(r));
  collector.runner = runner;
  progress.start();
  try {
    const feed = async (item: Item) => {
      if ('note' in item) return collector.note(item.note);
      await collector.room();
      if ('job' in item) {
        collector.submitted++;
        runner.submit(item.job);
      } else {
        collector.submitted++;
        collector.accept(item.result);
      }
    };
    for (const item of head) await feed(item);
    if (!ended) for await (const item of items) await feed(item);
    await runner.idle();
    await collector.flushed();
  } finally {
    await runner.close();
    progress.stop(collector);
    if (file) await new Promise<void>((ok) => file!.end(ok));
  }
  if (collector.failed && opts.exitZero) return 0;
  return collector.failed ? 1 : 0;
}

/** Orders (with --ordered), formats and writes results; counts; bounds what is in flight. */
class Collector {
  runner: Runner | null = null;
  submitted = 0;
  emitted = 0;
  failed = 0;
  articles = 0;
  quotes = 0;
  private next = 0;
  private pending = new Map<number, JobResult>();
  private blocked = false;
  private wakers: (() => void)[] = [];
  private readonly ordered: boolean;
  private readonly window: number;

  constructor(
    private readonly opts: CliOptions,
    private readonly out: Sink,
    private readonly stderr: CliIO['stderr'],
    private readonly progress: Progress,
    workers: number,
  ) {
    // Markdown is a document for people: always in input order.
    this.ordered = opts.ordered || opts.format === 'md';
    this.window = Math.max(8, workers * 4);
  }

  /** Resolves when another job may start: few enough in flight and the output not backed up. */
  async room() {
    while (this.blocked || this.submitted - this.emitted >= this.window) {
      await new Promise<void>((ok) => this.wakers.push(ok));
    }
  }

  async flushed() {
    while (this.blocked || this.emitted < this.submitted) await new Promise<void>((ok) => this.wakers.push(ok));
  }

  note(text: string) {
    this.progress.clear();
    this.stderr.write(`cited: ${text}\n`);
  }

  accept(r: JobResult) {
    if (!this.ordered) this.emit(r);
    else {
      this.pending.set(r.seq, r);
      for (let x = this.pending.get(this.next); x; x = this.pending.get(this.next)) {
        this.pending.delete(this.next++);
        this.emit(x);
      }
    }
    this.wake();
  }

  private emit(r: JobResult) {
    this.emitted++;
    if (r.error) {
      this.failed++;
      this.progress.errors++;
      this.progress.clear();
      this.stderr.write(`cited: ${r.name}: ${r.error}\n`);
      return;
    }
    this.articles++;
    this.quotes += r.quotes;
    this.progress.articles++;
    this.progress.quotes += r.quotes;
    if (r.note || this.opts.debug) this.progress.clear();
    if (r.note) this.stderr.write(`cited: ${r.name}: ${r.note}\n`);
    if (this.opts.debug) this.stderr.write(`cited: ${r.name}: ${r.status}, ${r.quotes} quotes, ${r.speakers} speakers, ${Math.round(r.ms)} ms\n`);
    let text = r.output;
    if (this.opts.format === 'csv' && this.articles === 1) text = (this.opts.bom ? '\uFEFF' : '') + csvHeader() + text;
    if (this.opts.format === 'md' && this.articles > 1) text = '\n---\n\n' + text;
    if (!text) return;
    if (this.out.write(text) === false && this.out.once) {
      this.blocked = true;
      this.out.once('drain', () => {
        this.blocked = false;
        this.wake();
      });
    }
  }

  private wake() {
    for (const ok of this.wakers.splice(0)) ok();
  }
}

/** The progress line on standard error: articles, rate, quotes, errors, time left. */
class Progress {
  articles = 0;
  quotes = 0;
  errors = 0;
  private shown = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly started = performance.now();

  constructor(
    private readonly stderr: CliIO['stderr'],
    private readonly enabled: boolean,
    private readonly totalBytes: number | null,
    private readonly state: { bytesRead: number; skipped: number },
  ) {}

  start() {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.render(), 250);
    this.timer.unref();
  }

  clear() {
    if (!this.shown) return;
    this.stderr.write('\r\x1b[K');
    this.shown = false;
  }

  stop(c: Collector) {
    if (this.timer) clearInterval(this.timer);
    if (!this.enabled) return;
    this.clear();
    const s = (performance.now() - this.started) / 1000;
    const skipped = this.state.skipped ? `, ${count(this.state.skipped, 'skipped (already in the output)')}` : '';
    this.stderr.write(`cited: ${count(c.articles, 'article')} in ${duration(s)} (${rate(c.articles, s)}/s), ${count(c.quotes, 'quote')}, ${count(c.failed, 'error')}${skipped}\n`);
  }

  private render() {
    const s = (performance.now() - this.started) / 1000;
    let left = '';
    const total = this.totalBytes;
    const read = this.state.bytesRead;
    if (total && read > 0 && s > 2 && read < total) left = `, ${duration(((total - read) * s) / read)} left`;
    else if (total && read >= total) left = ', finishing';
    this.stderr.write(`\r\x1b[Kcited: ${count(this.articles, 'article')} (${rate(this.articles, s)}/s), ${count(this.quotes, 'quote')}, ${count(this.errors, 'error')}${left}`);
    this.shown = true;
  }
}

const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}${n === 1 || what.includes(' ') ? '' : 's'}`;
const rate = (n: number, s: number) => (s > 0 ? (n / s).toFixed(n / s >= 10 ? 0 : 1) : '0');

function duration(s: number): string {
  if (s < 60) return `${Math.max(1, Math.round(s))} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
  return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min`;
}

/**
 * The sources an output file already holds, for --resume. A last line cut off
 * by an interruption is removed, so the appended results start on a line of their own.
 */
async function readDone(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  if (!existsSync(path)) return done;
  const size = statSync(path).size;
  if (size > 0) {
    const fd = openSync(path, 'r+');
    try {
      // Find the end of the last complete line.
      let end = size;
      const buf = Buffer.alloc(65536);
      for (;;) {
        const from = Math.max(0, end - buf.length);
        const n = readSync(fd, buf, 0, end - from, from);
        const nl = buf.subarray(0, n).lastIndexOf(0x0a);
        if (nl >= 0) {
          end = from + nl + 1;
          break;
        }
        end = from;
        if (from === 0) break;
      }
      if (end < size) truncateSync(path, end);
    } finally {
      closeSync(fd);
    }
  }
  for await (const item of splitLines(createReadStream(path), Number.MAX_SAFE_INTEGER)) {
    if (!('bytes' in item)) continue;
    try {
      const source = (JSON.parse(Buffer.from(item.bytes).toString('utf8')) as { source?: { input?: unknown; offset?: number; line?: number } }).source;
      if (source && typeof source.input === 'string') done.add(sourceKey(source as { input: string }));
    } catch {
      // not one of ours: ignored
    }
  }
  return done;
}
