// The large-page reader's scoring pass: one read-only walk (or token stream)
// that scores paragraphs the way Readability does (one point, one per comma,
// one per 100 characters up to three, less link text) and credits their
// containers, so the element holding the most prose is known at the end. It
// creates nothing, so it stays cheap on 200,000 elements.
import { CONTAINER_SKIP, DIVLIKE, DROP, INLINE_KEPT, SCORED, UNWRAP } from './tags';

/** An element's attribute, by name; null when absent. */
export type AttrReader = (name: string) => string | null;

export interface EventSink {
  /** An element opens; false skips its content (and no close() follows). */
  open(tag: string, attrs: AttrReader, node: unknown): boolean;
  text(value: string): void;
  close(): void;
  /** True once the sink wants no more events. */
  readonly full: boolean;
}

interface ScoreFrame<K> {
  /** The element's key, or null for an unwrapped (inline) element: its counts go to its owner. */
  key: K | null;
  tag: string;
  owner: ScoreFrame<K>;
  chars: number;
  commas: number;
  linkChars: number;
  blockChild: boolean;
}

/** Scores containers by the prose of the paragraphs inside them; keys are whatever the walker passes as `node`. */
export class Scorer<K> implements EventSink {
  /** Elements seen; deepest nesting seen. */
  seen = 0;
  depth = 0;
  full = false;
  private readonly stack: ScoreFrame<K>[] = [];
  private readonly scores = new Map<K, number>();
  private readonly chars = new Map<K, number>();
  private readonly parents = new Map<K, K | null>();
  private readonly tags = new Map<K, string>();
  private linkDepth = 0;

  constructor(private readonly maxElements = Infinity) {
    const root = { key: null, tag: '', chars: 0, commas: 0, linkChars: 0, blockChild: false } as unknown as ScoreFrame<K>;
    root.owner = root;
    this.stack.push(root);
  }

  open(tagName: string, _attrs: AttrReader, node: unknown): boolean {
    const tag = tagName.toUpperCase();
    if (++this.seen >= this.maxElements) this.full = true;
    if (this.stack.length > this.depth) this.depth = this.stack.length;
    if (DROP.has(tag) || tag.includes(':')) return false;
    const top = this.stack[this.stack.length - 1]!;
    const key = UNWRAP.has(tag) ? null : (node as K);
    if (tag === 'A') this.linkDepth++;
    const frame = { key, tag, chars: 0, commas: 0, linkChars: 0, blockChild: false } as ScoreFrame<K>;
    frame.owner = key === null ? top.owner : frame;
    if (key !== null) {
      this.parents.set(key, top.owner.key);
      this.tags.set(key, tag);
    }
    this.stack.push(frame);
    return true;
  }

  text(value: string): void {
    const owner = this.stack[this.stack.length - 1]!.owner;
    owner.chars += value.length;
    if (this.linkDepth > 0) owner.linkChars += value.length;
    for (let i = value.indexOf(','); i !== -1; i = value.indexOf(',', i + 1)) owner.commas++;
  }

  close(): void {
    if (this.stack.length <= 1) return;
    const frame = this.stack.pop()!;
    if (frame.tag === 'A') this.linkDepth = Math.max(0, this.linkDepth - 1);
    if (frame.key === null) return;
    this.score(frame);
    const parent = this.stack[this.stack.length - 1]!.owner;
    parent.chars += frame.chars;
    parent.commas += frame.commas;
    parent.linkChars += frame.linkChars;
    if (!INLINE_KEPT.has(frame.tag)) parent.blockChild = true;
    if (this.scores.has(frame.key)) {
      this.chars.set(frame.key, frame.chars);
    } else {
      this.parents.delete(frame.key);
      this.tags.delete(frame.key);
    }
  }

  /** Readability's paragraph score (one point, one per comma, one per 100 characters up to 3, less link text), to three ancestors. */
  private score(frame: ScoreFrame<K>): void {
    const scored = SCORED.has(frame.tag) || (DIVLIKE.has(frame.tag) && !frame.blockChild);
    if (!scored || frame.chars < 25) return;
    const points = (1 + frame.commas + Math.min(Math.floor(frame.chars / 100), 3)) * (1 - frame.linkChars / frame.chars);
    if (points <= 0) return;
    let key = this.parents.get(frame.key!) ?? null;
    for (let level = 0; key !== null && level < 3; level++, key = this.parents.get(key) ?? null) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3);
      this.scores.set(key, (this.scores.get(key) ?? 0) + points * share);
    }
  }

  /** Characters of text inside a scored container (0 when unknown). */
  charsOf(key: K): number {
    return this.chars.get(key) ?? 0;
  }

  /** Close what is still open (a pass that stopped early) and return the key of the container with the most prose. */
  best(): K | null {
    while (this.stack.length > 1) this.close();
    let best: K | null = null;
    let bestScore = 0;
    for (const [key, score] of this.scores) {
      if (CONTAINER_SKIP.has(this.tags.get(key) ?? '')) continue;
      if (score > bestScore) {
        best = key;
        bestScore = score;
      }
    }
    if (best === null) return null;
    // Take the parent too when it holds little else (an article's body split over sibling blocks).
    const parent = this.parents.get(best) ?? null;
    if (parent !== null && !CONTAINER_SKIP.has(this.tags.get(parent) ?? '')) {
      const mine = this.chars.get(best) ?? 0;
      const theirs = this.chars.get(parent);
      if (theirs != null && theirs <= mine * 1.5 + 2000) return parent;
    }
    return best;
  }
}

