#!/usr/bin/env node
// Generates utils/lexicon/roles-en.generated.ts from WordNet 3.0: the English
// role nouns (occupations and titles) with the category a speaker described by
// them gets (see ../shared/corpus/ANNOTATION.md), and the nouns that name an
// organisation or a research body.
//
// Run by hand, never in CI (CI uses the committed table):
//   apt-get install wordnet-base          # Debian: /usr/share/wordnet
//   node scripts/generate-roles.mjs [WORDNET_DIR]
// then review the diff of the generated file and commit it with this script.
//
// How a noun gets its category: every noun sense of a word that is a kind of
// person (a hyponym of person#1) is placed under the nearest of the ROOTS below
// along its hypernym paths; the word takes the category of its most frequent
// person sense (WordNet orders senses by frequency); `other` is kept only for
// common words (tagged in SemCor) whose most frequent sense is a person, so
// that "party" or "state" are not made role words by a rare sense. The ROOTS are the judgement: they
// follow ANNOTATION.md (officials speak for an office or organisation, experts
// from expertise) and are named by WordNet lemma and sense number so that they
// can be checked with `wn WORD -hypen`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WN = process.argv[2] ?? '/usr/share/wordnet';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'utils', 'lexicon', 'roles-en.generated.ts');

/** Roots and the category of the persons under them; the nearest root on a path wins. */
const ROOTS = {
  official: [
    'official#1', 'functionary#1', 'bureaucrat#1', 'civil_servant#1', 'politician#1', 'politician#2', 'head_of_state#1',
    'diplomat#1', 'legislator#1', 'spokesperson#1', 'representative#1', 'representative#3', 'executive#1', 'executive#3',
    'administrator#1', 'administrator#3', 'military_officer#1', 'lawman#1', 'police_officer#1', 'judge#1', 'prosecutor#1',
    'ruler#1', 'leader#1', 'head#4', 'minister#2', 'minister#3', 'mayor#1', 'presiding_officer#1', 'superintendent#1',
    'agent#2', 'agent#5', 'lobbyist#1', 'trustee#2', 'director#2', 'commissioner#2', 'regulator#2', 'secretary#1',
    'coroner#1', 'magistrate#1', 'authority#2', 'aide#1', 'chief_of_staff#1', 'founder#2', 'owner#1', 'candidate#1',
  ],
  expert: [
    'expert#1', 'scientist#1', 'scholar#1', 'academician#1', 'academician#3', 'professional#1', 'analyst#1', 'analyst#2',
    'economist#1', 'health_professional#1', 'medical_practitioner#1', 'lawyer#1', 'engineer#1', 'architect#1',
    'researcher#1', 'pollster#1', 'strategist#1', 'adviser#1', 'critic#1', 'pundit#1', 'observer#2', 'investigator#2',
    'authority#3', 'statistician#1', 'statistician#2', 'accountant#1', 'meteorologist#1',
  ],
  other: [
    // Skill and fame, not expertise one is quoted for.
    'ace#3', 'archer#1', 'black_belt#1', 'shot#5', 'scout#4', 'shark#3', 'talent#2', 'veteran#3', 'all-rounder#1',
    'mnemonist#1', 'out-and-outer#1', 'craftsman#1', 'careerist#1', 'yuppie#1', 'publisher#2',
    // Schoolteachers and carers speak for themselves unless the article says otherwise.
    'schoolteacher#1', 'teacher#1', 'caregiver#1', 'nanny#1',
    // Leaders of no office: ringleaders, trend-setters, people who "lead" a field.
    'ringleader#1', 'inspirer#1', 'old_master#1',
    // Officials of games and sports (referees, umpires) are not public officials.
    'official#2', 'referee#1', 'umpire#1', 'linesman#1',
    // Coaches, trainers and guides are sport or service, not office.
    'coach#1', 'trainer#1', 'guide#1', 'guide#2',
    // Rank by birth, fame or virtue is no office; nor is serving at the altar.
    'aristocrat#1', 'hero#1', 'hero#3', 'model#6', 'ideal#2', 'acolyte#1',
    // Under expert or scholar in WordNet, but not expertise a news source is quoted for.
    'horticulturist#1', 'juror#1', 'massager#1', 'alumnus#1', 'islamist#1',
  ],
};

/** Roots of organisation nouns, and of the research bodies among them (think tanks, universities, laboratories). */
const ORG_ROOTS = ['organization#1', 'institution#1', 'company#1', 'government_agency#1', 'party#1', 'administration#2'];
const RESEARCH_ROOTS = ['think_tank#1', 'institute#1', 'college#2', 'university#3', 'graduate_school#1', 'research_center#1', 'laboratory#1', 'academy#2', 'academy#4', 'observatory#1'];
const PERSON = 'person#1';

