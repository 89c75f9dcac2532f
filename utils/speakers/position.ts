// Where a phrase stands in the article: its block and its token in the block.
// Positions compare in reading order; "nearer" and "earlier" are read from
// them by these helpers, never from numbers packed into one.

export interface Position {
  block: number;
  /** Index of the phrase's first token in its block's tokens. */
  offset: number;
}

/** Negative when `a` comes before `b` in reading order, positive after, 0 at the same place. */
export function comparePositions(a: Position, b: Position): number {
  return a.block - b.block || a.offset - b.offset;
}

export const isBefore = (a: Position, b: Position): boolean => comparePositions(a, b) < 0;

/** The same offset `blocks` blocks away: the reach of a look-back ("four blocks back"), or a weight in ranking. */
export function blocksAway(p: Position, blocks: number): Position {
  return { block: p.block + blocks, offset: p.offset };
}

/** The index of the first item at or after `pos`, in items kept in reading order (binary search). */
export function firstAtOrAfter(items: readonly { pos: Position }[], pos: Position): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(items[mid]!.pos, pos) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far apart two positions are: blocks first, then tokens (negative within the nearer block when the order crosses it). */
export function compareDistances(a: [Position, Position], b: [Position, Position]): number {
  const da = distance(a[0], a[1]);
  const db = distance(b[0], b[1]);
  return da.blocks - db.blocks || da.tokens - db.tokens;
}

function distance(a: Position, b: Position): { blocks: number; tokens: number } {
  const blocks = a.block - b.block;
  if (blocks === 0) return { blocks: 0, tokens: Math.abs(a.offset - b.offset) };
  // Across blocks the token offsets count from the earlier block's start: (5, 10) is nearer (3, 90) than (3, 5).
  return { blocks: Math.abs(blocks), tokens: Math.sign(blocks) * (a.offset - b.offset) };
}
