// Stage 6b: the speaker's category (see ../shared/corpus/ANNOTATION.md):
// organization when an organisation speaks; else the first role word in the
// description or title decides official, expert or other.
import type { CompiledLexicon } from '../lexicon';
import type { Category } from '../types';
import type { Cluster } from './merge';

const WORD = /[\p{L}.-]+/gu;

export function classifySpeaker(c: Cluster, description: string | null, lex: CompiledLexicon): Category {
  if (c.kind === 'organization') return 'organization';
  const sources = [description ?? '', ...c.mentions.map((m) => m.np.role ?? '')];
  for (const text of sources) {
    const found = firstRole(text, lex);
    // Who runs a research body speaks from its expertise, not for an office:
    // "director of the Institute for Coastal Studies", "head of a university lab".
    if (found === 'official' && lex.re.researchHead.test(text) && lex.re.researchBody.test(text)) return 'expert';
    if (found) return found;
  }
  return 'other';
}

/**
 * The category of a description's head role: in each comma-separated part, in
 * order, the last role word before the first preposition ("chief economist at
 * the institute" → economist; "director of the port" → director); two-word roles
 * first ("chief executive", "prime minister").
 */
export function firstRole(text: string, lex: CompiledLexicon): Category | null {
  for (const part of text.split(',')) {
    const words = (part.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/\.$/, ''));
    let head: Category | null = null;
    let any: Category | null = null;
    let beforePreposition = true;
    for (let i = 0; i < words.length; i++) {
      if (lex.w.roleEndPrepositions.has(words[i]!)) beforePreposition = false;
      const two = `${words[i]} ${words[i + 1] ?? ''}`;
      const hit = lex.roles.get(two) ?? lex.roles.get(words[i]!.replace(/-/g, ' ')) ?? lex.roles.get(words[i]!);
      if (!hit) continue;
      if (beforePreposition) head = hit;
      any ??= hit;
      if (lex.roles.has(two)) i++;
    }
    if (head ?? any) return head ?? any;
  }
  return null;
}
