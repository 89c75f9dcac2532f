// What the dashboard shows of a person beyond the counts: the sites that quote
// them, their roles, other names, and the text a search looks in. Read from
// their speaker lines when first asked (the rows on screen, the open person, a
// search), so the first view does not read them for the thousands of people
// below the fold. Kept per row (a WeakMap), so a view computes each once.
import { ALIAS_SEPARATOR, ALIASES, lineField, NAME, ROLE } from './digest';
import { foldName } from './names';
import type { PersonRow } from './people';

export interface PersonDetails {
  /** Sites that quote them, most often first. */
  sites: { site: string; name: string; articles: number }[];
  /** The roles the articles gave, most frequent first (among equals, the latest reading's first). */
  roles: string[];
  /** Other names they were given. */
  aliases: string[];
  /** Folded name and aliases, for search. */
  search: string;
}

const details = new WeakMap<PersonRow, PersonDetails>();

/** Sites, roles, aliases and the search text of a person. */
export function detailsOf(p: PersonRow): PersonDetails {
  let d = details.get(p);
  if (d) return d;
  const { articles, siteName } = p.source;
  const roles = new Map<string, number>();
  const aliases = new Set<string>();
  const names = new Set<string>();
  const aliasFields = new Set<string>();
  const sites = new Map<string, number>();
  const seen = new Set<number>();
  for (let k = 0; k < p.refs.length; k += 4) {
    const i = p.refs[k]!;
    if (!seen.has(i)) {
      seen.add(i);
      sites.set(articles[i]!.site, (sites.get(articles[i]!.site) ?? 0) + 1);
    }
    const a = articles[i]!;
    const j = p.refs[k + 1]!;
    const role = lineField(a, j, ROLE);
    if (role) roles.set(role, (roles.get(role) ?? 0) + 1);
    const given = lineField(a, j, ALIASES);
    if (given && !aliasFields.has(given)) {
      aliasFields.add(given);
      for (const alias of given.split(ALIAS_SEPARATOR)) aliases.add(alias);
    }
    names.add(lineField(a, j, NAME));
  }
  for (const n of names) aliases.add(n);
  aliases.delete(p.name);
  const aliasList = [...aliases];
  d = {
    sites: [...sites].sort((x, y) => y[1] - x[1]).map(([site, n]) => ({ site, name: siteName.get(site) ?? site, articles: n })),
    roles: [...roles].sort((x, y) => y[1] - x[1]).map(([r]) => r),
    aliases: aliasList,
    search: [p.name, ...aliasList].map((n) => foldName(n).join(' ')).join(' | '),
  };
  details.set(p, d);
  return d;
}

/** People whose name or aliases contain every word of `query` (folded like names). */
export function searchPeople(people: readonly PersonRow[], query: string): PersonRow[] {
  const words = foldName(query);
  if (!words.length) return [...people];
  return people.filter((p) => {
    const search = detailsOf(p).search;
    return words.every((w) => search.includes(w));
  });
}

