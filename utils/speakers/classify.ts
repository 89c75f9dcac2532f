// Stage 6b: the speaker's category (see ../shared/corpus/ANNOTATION.md):
// organization when an organisation speaks; else the head role of the
// description or title decides official, expert or other, with three rules of
// news language on top: who runs a research body, who heads an investment or
// analysis firm, and a former official now quoted, speak from expertise; but a
// spokesperson speaks for the body, and a former politician (an elected office
// or candidacy, or today's politics around them: office.ts) is a politician.
import type { CompiledLexicon } from '../lexicon';
import { roleTables } from '../lexicon/roles';
import type { Category } from '../types';
import type { Cluster } from './merge';

/** Words for matching: elisions split ("l’université" → "l", "université"), hyphens kept. */
const WORD = /[\p{L}\p{N}.-]+/gu;

/**
 * `politician`: the article places the speaker in politics (office.ts); it decides only where no role
 * the article gives does.
 */
export function classifySpeaker(c: Cluster, description: string | null, lex: CompiledLexicon, politician = false): Category {
  if (c.kind === 'organization') return 'organization';
  // "Corvina Foods, which runs the ferries,": what "which" refers to is a thing, not a person.
  // Pushed into literals rather than made by map/filter: see mergeSpeakers.
  const appositives: string[] = [];
  for (const m of c.mentions) if (m.np.appositive) appositives.push(m.np.appositive);
  if (appositives.length && appositives.every((a) => lex.re.thingRelativeStart.test(a)) && !c.mentions.some((m) => m.np.role)) return 'organization';
  const sources: string[] = [description ?? ''];
  for (const m of c.mentions) sources.push(m.np.role ?? '');
  for (const text of sources) {
    const found = roleCategory(text, lex, politician);
    if (found) return found;
  }
  return politician ? 'official' : 'other';
}

/** The category a description gives, or null when it names no role. */
export function roleCategory(text: string, lex: CompiledLexicon, politician = false): Category | null {
  const head = headRole(text, lex);
  if (!head) return null;
  if (head.category !== 'official') return head.category;
  const ws = words(text);
  // A spokesperson speaks for the body, whatever the body: "a spokesman for the Harbour Institute".
  if (!head.former && ws.some((w) => lex.w.spokespersonNouns.has(w))) return 'official';
  const low = ` ${ws.join(' ')} `;
  // Who runs a research body speaks from its expertise, not for an office:
  // "director of the Institute for Coastal Studies", "head of the physics department at Westmere University".
  if (mentionsAny(low, roleTables(lex.lang).research) || lex.re.researchBody.test(text)) return 'expert';
  // An executive of a firm whose business is analysis or investment is quoted for a view on markets:
  // "managing director at Brantwood Capital Management", "chief strategist at Harbor Securities".
  if (mentionsAny(low, lex.w.analysisFirms) || analysisFirmName(text, lex)) return 'expert';
  // A former official quoted today speaks from experience, not for the office: "a former ambassador to Veldoria"
  // (but "former minister, now mayor" holds an office, and a former governor whom the article places in today's
  // politics, campaigning or running again, is a politician: office.ts). Who held an elected office is a politician
  // still: "the former governor of Kellshire".
  if (head.former && !head.otherOffice && !politician && !lex.w.electedOffices.has(head.noun)) return 'expert';
  return 'official';
}

interface Head {
  category: Category;
  former: boolean;
  /** Another official role in the text that is not former: "a former minister and now mayor". */
  otherOffice: boolean;
  /** The role noun as written, lower case: "governor", "chief executive". */
  noun: string;
}

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replace(/[.’']+$/, '').replace(/['’]s$/, ''));
}

/** A capitalised firm-name word after a preposition, written as part of a name: "at Brantwood Capital Management". */
function analysisFirmName(text: string, lex: CompiledLexicon): boolean {
  const ws = text.match(WORD) ?? [];
  for (let i = 1; i < ws.length; i++) if (lex.w.analysisFirmNames.has(ws[i]!) && /^\p{Lu}/u.test(ws[i - 1]!)) return true;
  return false;
}

