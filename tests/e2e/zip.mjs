// Reading the zips `wxt zip` makes, without a dependency: entries from their
// local headers (stored or deflated; wxt writes sizes there, no data descriptors).
import { inflateRawSync } from 'node:zlib';

/** Every file of a zip archive: Map<name, Buffer>. */
export function unzipAll(zip) {
  const files = new Map();
  for (let at = 0; at + 30 <= zip.length; ) {
    if (zip.readUInt32LE(at) !== 0x04034b50) break;
    const flags = zip.readUInt16LE(at + 6);
    if (flags & 0x08) throw new Error('zip entry with a data descriptor: sizes are not in the local header');
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + size);
    if (!name.endsWith('/')) files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at = start + size;
  }
  return files;
}

/** One file out of a zip archive, or null. */
export function unzipEntry(zip, name) {
  return unzipAll(zip).get(name) ?? null;
}
