// The article's own details as exports cite them: who wrote it and when, said
// once each. Pure functions over the Analysis' metadata.
import type { Analysis } from '../types';
import { isoDay, siteLabel } from './filename';

/**
 * A byline that is really a date or time ("08.06.2018, 16:29", "Updated 2018-06-08T16:29"): a clock time, a
 * numeric date, or four digits or more. Names of people hold no such thing.
 */
export function isTimestampByline(byline: string): boolean {
  return /\d{1,2}[:h]\d{2}\b/.test(byline) || /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/.test(byline) || (byline.match(/\d/g)?.length ?? 0) >= 4;
}

/** Letters and digits only, lower case: "Mac & i" and "MAC & I" are the same name. */
export function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The author as a citation gives it: white space folded; none when the byline is a timestamp or the site's name. */
export function articleAuthor(analysis: Pick<Analysis, 'byline' | 'siteName' | 'url'>): string | null {
  const byline = analysis.byline?.replace(/\s+/g, ' ').trim();
  if (!byline || isTimestampByline(byline)) return null;
  const site = siteLabel(analysis);
  return site && foldName(site) === foldName(byline) ? null : byline;
}

/**
 * The day of publication as a person reads it ("8 June 2018"), the day as the article gives it (no shift into
 * another time zone); the text as it is when it is no date.
 */
export function readableDate(published: string | null | undefined, locale = 'en-GB'): string | null {
  if (!published) return null;
  const day = isoDay(published);
  if (!day) return published.trim() || null;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
