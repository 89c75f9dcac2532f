// mulberry32: a tiny seeded PRNG, so that generated inputs are the same on every
// run. Plain JavaScript (with prng.d.mts for TypeScript) so that both the
// TypeScript benches and bench/pathological.mjs, which runs in plain Node, use it.
/** @param {number} seed @returns {() => number} */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