/** The words of a description in its parts: split at commas, semicolons and conjunctions ("a fellow at X and a former ambassador"). */
function parts(text: string, lex: CompiledLexicon): string[][] {
  const out: string[][] = [[]];
  for (const m of text.matchAll(/[\p{L}\p{N}.-]+|[,;]/gu)) {
    const w = m[0].toLowerCase().replace(/\.+$/, '');
    if (w === ',' || w === ';' || lex.w.conjunctions.has(w)) out.push([]);
    else out[out.length - 1]!.push(w);
  }
  return out.filter((p) => p.length > 0);
}

function mentionsAny(padded: string, phrases: ReadonlySet<string>): boolean {
  for (const p of phrases) if (padded.includes(` ${p} `)) return true;
  return false;
}

/**
 * The head role of a description: in each comma-separated part, in order, the
 * last role noun before the first preposition ("chief economist at the institute" →
 * economist; "director of the port" → director), the longest role noun first
 * ("chief executive officer", "prime minister"), plurals read as singulars.
 */
export function headRole(text: string, lex: CompiledLexicon): Head | null {
  const tables = roleTables(lex.lang);
  let former = false;
  let found: Head | null = null;
  /** The part `found` came from ran on into a preposition phrase. */
  let openEnded = false;
  let offices = 0;
  for (const ws of parts(text, lex)) {
    let head: { category: Category; at: number; len: number } | null = null;
    let any: { category: Category; at: number; len: number } | null = null;
    let beforePreposition = true;
    for (let i = 0; i < ws.length; i++) {
      if (lex.w.roleEndPrepositions.has(ws[i]!) || lex.w.relatives.has(ws[i]!)) beforePreposition = false;
      // "one of the leading academic voices": a determiner is no role, whatever the tables say.
      if (lex.determiners.has(ws[i]!)) continue;
      const hit = roleAt(ws, i, lex, tables);
      if (!hit) continue;
      const r = { category: hit.category, at: i, len: hit.len };
      if (beforePreposition) head = r;
      // After a preposition, an occupation says more than a demonym or a kinship noun: "one of the leading American academic voices".
      if (!any || (any.category === 'other' && r.category !== 'other')) any = r;
      i += hit.len - 1;
    }
    const pick = head ?? any;
    if (!pick) continue;
    const isFormer = ws.slice(Math.max(0, pick.at - 3), pick.at).some((w) => lex.w.formerWords.has(w));
    if (pick.category === 'official' && !isFormer) offices++;
    // An occupation or office in a later part says more than a first part of its own that only relates them to
    // someone: "a Clinton supporter and president of the Harbour Fund", "writer, a professor of poetry". Not after
    // a preposition phrase, whose object may run on: "the daughter of a senator and a judge".
    if (!found || (found.category === 'other' && !openEnded && pick.category !== 'other')) {
      found = { category: pick.category, former: isFormer, otherOffice: false, noun: ws.slice(pick.at, pick.at + pick.len).join(' ') };
      former = isFormer;
      openEnded = !beforePreposition;
    }
  }
  if (found) found.otherOffice = former ? offices > 0 : offices > 1;
  return found;
}

/** The role noun starting at word i: hand entries first, then the generated table; plurals as singulars. */
function roleAt(ws: readonly string[], i: number, lex: CompiledLexicon, tables: ReturnType<typeof roleTables>): { category: Category; len: number } | null {
  for (let len = Math.min(tables.longest, ws.length - i); len >= 1; len--) {
    const phrase = ws.slice(i, i + len).join(' ');
    for (const form of forms(phrase, lex)) {
      const hit = lex.roles.get(form) ?? lex.roles.get(form.replace(/-/g, ' ')) ?? tables.roles.get(form);
      if (hit) return { category: hit, len };
    }
  }
  return null;
}

/** A phrase and its singulars: "officials" → "official", "analistas" → "analista". */
function forms(phrase: string, lex: CompiledLexicon): string[] {
  const out = [phrase];
  for (const e of lex.raw.endings.plural) if (phrase.endsWith(e) && phrase.length > e.length + 2) out.push(phrase.slice(0, -e.length));
  return out;
}
