// Stage 6a: the role the article gives a speaker, in its shortest faithful
// form: an appositive ("a professor of engineering at Westmere"), else the
// title written before the name ("Harbour Minister"), else a relative clause
// ("who runs the ferry"). Organisations are described by their appositive only.
import type { Cluster } from './merge';

/** Honorifics say nothing of a role. */
const HONORIFIC_ONLY = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|sr|sra|srta|don|doña)\.?$/i;
/** Clauses that run on after an appositive: "…, who said", "…, said". */
const RELATIVE = /^(?:who|whose|which|that|quien|que)\b/i;
const TRAILING = /\s*,?\s*\b(?:who|which)\s+(?:said|says|told|added|wrote)\b.*$|\s*,\s*(?:said|says|told|added)\b.*$/i;

export function describeSpeaker(c: Cluster): string | null {
  const appositives = c.mentions
    .map((m) => m.np.appositive?.replace(TRAILING, '').trim())
    .filter((a): a is string => !!a && a.length > 2 && !/^\d+$/.test(a));
  // A noun phrase ("a professor at Westmere") says who someone is; a relative
  // clause ("who has led the campaign") only when nothing else does.
  const nounPhrase = appositives.find((a) => !RELATIVE.test(a));
  if (nounPhrase) return nounPhrase;
  // An organisation has no title: "Acme, which runs the ferries," is all the article says of it.
  if (c.kind === 'organization') return appositives[0] ?? null;
  // A person's relative clause starts with "who", never "which" (that one is about something else).
  const personal = appositives.filter((a) => !/^(?:which|that)\b/i.test(a));
  const roles = c.mentions
    .map((m) => m.np.role?.replace(/(^|\s)(?:Mr|Mrs|Ms|Dr|Miss)\.?(?=\s|$)/g, ' ').trim())
    .filter((r): r is string => !!r && !HONORIFIC_ONLY.test(r));
  if (roles.length) return roles.sort((a, b) => b.length - a.length)[0]!;
  return personal[0] ?? null;
}
