// File names for exports: cited-<site>-<title-slug>-<date>.<ext>. Every part is
// an ASCII slug (accents dropped, anything else a hyphen), so the name holds no
// path separator, control character or reserved character on any system, and
// the length is bounded.
import type { Analysis } from '../types';

const SITE_MAX = 30;
const TITLE_MAX = 60;
const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case ASCII letters, digits and single hyphens; at most `max` characters, never ending in a hyphen. */
export function slugify(text: string, max = TITLE_MAX): string {
  const slug = text
    .normalize('NFKD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/** The site's short name: its declared name, else the host of its URL without "www.". */
export function siteLabel(analysis: Pick<Analysis, 'siteName' | 'url'>): string | null {
  if (analysis.siteName) return analysis.siteName;
  if (!analysis.url) return null;
  try {
    const host = new URL(analysis.url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** `date` as YYYY-MM-DD in local time; a string is used as is when it already has that shape. */
export function isoDay(date: Date | string): string | null {
  if (typeof date === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(date);
    if (m) return m[1]!;
    const parsed = new Date(date);
    return Number.isNaN(parsed.getTime()) ? null : isoDay(parsed);
  }
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `cited-<site>-<title>-<date>.<ext>`; missing parts are left out. */
export function exportFilename(
  analysis: Pick<Analysis, 'siteName' | 'url' | 'title'>,
  ext: string,
  date: Date | string = new Date(),
): string {
  const site = slugify(siteLabel(analysis) ?? '', SITE_MAX);
  const title = slugify(analysis.title ?? '', TITLE_MAX);
  const day = isoDay(date);
  const extension = slugify(ext.replace(/^\.+/, ''), 10).replace(/-/g, '') || 'txt';
  const stem = ['cited', site, title, day].filter(Boolean).join('-');
  return `${stem}.${extension}`;
}