// ---- WordNet files ----------------------------------------------------------
const synsets = new Map(); // offset → { words, hyper }
for (const line of readFileSync(join(WN, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' | ')[0].split(' ');
  const count = parseInt(f[3], 16);
  const words = [];
  let i = 4;
  for (let w = 0; w < count; w++, i += 2) words.push(f[i].replace(/\(.*\)$/, ''));
  const pointers = Number(f[i++]);
  const hyper = [];
  let instance = false;
  for (let p = 0; p < pointers; p++, i += 4) {
    if (f[i] === '@' || f[i] === '@i') hyper.push(f[i + 1]);
    if (f[i] === '@i') instance = true;
  }
  // Instances are named individuals ("Abraham Lincoln"), not kinds of person: never role words.
  synsets.set(f[0], { words, hyper, instance });
}
const senses = new Map(); // lemma → offsets, most frequent first
const tagged = new Set(); // lemmas with a sense seen in the sense-tagged corpus (SemCor): common words
for (const line of readFileSync(join(WN, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const n = Number(f[2]);
  const p = Number(f[3]);
  senses.set(f[0], f.slice(6 + p, 6 + p + n));
  if (Number(f[5 + p]) > 0) tagged.add(f[0]);
}

function sense(ref) {
  const [lemma, n] = ref.split('#');
  const off = senses.get(lemma)?.[Number(n) - 1];
  if (!off) throw new Error(`WordNet has no sense ${ref}: check the ROOTS`);
  return off;
}

/** Distance from `off` up to each ancestor (breadth first, so the nearest wins). */
function ancestors(off) {
  const dist = new Map([[off, 0]]);
  const queue = [off];
  while (queue.length) {
    const o = queue.shift();
    for (const h of synsets.get(o)?.hyper ?? []) {
      if (dist.has(h)) continue;
      dist.set(h, dist.get(o) + 1);
      queue.push(h);
    }
  }
  return dist;
}

const rootCategory = new Map();
for (const [category, refs] of Object.entries(ROOTS)) for (const r of refs) rootCategory.set(sense(r), category);
const person = sense(PERSON);

/** The category of a person sense: the nearest root's, `other` when none. Null when not a person. */
function categoryOf(off) {
  if (synsets.get(off)?.instance) return null;
  const dist = ancestors(off);
  if (!dist.has(person)) return null;
  let best = null;
  let bestDist = Infinity;
  for (const [o, d] of dist) {
    const c = rootCategory.get(o);
    if (c && d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best ?? 'other';
}

/** Common nouns only, up to three words: "chief executive officer", not "Attorney General of the United States". */
const usable = (lemma) => /^[a-z][a-z'-]*(?:_[a-z][a-z'-]*){0,2}$/.test(lemma);

const roles = { official: new Set(), expert: new Set(), other: new Set() };
const cache = new Map();
for (const [lemma, offs] of senses) {
  if (!usable(lemma)) continue;
  const cats = offs.map((o) => {
    if (!cache.has(o)) cache.set(o, categoryOf(o));
    return cache.get(o);
  });
  // The most frequent sense that is a person decides ("minister" is first a cleric, a leader).
  const first = cats.find((c) => c !== null);
  if (first === 'official' || first === 'expert') roles[first].add(lemma.replace(/_/g, ' '));
  else if (first === 'other' && cats[0] === 'other' && tagged.has(lemma)) roles.other.add(lemma.replace(/_/g, ' '));
}

/** Common nouns whose most frequent sense lies under one of `roots` (names such as "Interpol" left out; `common`: SemCor-tagged only). */
function under(roots, common) {
  const offs = new Set(roots.map(sense));
  const out = new Set();
  for (const [lemma, list] of senses) {
    if (!usable(lemma) || (common && !tagged.has(lemma))) continue;
    const first = list[0];
    const s = synsets.get(first);
    if (!s || s.instance || s.words.some((w) => w.toLowerCase() === lemma && w !== lemma)) continue;
    const dist = ancestors(first);
    if ([...offs].some((o) => dist.has(o))) out.add(lemma.replace(/_/g, ' '));
  }
  return out;
}
const research = under(RESEARCH_ROOTS, false);
const organizations = under(ORG_ROOTS, true);
for (const r of research) organizations.delete(r);

// ---- Output ------------------------------------------------------------------
function wrap(words) {
  const lines = [];
  let line = '';
  for (const w of [...words].sort()) {
    if (line && line.length + w.length + 1 > 110) {
      lines.push(line);
      line = '';
    }
    line += (line ? '|' : '') + w;
  }
  if (line) lines.push(line);
  return lines.map((l) => `    '${l.replace(/'/g, "\\'")}'`).join(',\n');
}

const text = `// GENERATED by scripts/generate-roles.mjs from WordNet 3.0 (Debian wordnet-base): do not edit.
// Re-run that script by hand and review the diff; the hand-written entries in en.ts take precedence.
// English role nouns and the category they give a speaker, and nouns naming organisations.
// Words are joined by "|"; multi-word nouns keep their spaces.

/** Person nouns by category: official (speaks for an office), expert (from expertise), other. */
export const ROLE_WORDS_EN: Record<'official' | 'expert' | 'other', readonly string[]> = {
  official: [
${wrap(roles.official)},
  ],
  expert: [
${wrap(roles.expert)},
  ],
  other: [
${wrap(roles.other)},
  ],
};

/** Nouns for research bodies (universities, institutes, think tanks, laboratories). */
export const RESEARCH_BODY_WORDS_EN: readonly string[] = [
${wrap(research)},
];

/** Nouns for other organisations (companies, agencies, parties, charities). */
export const ORGANIZATION_WORDS_EN: readonly string[] = [
${wrap(organizations)},
];
`;
writeFileSync(OUT, text);
console.log(`${OUT}: official ${roles.official.size}, expert ${roles.expert.size}, other ${roles.other.size}, research ${research.size}, organisations ${organizations.size}`);
