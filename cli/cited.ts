// Temporary minimal CLI (to be completed): file → linkedom → analyze → JSON.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyze } from '../utils/analyze';
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const file of args) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  console.log(JSON.stringify(analyze(document as unknown as Document, { url: 'file://' + file })));
}
