// The role-noun tables per language (generated from WordNet for English,
// hand-written for Spanish and French), unpacked once into lookups.
import { ORGANIZATION_WORDS_EN, RESEARCH_BODY_WORDS_EN, ROLE_WORDS_EN } from './roles-en.generated';
import { ORGANIZATION_WORDS_ES, RESEARCH_BODY_WORDS_ES, ROLE_WORDS_ES } from './roles-es';
import { ORGANIZATION_WORDS_FR, RESEARCH_BODY_WORDS_FR, ROLE_WORDS_FR } from './roles-fr';

export type RoleCategory = 'official' | 'expert' | 'other';

export interface RoleTables {
  /** Role noun (lower case, may hold spaces) → category. */
  roles: Map<string, RoleCategory>;
  /** Longest role noun in words, to bound phrase look-ups. */
  longest: number;
  /** Nouns naming research bodies: universities, institutes, think tanks, laboratories. */
  research: Set<string>;
  /** Nouns naming other organisations: companies, agencies, parties. */
  organizations: Set<string>;
}

interface Source {
  roles: Record<RoleCategory, readonly string[]>;
  research: readonly string[];
  organizations: readonly string[];
}

const SOURCES: Record<string, Source> = {
  en: { roles: ROLE_WORDS_EN, research: RESEARCH_BODY_WORDS_EN, organizations: ORGANIZATION_WORDS_EN },
  es: { roles: ROLE_WORDS_ES, research: RESEARCH_BODY_WORDS_ES, organizations: ORGANIZATION_WORDS_ES },
  fr: { roles: ROLE_WORDS_FR, research: RESEARCH_BODY_WORDS_FR, organizations: ORGANIZATION_WORDS_FR },
};

const unpack = (lines: readonly string[]) => lines.flatMap((l) => l.split('|')).map((w) => w.trim().toLowerCase()).filter(Boolean);

const built = new Map<string, RoleTables>();

/** The role tables of a language (English for languages without one). */
export function roleTables(lang: string): RoleTables {
  const key = SOURCES[lang] ? lang : 'en';
  let t = built.get(key);
  if (!t) {
    const src = SOURCES[key]!;
    const roles = new Map<string, RoleCategory>();
    let longest = 1;
    // Later categories never overwrite earlier ones: a word listed twice keeps its first reading.
    for (const category of ['official', 'expert', 'other'] as const) {
      for (const w of unpack(src.roles[category])) {
        if (!roles.has(w)) roles.set(w, category);
        longest = Math.max(longest, w.split(' ').length);
      }
    }
    t = { roles, longest, research: new Set(unpack(src.research)), organizations: new Set(unpack(src.organizations)) };
    built.set(key, t);
  }
  return t;
}
