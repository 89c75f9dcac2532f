// The `cited` command: files, URLs or standard input → analyze → JSON, CSV or
// Markdown on standard output. Each input is read and analysed in turn; a bad
// input gets one line on standard error and the rest go on.
//
//   npm run --silent cited -- [--json|--csv|--md] FILE_OR_URL...
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyze } from '../utils/analyze';
import { csvHeader, toCsv, toJson, toMarkdown } from '../utils/export';
import type { Analysis } from '../utils/types';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { InputError } from './decode';
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
  const out = new Output(opts, io.stdout);
  let failed = 0;
  for (const input of opts.inputs) {
    const name = input === '-' ? 'standard input' : input;
    const started = performance.now();
    try {
      const analysis = await analyzeInput(input, limits, io.stdin);
      out.write(analysis);
      if (analysis.status === 'no-article') io.stderr.write(`cited: ${name}: no article found (status "no-article")\n`);
      if (opts.debug) {
        const ms = Math.round(performance.now() - started);
        io.stderr.write(`cited: ${name}: ${analysis.status}, ${analysis.quotes.length} quotes, ${analysis.speakers.length} speakers, ${ms} ms\n`);
      }
    } catch (err) {
      failed++;
      if (err instanceof InputError) io.stderr.write(`cited: ${name}: ${err.message}\n`);
      else io.stderr.write(`cited: ${name}: internal error: ${oneLine(err)}${opts.debug ? '' : ' (run with --debug for details)'}\n`);
      if (opts.debug && err instanceof Error && err.stack) io.stderr.write(err.stack + '\n');
    }
  }
  return failed ? 1 : 0;
}

/** Read one input and analyse it (HTML through linkedom, text as blank-line paragraphs). */
export async function analyzeInput(
  input: string,
  limits: LoadLimits,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<Analysis> {
  const loaded = await loadInput(input, limits, stdin);
  const url = loaded.url ?? undefined;
  if (!loaded.html) return analyze({ text: loaded.text, url: loaded.url }, { url });
  const { document } = parseHTML(loaded.text);
  return analyze(document as unknown as Document, { url });
}

/** Writes each analysis in the chosen format as soon as it is ready. */
class Output {
  private count = 0;
  constructor(
    private readonly opts: CliOptions,
    private readonly stdout: CliIO['stdout'],
  ) {}

  write(analysis: Analysis) {
    const first = this.count++ === 0;
    switch (this.opts.format) {
      case 'json':
        this.stdout.write(toJson(analysis, { pretty: false }) + '\n');
        break;
      case 'csv':
        // The header once, before the first page's rows.
        if (first) this.stdout.write((this.opts.bom ? '\uFEFF' : '') + csvHeader());
        this.stdout.write(toCsv(analysis, { header: false }));
        break;
      case 'md':
        this.stdout.write((first ? '' : '\n---\n\n') + toMarkdown(analysis));
        break;
    }
  }
}

function oneLine(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.split('\n')[0]!.slice(0, 300);
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
