// Analysis → Markdown, grouped by speaker (most quoted first), then the quotes
// nobody was found for. Page text is escaped only where Markdown would read it
// as markup (CommonMark with GitHub's strikethrough, tables and autolinks), so a
// quote holding `*`, `_`, back-ticks, a link, HTML or an entity stays text, and
// ordinary brackets ("[sic]"), pipes and ampersands are left as they are.
import type { Analysis, Quote, Speaker } from '../types';
import { displayText } from './display';
import { articleAuthor, readableDate } from './meta';
import { siteLabel } from './filename';

/**
 * What can be markup anywhere in a line: emphasis (* and _ where it can open or close, not inside a word),
 * code spans, strikethrough, a backslash before punctuation, a link or image (a closing bracket followed by
 * "(", "[" or ":"), raw HTML or an autolink ("<" before a letter, "/", "!" or "?"), and entity references.
 */
const INLINE_MARKUP = new RegExp(
  [
    '[*`~]',
    '(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])',
    '\\\\(?=[!-/:-@[-`{-~])',
    '\\](?=[([:])',
    '<(?=[A-Za-z/!?])',
    '&(?=#?[A-Za-z0-9]+;)',
  ].join('|'),
  'gu',
);
/** Starts of a line that make a block: heading, block quote, list item, setext or thematic rule. */
const LINE_START_MARK = /^(\s*)([-+=#>])/;
/** An ordered-list number: "1." or "1)" at the start of a line. */
const LINE_START_NUMBER = /^(\s*\d+)([.)])/;
/** Hashes at the end of a heading's text are read as its closing sequence. */
const CLOSING_HASHES = /(\s)(#+)$/;
const LINE_BREAK = /\s*[\r\n\u2028\u2029]+\s*/g;

/**
 * Escape text for use inside a Markdown line (line breaks fold to spaces). With
 * `atLineStart` false the text follows other characters on its line, so list and
 * rule markers cannot start a block and are left alone.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const inline = text
    .replace(LINE_BREAK, ' ')
    .replace(INLINE_MARKUP, (c) => `\\${c}`)
    .replace(CLOSING_HASHES, (_, space: string, hashes: string) => `${space}\\${hashes}`);
  return atLineStart ? inline.replace(LINE_START_MARK, '$1\\$2').replace(LINE_START_NUMBER, '$1\\$2') : inline;
}

export interface MarkdownOptions {
  /** Heading level of the title (default 1); speakers get the next level. */
  level?: number;
}

export function toMarkdown(analysis: Analysis, options: MarkdownOptions = {}): string {
  const level = Math.min(Math.max(options.level ?? 1, 1), 5);
  const h1 = '#'.repeat(level);
  const h2 = '#'.repeat(level + 1);
  const lines: string[] = [];
  lines.push(`${h1} ${escapeMarkdown(analysis.title ?? 'Untitled page', false)}`, '');
  const meta = [siteLabel(analysis), articleAuthor(analysis), readableDate(analysis.publishedTime)].filter((x): x is string => !!x);
  if (meta.length) lines.push(meta.map((m, i) => escapeMarkdown(m, i === 0)).join(' · '), '');
  if (analysis.url) lines.push(`<${escapeUrl(analysis.url)}>`, '');
  for (const notice of analysis.notices) lines.push(`*${escapeMarkdown(notice, false)}*`, '');

  if (analysis.status === 'no-article') {
    lines.push('No article found on this page.', '');
    return finish(lines);
  }
  if (!analysis.quotes.length) {
    lines.push('No quotes found in this article.', '');
    return finish(lines);
  }

  const bySpeaker = new Map<string, Quote[]>();
  const bySource = new Map<string, Quote[]>();
  const unattributed: Quote[] = [];
  // One statement, one line: the exact words inside a reported statement (`within`) are in its line already.
  for (const q of analysis.quotes) {
    if (q.within) continue;
    if (q.speakerId) bySpeaker.set(q.speakerId, [...(bySpeaker.get(q.speakerId) ?? []), q]);
    else if (q.unnamedSourceId) bySource.set(q.unnamedSourceId, [...(bySource.get(q.unnamedSourceId) ?? []), q]);
    else unattributed.push(q);
  }
  const known = new Set(analysis.speakers.map((s) => s.id));
  const speakers = [...analysis.speakers].sort((a, b) => (bySpeaker.get(b.id)?.length ?? 0) - (bySpeaker.get(a.id)?.length ?? 0));
  for (const speaker of speakers) {
    const quotes = bySpeaker.get(speaker.id) ?? [];
    if (!quotes.length) continue;
    lines.push(`${h2} ${escapeMarkdown(speaker.name, false)}`, '');
    lines.push(speakerLine(speaker, quotes.length), '');
    for (const q of quotes) lines.push(quoteLine(q));
    lines.push('');
  }
  // Sources the article does not name: their description stands for a name.
  const sources = (analysis.unnamedSources ?? []).filter((u) => bySource.get(u.id)?.length);
  if (sources.length) {
    lines.push(`${h2} Unnamed sources`, '');
    for (const u of sources) {
      const parts = [`*${escapeMarkdown(u.description, false)}*`, u.category];
      if (u.anonymity) parts.push(`anonymous: ${escapeMarkdown(u.anonymity, false)}`);
      lines.push(`- ${parts.join(' · ')}`);
      for (const q of bySource.get(u.id)!) lines.push(`  ${quoteLine(q)}`);
    }
    lines.push('');
  }
  // Quotes whose speaker id or source id names nothing listed are kept rather than lost.
  for (const [id, quotes] of bySpeaker) if (!known.has(id)) unattributed.push(...quotes);
  for (const [id, quotes] of bySource) if (!sources.some((u) => u.id === id)) unattributed.push(...quotes);
  if (unattributed.length) {
    lines.push(`${h2} Unattributed`, '');
    for (const q of unattributed.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)) lines.push(quoteLine(q));
    lines.push('');
  }
  return finish(lines);
}

function speakerLine(speaker: Speaker, count: number): string {
  const parts: string[] = [];
  if (speaker.description) parts.push(`*${escapeMarkdown(speaker.description, false)}*`);
  parts.push(speaker.category);
  const quoted = count - speaker.indirectCount;
  if (quoted > 0 || !speaker.indirectCount) parts.push(quoted === 1 ? '1 quote' : `${quoted} quotes`);
  if (speaker.indirectCount) parts.push(`${speaker.indirectCount} paraphrased`);
  if (speaker.aliases.length) parts.push(`also “${speaker.aliases.map((a) => escapeMarkdown(a, false)).join('”, “')}”`);
  return parts.join(' · ');
}

function quoteLine(q: Quote): string {
  const text = escapeMarkdown(displayText(q), false);
  const note = q.contains?.length ? 'paraphrased, with exact words' : 'paraphrased';
  const body = q.kind === 'indirect' ? `${text} *(${note})*` : `“${text}”`;
  const extra = [q.cue ? escapeMarkdown(q.cue, false) : null, q.kind === 'direct' || q.kind === 'indirect' ? null : q.kind].filter(Boolean);
  return `- ${body}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/** A URL inside <…>: only characters that would end the autolink are percent-encoded. */
function escapeUrl(url: string): string {
  return url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

function finish(lines: string[]): string {
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
