// Analysis → JSON. The export file is the Analysis itself, with the time of
// extraction and the producer in front, so anything that reads an Analysis
// reads an export too.
import type { Analysis } from '../types';

export interface JsonOptions {
  /** When the page was analysed; written as an ISO 8601 string. Omitted when absent. */
  extractedAt?: Date | string;
  /** Indent with two spaces (default true); false gives one line, as the CLI prints. */
  pretty?: boolean;
  /** Keep `blocks` when the analysis carries them (default false: they repeat the whole article). */
  includeBlocks?: boolean;
}

export interface AnalysisExport extends Analysis {
  generator?: string;
  extractedAt?: string;
}

export function toJson(analysis: Analysis, options: JsonOptions = {}): string {
  const { blocks, ...rest } = analysis;
  const body: AnalysisExport = options.includeBlocks && blocks ? { ...rest, blocks } : rest;
  const out: AnalysisExport =
    options.extractedAt === undefined
      ? body
      : { generator: 'Cited', extractedAt: isoTime(options.extractedAt), ...body };
  return options.pretty === false ? JSON.stringify(out) : JSON.stringify(out, null, 2) + '\n';
}

function isoTime(value: Date | string): string {
  if (typeof value === 'string') return value;
  return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
}
