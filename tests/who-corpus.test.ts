// Speaker lists of every saved corpus page (labelled pages and robustness pages):
// no speaker is a specification keyword, a headline fragment or a lone adverb,
// and no description is a fragment (a short bare preposition phrase, a trailing
// possessive, a leading possessive pronoun). The pages are not shipped with
// Cited: without them the suite says so and skips.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../utils/analyze';

const CORPUS = resolve(__dirname, '../../shared/corpus');
const pages = ['pages', 'robustness'].flatMap((folder) => {
  const dir = join(CORPUS, folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => ({ name: `${folder}/${f}`, path: join(dir, f) })) : [];
});
if (!pages.length) console.warn(`[who-corpus.test] SKIPPED: no corpus pages in ${CORPUS}/{pages,robustness} (the corpus lives in ../shared/corpus).`);

/** RFC 2119 keywords: capitalised requirement words in standards texts. */
const SPEC_KEYWORD = /^(?:MUST|MUST NOT|SHALL|SHALL NOT|SHOULD|SHOULD NOT|MAY|REQUIRED|RECOMMENDED|OPTIONAL|NOT)$/;
/** A lone word ending in -ly, or a discourse adverb written as a sentence opener. */
const LONE_ADVERB = /^(?:\p{Lu}\p{Ll}+ly|Anyway|Anyhow|However|Meanwhile|Moreover|Nevertheless|Nonetheless|Otherwise|Still|Instead|Indeed|Besides|Looking)$/u;
/** A title-case phrase ending in a verb of headlines: "Chief Executive Steps Down", "Firm Releases Test Version". */
const HEADLINE = /\b(?:Steps|Says|Said|Releases|Announces|Launches|Resigns|Wins|Loses|Warns|Calls|Plans|Faces|Gets|Takes|Makes|Opens|Closes|Names|Hires|Fires|Buys|Sells|Joins|Leaves|Quits|Dies|Admits|Denies|Confirms|Reveals|Unveils|Backs|Slams|Blasts|Urges|Vows)\b/;
/** A description that is only a short preposition phrase: "of Kentucky", "from Netscape", "of India’s". */
const BARE_PREPOSITION = /^(?:of|from|at|in|for|with|on|by|to|de|del|da|du|des|à|en|con|para)\s+\S+(?:\s+\S+){0,1}$/i;
const ENDS_POSSESSIVE = /['’]s?$/;
const STARTS_POSSESSIVE_PRONOUN = /^(?:his|her|their|its|my|our|your|su|sus|son|sa|ses|leur|leurs)\s/i;

describe.skipIf(!pages.length)('who: speaker lists of every corpus page', () => {
  it.each(pages)('$name', ({ path }) => {
    const { document } = parseHTML(readFileSync(path, 'utf8'));
    const a = analyze(document as unknown as Document);
    for (const s of a.speakers) {
      expect(s.name, 'a specification keyword').not.toMatch(SPEC_KEYWORD);
      expect(s.name, 'a lone adverb').not.toMatch(LONE_ADVERB);
      expect(s.name, 'a headline fragment').not.toMatch(HEADLINE);
      if (!s.description) continue;
      expect(s.description, `${s.name}: a bare preposition phrase`).not.toMatch(BARE_PREPOSITION);
      expect(s.description, `${s.name}: ends in a possessive`).not.toMatch(ENDS_POSSESSIVE);
      expect(s.description, `${s.name}: starts with a possessive pronoun`).not.toMatch(STARTS_POSSESSIVE_PRONOUN);
    }
    for (const u of a.unnamedSources ?? []) {
      expect(u.description, 'an unnamed source is described').toBeTruthy();
      expect(u.description).not.toMatch(STARTS_POSSESSIVE_PRONOUN);
    }
  });
});
