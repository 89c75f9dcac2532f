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
}

export class UsageError extends Error {}

export const USAGE = `Usage: cited [--json | --csv | --md] [options] FILE_OR_URL...

Who is quoted in a news article, saying what, and who are they.

Inputs: HTML files, plain-text files (paragraphs separated by blank lines),
http(s) URLs, or - for standard input. Several inputs are read in order.

Formats:
  --json        one Analysis JSON object per input, one per line (default)
  --csv         one row per quote: speaker, category, description, quote,
                kind, cue, source title, url (header row once)
  --md          Markdown, grouped by speaker (also --markdown)

Options:
  --bom         CSV: start with a UTF-8 byte-order mark (for spreadsheets)
  --timeout=S   give up on a URL after S seconds (default 20)
  --debug       stack traces and timings on standard error
  -h, --help    show this help
  --version     print the version

A bad input gets one line on standard error and the others are still read;
the exit status is 1 if any input failed, 2 for a usage error.
A page without an article is printed with status "no-article" (not an error).`;

const DEFAULT_TIMEOUT_MS = 20_000;

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = {
    format: 'json', inputs: [], help: false, version: false, debug: false, bom: false, timeoutMs: DEFAULT_TIMEOUT_MS,
  };
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
    if (inline !== undefined && name !== '--timeout') throw new UsageError(`option ${name} takes no value`);
  }
  if (formats > 1) throw new UsageError('choose one format: --json, --csv or --md');
  if (opts.bom && opts.format !== 'csv') throw new UsageError('--bom applies to --csv only');
  return opts;
}

function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 2 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}
