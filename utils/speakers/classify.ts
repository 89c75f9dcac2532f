// Stage 6b: the speaker's category (see ../shared/corpus/ANNOTATION.md):
// organization when an organisation speaks; else the first role word in the
// description or title decides official, expert or other.
import type { CompiledLexicon } from '../lexicon';
import type { Category } from '../types';
import type { Cluster } from './merge';

const WORD = /[\p{L}.\-]+/gu;

export function classifySpeaker(c: Cluster, description: string | null, lex: CompiledLexicon): Category {
  if (c.kind === 'organization') return 'organization';
  const sources = [description ?? '', ...c.mentions.map((m) => m.np.role ?? '')];
  for (const text of sources) {
    const found = firstRole(text, lex);
    if (found === 'official' && RESEARCH_HEAD.test(text) && RESEARCH_BODY.test(text)) return 'expert';
    if (found) return found;
  }
  return 'other';
}

/**
 * Who runs a research body speaks from its expertise, not for an office:
 * "director of the Institute for Coastal Studies", "head of a university lab".
 */
const RESEARCH_HEAD = /\b(?:director|head|chair|chairman|chairwoman|founder|co-founder|fellow|dean)\b/i;
const RESEARCH_BODY = /\b(?:institute|university|college|school|centre|center|laborator(?:y|ies)|lab|think[- ]tank|research|academy|observatory|programme|program)\b/i;

/** The category of the first role word (two-word roles first: "chief executive", "prime minister"). */
export function firstRole(text: string, lex: CompiledLexicon): Category | null {
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/\.$/, ''));
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`;
    const hit = lex.roles.get(two) ?? lex.roles.get(words[i]!.replace(/-/g, ' ')) ?? lex.roles.get(words[i]!);
    if (hit) return hit;
  }
  return null;
}
