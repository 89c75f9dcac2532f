// Stage 6a: the role the article gives a speaker, in its shortest faithful
// form: an appositive ("a professor of engineering at Westmere"), else the
// title written before the name ("Harbour Minister"), else a relative clause
// ("who runs the ferry"). Organisations are described by their appositive only.
import type { CompiledLexicon } from '../lexicon';
import type { Cluster } from './merge';

export function describeSpeaker(c: Cluster, lex: CompiledLexicon): string | null {
  // Clauses that run on after an appositive ("…, who said", "…, said") are cut.
  const trailing = lex.patterns.trailingCue;
  const appositives = c.mentions
    .map((m) => (trailing ? m.np.appositive?.replace(trailing, '') : m.np.appositive)?.trim())
    .filter((a): a is string => !!a && a.length > 2 && !/^\d+$/.test(a));
  // A noun phrase ("a professor at Westmere") says who someone is; a relative
  // clause ("who has led the campaign") only when nothing else does.
  const nounPhrase = appositives.find((a) => !lex.re.relativeStart.test(a));
  if (nounPhrase) return nounPhrase;
  // An organisation has no title: "Acme, which runs the ferries," is all the article says of it.
  if (c.kind === 'organization') return appositives[0] ?? null;
  // A person's relative clause starts with "who", never "which" (that one is about something else).
  const personal = appositives.filter((a) => !lex.re.thingRelativeStart.test(a));
  // Honorifics say nothing of a role.
  const roles = c.mentions
    .map((m) => m.np.role?.replace(lex.re.honorificWord, ' ').trim())
    .filter((r): r is string => !!r && !lex.re.honorificOnly.test(r));
  if (roles.length) return roles.sort((a, b) => b.length - a.length)[0]!;
  return personal[0] ?? null;
}
