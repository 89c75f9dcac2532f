// Text normalisation shared by every stage: the block text it produces is the
// "page text" that quote offsets refer to.

/** Zero-width characters and the byte-order mark: invisible, and they split words. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Every kind of white space, non-breaking and thin spaces included. */
const SPACE_RUN = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** Remove invisible characters and fold white space to single spaces. */
export function foldText(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').trim();
}

/** Count words (runs of letters or digits). */
export function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
