// Command-line options of `cited`.

export type Format = 'json' | 'csv' | 'md';

export interface CliOptions {
  format: Format;
  inputs: string[];
  help: boolean;
  version: boolean;
  debug: boolean;
  /** CSV only: start with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Fetch timeout for URLs, in milliseconds. */
  timeoutMs: number;
  /** Worker threads; null = one per core. 1 = analyse on the main thread. */
  workers: number | null;
  /** Write results in input order rather than as they finish. */
  ordered: boolean;
  /** Read standard input and named files (not folders' files, not WARCs) as JSON Lines. */
  jsonl: boolean;
  /** Resume into this JSON Lines file: skip what it holds, append the rest. */
  resume: string | null;
  /** Exit 0 even when some inputs failed (they are still reported on standard error). */
  exitZero: boolean;
  /** Progress line on standard error: null = only when it is a terminal. */
  progress: boolean | null;
}

export class UsageError extends Error {}

export const USAGE = `Usage: cited [--json | --csv | --md] [options] FILE_OR_URL...

Who is quoted in a news article, saying what, and who are they.

Inputs: HTML files, plain-text files (paragraphs separated by blank lines),
http(s) URLs, or - for standard input, mixed freely, and for archives:
  FOLDER        every .html/.htm/.txt/.warc/.warc.gz/.jsonl file in it, recursively
  *.warc[.gz]   each response record with an HTML page (its target URI is the URL)
  *.jsonl       JSON Lines: one {"url": …, "html": …} or {"url": …, "text": …} per line
                (also .ndjson, and .gz of either)

Formats:
  --json        one Analysis JSON object per input, one per line (default)
  --csv         one row per quote: speaker, category, description, quote,
                kind, cue, source title, url (header row once)
  --md          Markdown, grouped by speaker (also --markdown)

Options:
  --jsonl       read standard input (-) and named files as JSON Lines (whatever
                their names); \`cited --jsonl -\` is a mapper for Spark, Hadoop
                Streaming or GNU parallel
  --workers=N   analyse on N threads (default: one per core; 1 = no threads)
  --ordered     write results in input order (default: as they finish;
                Markdown is always in input order)
  --resume=OUT  append JSON Lines to OUT, skipping the articles it already
                holds (run the same command again after an interruption)
  --progress    progress line on standard error (default: only on a terminal)
  --no-progress no progress line
  --exit-zero   exit 0 even if some inputs failed (for cluster engines)
  --bom         CSV: start with a UTF-8 byte-order mark (for spreadsheets)
  --timeout=S   give up on a URL after S seconds (default 20)
  --debug       stack traces and timings on standard error
  -h, --help    show this help
  --version     print the version

A bad input or record gets one line on standard error and the others are
still read; the exit status is 1 if any input failed, 2 for a usage error.
Each JSON line carries its "source": the file, WARC record offset or line.
A page without an article is printed with status "no-article" (not an error).`;

const DEFAULT_TIMEOUT_MS = 20_000;

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = {
    format: 'json', inputs: [], help: false, version: false, debug: false, bom: false, timeoutMs: DEFAULT_TIMEOUT_MS,
    workers: null, ordered: false, jsonl: false, resume: null, exitZero: false, progress: null,
  };
  const takesValue = new Set(['--timeout', '--workers', '--resume']);
  let formats = 0;
  let rest = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (rest || arg === '-' || !arg.startsWith('-')) {
      opts.inputs.push(arg);
      continue;
    }
    const [name, inline] = splitOption(arg);
    switch (name) {
      case '--':
        rest = true;
        break;
      case '--json':
      case '--csv':
      case '--md':
      case '--markdown':
        opts.format = name === '--markdown' ? 'md' : (name.slice(2) as Format);
        formats++;
        break;
      case '--bom':
        opts.bom = true;
        break;
      case '--debug':
        opts.debug = true;
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--version':
        opts.version = true;
        break;
      case '--ordered':
        opts.ordered = true;
        break;
      case '--jsonl':
        opts.jsonl = true;
        break;
      case '--exit-zero':
        opts.exitZero = true;
        break;
      case '--progress':
      case '--no-progress':
        opts.progress = name === '--progress';
        break;
      case '--workers': {
        const value = inline ?? argv[++i];
        const n = Number(value);
        if (value === undefined || value === '' || !Number.isInteger(n) || n < 1 || n > 256) {
          throw new UsageError(`--workers needs a whole number from 1 to 256, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
        }
        opts.workers = n;
        break;
      }
      case '--resume': {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '' || value === '-') throw new UsageError('--resume needs the output file to resume into');
        opts.resume = value;
        break;
      }
      case '--timeout': {
        const value = inline ?? argv[++i];
        const seconds = Number(value);
        if (value === undefined || value === '' || !Number.isFinite(seconds) || seconds <= 0) {
          throw new UsageError(`--timeout needs a positive number of seconds, got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
        }
        opts.timeoutMs = Math.round(seconds * 1000);
        break;
      }
      default:
        throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    }
    if (inline !== undefined && !takesValue.has(name)) throw new UsageError(`option ${name} takes no value`);
  }
  if (formats > 1) throw new UsageError('choose one format: --json, --csv or --md');
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom applies to --csv only');
  if (opts.resume !== null && opts.format !== 'json') throw new UsageError('--resume works with JSON Lines output (--json) only');
  return opts;
}

function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 2 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
