// Synthetic inputs for the scaling and pathological runs. Each builder is pure
// and deterministic (fixed seed) and returns an Article, so only the pipeline
// after Readability (`analyzeArticle`) is timed on it.
import type { Article, Block } from '../utils/types';
import { prng } from './prng.mjs';

export interface CaseSpec {
  name: string;
  group: 'scaling' | 'pathological';
  /** What the input stresses, for the report. */
  about: string;
  /** Repeat factor (scaling only). */
  factor?: number;
}

export const SCALING_FACTORS = [1, 10, 100] as const;

export const SCALING_CASES: CaseSpec[] = SCALING_FACTORS.map((factor) => ({
  name: `article-x${factor}`,
  group: 'scaling',
  about: `the base article's blocks repeated ×${factor}`,
  factor,
}));

export const PATHOLOGICAL_CASES: CaseSpec[] = [
  { name: 'marks-5k-pairs', group: 'pathological', about: 'one block, 5,000 balanced “…” pairs with words between' },
  { name: 'marks-20k-mixed', group: 'pathological', about: 'one block, 20,000 random marks of every style, few letters' },
  { name: 'marks-20k-straight', group: 'pathological', about: 'one block, 20,000 straight " and \' marks between words' },
  { name: 'unbalanced-10k-openers', group: 'pathological', about: 'one block, 10,000 “ openers, never closed' },
  { name: 'unbalanced-10k-closers', group: 'pathological', about: 'one block, 10,000 ” closers, never opened' },
  { name: 'unclosed-4k-then-4k-other', group: 'pathological', about: 'one block, 4,000 unclosed « then 4,000 ’ closers of another family (stack never pops)' },
  { name: 'unbalanced-2k-blocks', group: 'pathological', about: '2,000 blocks each opening “ and never closing (continuation chain)' },
  { name: 'paragraph-1mb', group: 'pathological', about: "one 1 MB block of the base article's prose (quotes included)" },
  { name: 'word-1mb', group: 'pathological', about: 'one 1 MB block with no spaces or marks (“aaaa…”)' },
  { name: 'capitals-100k', group: 'pathological', about: '100 KB of Capitalised Words with no punctuation, then “said”' },
  { name: 'apostrophes-20k', group: 'pathological', about: 'one block, 20,000 don’t/players’ apostrophes' },
  { name: 'blocks-20k-tiny', group: 'pathological', about: '20,000 one-sentence blocks, every tenth quoted' },
];


function article(blocks: string[], base: Article | null, title = 'Benchmark input'): Article {
  return {
    title: base?.title ?? title,
    byline: base?.byline ?? null,
    siteName: base?.siteName ?? null,
    publishedTime: base?.publishedTime ?? null,
    lang: base?.lang ?? 'en',
    url: base?.url ?? 'https://example.org/bench',
    excerpt: null,
    blocks: blocks.map((text, index): Block => ({ index, kind: 'paragraph', text })),
  };
}

/** The base article's blocks repeated `factor` times, re-indexed, kinds kept. */
export function repeatArticle(base: Article, factor: number): Article {
  const blocks: Block[] = [];
  for (let k = 0; k < factor; k++) {
    for (const b of base.blocks) blocks.push({ index: blocks.length, kind: b.kind, text: b.text });
  }
  return { ...base, blocks };
}

const WORDS = ['the', 'council', 'said', 'plan', 'river', 'would', 'never', 'be', 'built', 'minister', 'told', 'reporters'];

function words(rand: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  return out.join(' ');
}

export function buildCase(spec: CaseSpec, base: Article): Article {
  const rand = prng(0xc17ed);
  switch (spec.name) {
    case 'marks-5k-pairs': {
      const parts: string[] = [];
      for (let i = 0; i < 5000; i++) parts.push(`${words(rand, 2)} “${words(rand, 1 + (i % 4))}”`);
      return article([parts.join(' ') + '.'], base);
    }
    case 'marks-20k-mixed': {
      const marks = '“”„‟"＂‘’‚\'«»‹›「」『』';
      let s = '';
      for (let i = 0; i < 20000; i++) {
        s += marks[Math.floor(rand() * marks.length)];
        const r = rand();
        s += r < 0.4 ? ' ' : r < 0.7 ? 'a' : r < 0.8 ? '.' : '';
      }
      return article([s], base);
    }
    case 'marks-20k-straight': {
      const parts: string[] = [];
      for (let i = 0; i < 20000; i++) parts.push((rand() < 0.5 ? '"' : "'") + WORDS[i % WORDS.length]);
      return article([parts.join(' ')], base);
    }
    case 'unbalanced-10k-openers': {
      const parts: string[] = [];
      for (let i = 0; i < 10000; i++) parts.push(`“${WORDS[i % WORDS.length]}`);
      return article([parts.join(' ')], base);
    }
    case 'unbalanced-10k-closers': {
      const parts: string[] = [];
      for (let i = 0; i < 10000; i++) parts.push(`${WORDS[i % WORDS.length]}”`);
      return article([parts.join(' ')], base);
    }
    case 'unclosed-4k-then-4k-other':
      // Every closer looks for an opener of its own family through the whole stack of «.
      return article(['«a '.repeat(4000) + 'b’ '.repeat(4000)], base);
    case 'unbalanced-2k-blocks': {
      const blocks: string[] = [];
      for (let i = 0; i < 2000; i++) blocks.push(`“${words(rand, 12)}, ${words(rand, 8)}`);
      return article(blocks, base);
    }
    case 'paragraph-1mb': {
      const prose = base.blocks.map((b) => b.text).join(' ');
      const copies = Math.ceil((1024 * 1024) / (Buffer.byteLength(prose) + 1));
      return article([Array.from({ length: copies }, () => prose).join(' ')], base);
    }
    case 'word-1mb':
      return article(['a'.repeat(1024 * 1024)], base);
    case 'capitals-100k': {
      const caps = ['Harbour', 'Bridge', 'Minister', 'Jane', 'Smith', 'Council', 'New', 'South', 'Wales', 'Dr', 'Lee', 'Chief'];
      const parts: string[] = [];
      while (parts.join(' ').length < 100 * 1024) {
        for (let i = 0; i < 1000; i++) parts.push(caps[Math.floor(rand() * caps.length)]!);
      }
      return article([`“It is done,” ${parts.join(' ')} said`], base);
    }
    case 'apostrophes-20k': {
      const parts: string[] = [];
      for (let i = 0; i < 20000; i++) parts.push(i % 2 ? 'don’t' : 'players’');
      return article([parts.join(' ')], base);
    }
    case 'blocks-20k-tiny': {
      const blocks: string[] = [];
      for (let i = 0; i < 20000; i++) {
        blocks.push(i % 10 ? `${words(rand, 8)}.` : `“${words(rand, 6)},” the minister said.`);
      }
      return article(blocks, base);
    }
    default: {
      if (spec.group === 'scaling' && spec.factor) return repeatArticle(base, spec.factor);
      throw new Error(`unknown case ${spec.name}`);
    }
  }
}

/** Size of an article's text in KB (UTF-8 bytes of all blocks / 1024). */
export function articleKb(a: Article): number {
  let bytes = 0;
  for (const b of a.blocks) bytes += Buffer.byteLength(b.text);
  return bytes / 1024;
}
