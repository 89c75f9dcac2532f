// Where jobs run: on the main thread (--workers 1), or on the main thread and a
// pool of N − 1 worker threads (--workers N: N threads analyse, the main thread
// being one of them, so N cores pay for N − 1 thread start-ups and JIT warm-ups,
// not N). Workers start as work arrives (a run with one article starts none;
// the main thread analyses while they load), each holds up to two jobs (one
// analysed, one waiting), the main thread analyses what the workers cannot take,
// and a worker that dies is replaced, the job it was analysing reported as
// failed, the waiting one given to another. The worker is
// cli/worker.ts under tsx and dist/worker.mjs when built: found next to this
// file's own URL either way.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult, type JobSettings } from './job';
import { errorMessage } from '../utils/errors';

export interface Runner {
  /** Start a job (the caller waits for room first, see `busy`). */
  submit(job: Job): void;
  /** Jobs submitted and not yet answered. */
  readonly busy: number;
  /** Resolves when every submitted job has answered. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** --workers 1: each job runs on the main thread as it is submitted. */
export class InlineRunner implements Runner {
  readonly busy = 0;
  constructor(
    private readonly settings: JobSettings,
    private readonly onResult: (r: JobResult) => void,
  ) {}
  submit(job: Job) {
    this.onResult(runJob(job, this.settings));
  }
  async idle() {}
  async close() {}
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Posted to the worker and not answered yet, oldest (the one it is analysing) first. */
  jobs: Job[];
}

/**
 * Jobs posted to a worker ahead of its answer: with a second one waiting in its
 * queue, a worker goes straight on to the next article instead of idling until the
 * main thread (busy reading the next WARC record, or waiting for a core) answers.
 */
const PER_WORKER = 2;

/** The largest page the main thread analyses itself once workers run (corpus pages are 50 KB–1 MB). */
const INLINE_MAX_BYTES = 1 << 20;

export class ThreadPool implements Runner {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  private startFailures = 0;
  private closed = false;
  /** A worker has started: from then on a worker that cannot start is replaced, not given up on. */
  private booted = false;
  private inlineScheduled = false;
  private noThreads = false;

  /** Worker threads: one fewer than the threads that analyse (`size`), the main thread being the other. */
  private readonly threads: number;

  constructor(
    size: number,
    private readonly settings: JobSettings,
    private readonly onResult: (r: JobResult) => void,
    private readonly onNotice?: (text: string) => void,
  ) {
    this.threads = Math.max(1, size - 1);
  }

  get busy() {
    return this.inFlight;
  }

  submit(job: Job) {
    this.inFlight++;
    this.queue.push(job);
    this.dispatch();
  }

  idle(): Promise<void> {
    if (!this.inFlight) return Promise.resolve();
    return new Promise((ok) => this.waiters.push(ok));
  }

  async close() {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }

  private dispatch() {
    this.toWorkers();
    this.inline();
  }

  /** Queued jobs to workers that have room; more workers started while jobs wait. */
  private toWorkers() {
    // Fill every worker to one job first, then the second, so a short run spreads over all of them.
    for (let depth = 1; depth <= PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (slot.ready && slot.jobs.length < depth) this.post(slot, this.queue.shift()!);
      }
    }
    let starting = this.slots.filter((s) => !s.ready).length;
    while (!this.noThreads && this.queue.length > starting && this.slots.length < this.threads) {
      this.spawn();
      starting++;
    }
  }

  /**
   * The main thread analyses a queued job itself when no worker can take it: while
   * the workers load (a second or more; the main thread has the core loaded
   * already), and later whenever every worker already holds two (pages up to 1 MB).
   * One job per turn of the event loop, so that reading and the workers' messages
   * still get through.
   */
  private inline() {
    if (this.inlineScheduled || !this.queue.length) return;
    this.inlineScheduled = true;
    setImmediate(() => {
      this.inlineScheduled = false;
      if (this.closed || !this.queue.length) return;
      // A worker that freed up since takes the job first.
      this.toWorkers();
      if (!this.queue.length) return;
      // Once a worker runs, the main thread leaves large pages (seconds, at worst) to the workers: while it
      // analyses, it reads nothing and the workers' queues run dry.
      const anyReady = this.slots.some((s) => s.ready);
      const at = anyReady ? this.queue.findIndex((job) => job.payload.bytes.byteLength <= INLINE_MAX_BYTES) : 0;
      if (at < 0) return;
      const [job] = this.queue.splice(at, 1);
      this.answer(runJob(job!, this.settings));
      this.dispatch();
    });
  }

  private post(slot: Slot, job: Job) {
    slot.jobs.push(job);
    const bytes = job.payload.bytes;
    // Hand the page's bytes over rather than copying them; a view into a bigger buffer is copied first.
    // (new Uint8Array(view) copies; Buffer#slice would not.)
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
    job.payload.bytes = own;
    try {
      slot.worker.postMessage(job, [own.buffer as ArrayBuffer]);
    } catch (err) {
      slot.jobs.pop();
      this.answer(failure(job, `internal error: ${errorMessage(err)}`));
    }
  }

  private spawn() {
    const slot: Slot = { worker: startWorker(this.settings), ready: false, jobs: [] };
    this.slots.push(slot);
    slot.worker.on('message', (m: JobResult | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        this.booted = true;
        this.startFailures = 0;
        this.dispatch();
        return;
      }
      // A worker answers in the order it was given jobs.
      slot.jobs.shift();
      this.answer(m);
      this.dispatch();
    });
    let reason = '';
    slot.worker.on('error', (err) => (reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err)));
    slot.worker.on('exit', (code) => {
      this.slots = this.slots.filter((s) => s !== slot);
      if (this.closed) return;
      const why = `worker thread stopped (${reason.split('\n')[0] || `exit ${code}`})`;
      if (!slot.ready && !this.booted && ++this.startFailures >= 3 && !this.noThreads) {
        // Workers cannot start at all: the main thread does the work (see inline).
        this.noThreads = true;
        this.onNotice?.(`${why}; analysing on the main thread instead`);
      }
      // The job it was analysing failed; those still waiting in its queue go to another worker.
      const [running, ...waiting] = slot.jobs;
      this.queue.unshift(...waiting);
      if (running) this.answer(failure(running, `internal error: ${why}`));
      this.dispatch();
    });
  }

  private answer(result: JobResult) {
    this.inFlight--;
    this.onResult(result);
    if (!this.inFlight) for (const ok of this.waiters.splice(0)) ok();
  }
}

function failure(job: Job, error: string): JobResult {
  return { seq: job.seq, name: job.name, source: job.source, output: '', status: null, quotes: 0, speakers: 0, error, ms: 0 };
}

/** The worker entry beside this module: worker.ts (run through tsx) in the sources, worker.mjs when built. */
function startWorker(settings: JobSettings): Worker {
  const here = import.meta.url;
  if (!/\.ts$/.test(new URL(here).pathname)) {
    return new Worker(new URL('./worker.mjs', here), { workerData: settings });
  }
  const target = new URL('./worker.ts', here).href;
  // Loader hooks given as execArgv do not reach a worker's own entry module, so the
  // worker registers tsx itself before importing the TypeScript entry.
  const boot = `import(${JSON.stringify(tsxApi())}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { eval: true, workerData: settings });
}

function tsxApi(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
    return pathToFileURL(pkg.replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  }
}
