// The digest of a saved article: only what the dashboard's first view counts,
// kept in its own object store (store.ts) beside the full article and its
// quotes, written in the same transaction on every save, import and delete, and
// rebuilt from the articles when the database is upgraded.
//
// Why a digest: at 10,000 saved articles the first view must be on screen
// within half a second. Reading the full articles costs a structured-clone
// object per speaker, alias and field (~45,000 speakers), and grouping people
// from raw names folds every name again. The digest is one small object per
// article whose speakers are one string, each speaker a line of tab-separated
// fields, with the person key (the folded name, people.ts) computed once when
// the article is saved:
//
//   <kind><category><pronoun> \t quotes \t indirect \t key \t name \t role \t aliases
//
// kind p|o|u (person, organisation, unnamed); category o|e|g|x (official,
// expert, organisation, other); pronoun h|s|t|- (he, she, they, not said);
// aliases separated by \u001f. Unnamed sources keep only their counts.
import type { Category } from '../types';
import { speakerKey } from './names';
import type { Pronoun, SavedArticle, SpeakerKind } from './types';

export interface ArticleDigest {
  id: string;
  /** ISO 8601 (UTC); the store's index orders the digests by it. */
  savedAt: string;
  site: string;
  siteName: string | null;
  title: string | null;
  url: string | null;
  unattributed: number;
  /** The speakers, encoded as above: read them with speakersOf() or in a loop over readSpeakers(). */
  speakers: string;
}

const KIND_CODE: Record<SpeakerKind, string> = { person: 'p', organization: 'o', unnamed: 'u' };
const CATEGORY_CODE: Record<Category, string> = { official: 'o', expert: 'e', organization: 'g', other: 'x' };
const PRONOUN_CODE: Record<Pronoun, string> = { he: 'h', she: 's', they: 't' };

export const KIND_OF: Record<string, SpeakerKind> = { p: 'person', o: 'organization', u: 'unnamed' };
export const CATEGORY_OF: Record<string, Category> = { o: 'official', e: 'expert', g: 'organization', x: 'other' };
export const PRONOUN_OF: Record<string, Pronoun | null> = { h: 'he', s: 'she', t: 'they', '-': null };

const SEPARATORS = /[\t\n\r]+/g;
export const ALIAS_SEPARATOR = '\u001f';
const clean = (s: string) => s.replace(SEPARATORS, ' ').split(ALIAS_SEPARATOR).join(' ');

export function digestOf(a: SavedArticle): ArticleDigest {
  const lines: string[] = [];
  for (const s of a.speakers) {
    const head = KIND_CODE[s.kind] + CATEGORY_CODE[s.category] + (s.pronoun ? PRONOUN_CODE[s.pronoun] : '-');
    if (s.kind === 'unnamed') {
      lines.push(`${head}\t${s.quotes}\t${s.indirect}\t\t\t\t`);
      continue;
    }
    const aliases = s.aliases.map(clean).join(ALIAS_SEPARATOR);
    lines.push(`${head}\t${s.quotes}\t${s.indirect}\t${clean(speakerKey(s))}\t${clean(s.name)}\t${clean(s.description ?? '')}\t${aliases}`);
  }
  return {
    id: a.id, savedAt: a.savedAt, site: a.site, siteName: a.siteName, title: a.title, url: a.url, unattributed: a.unattributed,
    speakers: lines.join('\n'),
  };
}

/** One speaker of a digest, decoded (for the few places that show one; the aggregation scans the lines). */
export interface DigestSpeaker {
  kind: SpeakerKind;
  category: Category;
  pronoun: Pronoun | null;
  quotes: number;
  indirect: number;
  /** The person key (names.ts speakerKey); empty for unnamed sources. */
  key: string;
  name: string;
  role: string | null;
  aliases: string[];
}

function decode(line: string): DigestSpeaker {
  const [head = 'ux-', q = '0', ind = '0', key = '', name = '', role = '', aliases = ''] = line.split('\t');
  return {
    kind: KIND_OF[head[0]!] ?? 'unnamed', category: CATEGORY_OF[head[1]!] ?? 'other', pronoun: PRONOUN_OF[head[2]!] ?? null,
    quotes: Number(q), indirect: Number(ind), key, name, role: role || null, aliases: aliases ? aliases.split(ALIAS_SEPARATOR) : [],
  };
}

export function speakersOf(d: Pick<ArticleDigest, 'speakers'>): DigestSpeaker[] {
  return d.speakers ? d.speakers.split('\n').map(decode) : [];
}

