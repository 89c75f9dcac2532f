// The one data file of gender-detection-from-name that the lexicon reads (the
// package types only its getGender(), which loads six languages' tables).
declare module 'gender-detection-from-name/names/en.js' {
  const names: ReadonlyMap<string, 'male' | 'female'>;
  export default names;
}
