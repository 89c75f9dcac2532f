// The `cited` command: files, folders, WARC and JSON Lines archives, URLs or
// standard input → analyze → JSON Lines, CSV or Markdown on standard output,
// on all cores (batch.ts). A bad input or record gets one line on standard
// error and the rest go on.
//
//   npm run --silent cited -- [--json|--csv|--md] FILE_FOLDER_OR_URL...
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Analysis } from '../utils/types';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { runBatch } from './batch';
import { analyzeText, oneLine } from './job';
import { DEFAULT_LIMITS, loadInput, type LoadLimits } from './load';

export interface CliIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  /** Override the size, time and redirect limits (tests). */
  limits?: Partial<LoadLimits>;
}

/** Run the command; resolves to the exit status (0 ok, 1 an input failed, 2 usage). */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`cited: ${err.message}\nTry "cited --help".\n`);
    return 2;
  }
  if (opts.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`cited ${version()}\n`);
    return 0;
  }
  if (!opts.inputs.length) {
    io.stderr.write(`cited: no input given\n${USAGE}\n`);
    return 2;
  }
  if (opts.inputs.filter((i) => i === '-').length > 1) {
    io.stderr.write('cited: standard input (-) can be read only once\n');
    return 2;
  }

  const limits: LoadLimits = { ...DEFAULT_LIMITS, timeoutMs: opts.timeoutMs, ...io.limits };
  return runBatch(opts, io, limits);
}

/** Read one input and analyse it (HTML through linkedom, text as blank-line paragraphs). */
export async function analyzeInput(
  input: string,
  limits: LoadLimits,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<Analysis> {
  const loaded = await loadInput(input, limits, stdin);
  return analyzeText(loaded.text, loaded.html, loaded.url);
}

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Run as a program: real streams, exit status set when done. */
export async function runCli(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  fewerFullCollections();
  lighterOptimisation();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // `cited … | head -1`: the reader went away; stop quietly.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  try {
    process.exitCode = await main(argv, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
  } catch (err) {
    process.stderr.write(`cited: internal error: ${oneLine(err)}\n`);
    if (argv.includes('--debug') && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
    process.exitCode = 1;
  }
}

/**
 * Let the old generation grow 4× its live size between full collections (V8 picks 1.1–2× for a heap this
 * small: a batch run keeps about 15 MB alive, so V8 ran a full collection every 70–90 articles). Each full
 * collection also drops the optimised code of functions made anew for each article (closures, callbacks),
 * which V8 then compiles again on its helper threads: over 2,000 generated pages with one thread, 27 → 10
 * full collections, helper-thread CPU 1.14 → 0.76 ms an article after the first 1,000, RSS at most
 * 154 → 187 MB. V8 reads the flag at each collection, and worker threads share it; set only when run as
 * the program, never when `main` is called in-process.
 */
function fewerFullCollections(): void {
  setFlagsFromString('--heap-growing-percent=300');
}

/**
 * Let V8's optimising compiler inline less into each function it optimises (a cumulative budget of
 * INLINE_BUDGET bytes of bytecode, V8's default being 920). Optimising the pipeline's large functions
 * (Readability's, the name and clause readers) with deep inlining took about 2 s of helper-thread CPU
 * over the first few hundred articles of each thread, paid again by every worker thread: with two
 * threads on two cores, that time is taken from the analysis. With the smaller budget the helper threads
 * compile about a fifth less and the articles take the same main-thread CPU (see README, Performance).
 */
function lighterOptimisation(): void {
  if (process.env.CITED_V8_INLINE !== 'default') setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
}
const INLINE_BUDGET = 150;

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === import.meta.url || realpathSync(entry) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) await runCli();