/** The `j`-th speaker of a digest. */
export function speakerLine(d: Pick<ArticleDigest, 'speakers'>, j: number): DigestSpeaker {
  let start = 0;
  for (let k = 0; k < j; k++) start = d.speakers.indexOf('\n', start) + 1;
  const end = d.speakers.indexOf('\n', start);
  return decode(d.speakers.slice(start, end < 0 ? undefined : end));
}

/** Fields of a speaker line, for lineField(). */
export const KEY = 3;
export const NAME = 4;
export const ROLE = 5;
export const ALIASES = 6;

/** One field of the `j`-th speaker line, without decoding the rest ('' when it has none). */
export function lineField(d: Pick<ArticleDigest, 'speakers'>, j: number, field: number): string {
  const s = d.speakers;
  let start = 0;
  for (let k = 0; k < j; k++) start = s.indexOf('\n', start) + 1;
  let end = s.indexOf('\n', start);
  if (end < 0) end = s.length;
  for (let f = 0; f < field; f++) {
    const tab = s.indexOf('\t', start);
    if (tab < 0 || tab >= end) return '';
    start = tab + 1;
  }
  const tab = s.indexOf('\t', start);
  return s.slice(start, tab < 0 || tab > end ? end : tab);
}

/** Speakers and statements (quotes + paraphrases) of one article. */
export function countsOf(d: Pick<ArticleDigest, 'speakers'>): { speakers: number; statements: number } {
  let statements = 0;
  let speakers = 0;
  scanSpeakers(d.speakers, (_j, _kind, _c, _p, quotes, indirect) => {
    speakers++;
    statements += quotes + indirect;
  });
  return { speakers, statements };
}

/** Kinds as scanSpeakers() gives them. */
export const PERSON = 0;
export const ORGANIZATION = 1;
export const UNNAMED = 2;

export const TAB = 9;
export const ZERO = 48;

/** A speaker line's category code (its second character) as an index: official, expert, organization, other. */
export const categoryIndex = (c: number): number => (c === 111 /* o */ ? 0 : c === 101 /* e */ ? 1 : c === 103 /* g */ ? 2 : 3);
/** A speaker line's pronoun code (its third character) as a bit: he 1, she 2, they 4, none 0. */
export const pronounBit = (p: number): number => (p === 104 /* h */ ? 1 : p === 115 /* s */ ? 2 : p === 116 /* t */ ? 4 : 0);

/**
 * Visit each speaker line of an encoded `speakers` string without splitting it:
 * kind (PERSON, ORGANIZATION, UNNAMED), category (0 official, 1 expert,
 * 2 organisation, 3 other), pronoun bit (1 he, 2 she, 4 they, 0 unsaid), the
 * counts, and for named speakers the key and name (empty strings for unnamed
 * sources) and whether aliases follow. The dashboard's one pass is this loop.
 */
export function scanSpeakers(
  speakers: string,
  visit: (j: number, kind: number, category: number, pronoun: number, quotes: number, indirect: number, key: string, name: string, aliased: boolean) => void,
): void {
  const length = speakers.length;
  let pos = 0;
  let j = 0;
  while (pos < length) {
    const kindCode = speakers.charCodeAt(pos);
    const kind = kindCode === 112 /* p */ ? PERSON : kindCode === 111 /* o */ ? ORGANIZATION : UNNAMED;
    const category = categoryIndex(speakers.charCodeAt(pos + 1));
    const pronoun = pronounBit(speakers.charCodeAt(pos + 2));
    pos += 4; // head and tab
    let quotes = 0;
    for (let ch = speakers.charCodeAt(pos); ch !== TAB && pos < length; ch = speakers.charCodeAt(++pos)) quotes = quotes * 10 + ch - ZERO;
    pos++;
    let indirect = 0;
    for (let ch = speakers.charCodeAt(pos); ch !== TAB && pos < length; ch = speakers.charCodeAt(++pos)) indirect = indirect * 10 + ch - ZERO;
    pos++;
    let end = speakers.indexOf('\n', pos);
    if (end < 0) end = length;
    if (kind === UNNAMED) {
      visit(j, kind, category, pronoun, quotes, indirect, '', '', false);
    } else {
      const keyEnd = speakers.indexOf('\t', pos);
      const nameEnd = speakers.indexOf('\t', keyEnd + 1);
      const roleEnd = speakers.indexOf('\t', nameEnd + 1);
      visit(j, kind, category, pronoun, quotes, indirect, speakers.slice(pos, keyEnd), speakers.slice(keyEnd + 1, nameEnd), roleEnd + 1 < end);
    }
    pos = end + 1;
    j++;
  }
}
