// Exports shared by the CLI and the popup: pure functions from an Analysis to a string.
export { toCsv, csvCell, csvRow, csvHeader, CSV_COLUMNS } from './csv';
export type { CsvOptions, CsvSource } from './csv';
export { toJson } from './json';
export type { JsonOptions, AnalysisExport } from './json';
export { toMarkdown, escapeMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { exportFilename, slugify, siteLabel, isoDay } from './filename';
export { quoteCitation } from './citation';
export { displayText } from './display';
export { articleAuthor, isTimestampByline, readableDate } from './meta';
