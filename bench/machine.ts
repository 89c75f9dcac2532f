// How far this machine's cores scale by themselves, as the context for
// batch_speedup: three fixed kernels, each run in one worker thread alone and
// then in N worker threads at once, with no communication and no shared data.
// A kernel's speedup is N × (time alone) ÷ (time of the slowest of N at once):
// N on an ideal machine. The kernels:
//   - compute: integer arithmetic in registers (no memory traffic);
//   - memory: strided reads over a 64 MB array (the cores share the memory bus
//     and the last-level cache);
//   - allocation: page-sized trees of small objects made, walked and dropped, as
//     parsing a page's DOM and analysing it do (V8's young generation and its
//     collector, in each thread's own heap).
// Where allocation scales far below N, no batch of DOM-building work on this
// machine can reach N either: the bound is the hardware, not the pool.
import { Worker } from 'node:worker_threads';
import { median, round } from './stats';

export interface MachineScaling {
  threads: number;
  /** Per kernel: N × time alone ÷ time of N at once (median of the rounds). */
  compute: number | null;
  memory: number | null;
  allocation: number | null;
}

const KERNELS = {
  compute: `let x = 1; for (let i = 0; i < 2e8; i++) x = (x * 1103515245 + 12345) | 0; return x;`,
  memory: `const a = new Float64Array(8 << 20); for (let i = 0; i < a.length; i++) a[i] = i;
    let s = 0; for (let r = 0; r < 12; r++) for (let i = r & 7; i < a.length; i += 8) s += a[i]; return s;`,
  allocation: `let sum = 0;
    for (let page = 0; page < 60; page++) {
      const nodes = [{ tag: 'body', text: '', children: [] }];
      for (let i = 1; i < 20000; i++) {
        const node = { tag: i % 3 ? 'p' : 'div', text: 'word ' + i + ' of page ' + page, children: [], attrs: { class: 'c' + (i % 40) } };
        nodes[(i - 1) >> 2].children.push(node);
        nodes.push(node);
      }
      const stack = [nodes[0]];
      while (stack.length) { const n = stack.pop(); sum += n.text.length; for (const c of n.children) stack.push(c); }
    }
    return sum;`,
} as const;

type Kernel = keyof typeof KERNELS;

/** Run `kernel` in `n` worker threads at once; resolves with each thread's time in ms. */
function runAtOnce(kernel: Kernel, n: number): Promise<number[]> {
  const code = `const { parentPort } = require('node:worker_threads');
    parentPort.once('message', () => { const t = performance.now(); (() => { ${KERNELS[kernel]} })(); parentPort.postMessage(performance.now() - t); });
    parentPort.postMessage('ready');`;
  const workers = Array.from({ length: n }, () => new Worker(code, { eval: true }));
  let ready = 0;
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<number>((resolve, reject) => {
          w.on('error', reject);
          w.on('message', (m: unknown) => {
            // All start together, once every thread has loaded.
            if (m === 'ready') {
              if (++ready === n) for (const x of workers) x.postMessage('go');
              return;
            }
            void w.terminate();
            resolve(m as number);
          });
        }),
    ),
  );
}

/** The three kernels' speedups on `threads` threads, median of `rounds` rounds (about 2 s per kernel and round on 2 cores). */
export async function machineScaling(threads: number, rounds = 3): Promise<MachineScaling> {
  const out: MachineScaling = { threads, compute: null, memory: null, allocation: null };
  if (threads < 2) return out;
  for (const kernel of Object.keys(KERNELS) as Kernel[]) {
    const speedups: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const [alone] = await runAtOnce(kernel, 1);
      const together = await runAtOnce(kernel, threads);
      speedups.push((threads * alone!) / Math.max(...together));
    }
    out[kernel] = round(median(speedups), 3);
  }
  return out;
}
