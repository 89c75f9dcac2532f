// Sizes of the built extension: content script, popup JS and the popup's
// analysis script, raw and gzipped, and how much of that is not Readability.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './node';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleResult {
  dir: string;
  built: boolean;
  /** The build is older than the newest source file under entrypoints/, components/ or utils/. */
  stale: boolean;
  /** The content script: what the reader's tab loads (the page reader, Readability, highlighting). */
  content: FileSize | null;
  /** The analysis script the popup loads (the attribution core and its lexicons; `analysis-worker.js` in older builds). */
  worker: FileSize | null;
  popup_js: FileSize[];
  popup_js_gzip: number;
  background: FileSize | null;
  total_js_gzip: number;
  readability: { method: string; raw: number; gzip: number };
  /** gzip(content) + Σ gzip(popup JS) + gzip(analysis) − gzip(minified Readability). */
  beyond_readability_gzip: number | null;
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function size(dir: string, rel: string): FileSize {
  const buf = readFileSync(path.join(dir, rel));
  return { file: rel, raw: buf.length, gzip: gz(buf) };
}

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Readability's own size: minified with the esbuild that vite/wxt already install, else raw. */
async function readabilitySize(): Promise<BundleResult['readability']> {
  const file = path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
  const src = readFileSync(file, 'utf8');
  try {
    const esbuild = await import('esbuild');
    const { code } = await esbuild.transform(src, { minify: true, loader: 'js' });
    return { method: 'Readability.js minified by esbuild (whitespace, syntax, identifiers), gzip -9', raw: Buffer.byteLength(code), gzip: gz(code) };
  } catch {
    return { method: 'Readability.js as shipped (comments included), gzip -9', raw: Buffer.byteLength(src), gzip: gz(src) };
  }
}

export async function bundleSizes(dir: string): Promise<BundleResult> {
  const readability = await readabilitySize();
  const manifest = path.join(dir, 'manifest.json');
  const empty: BundleResult = {
    dir: path.relative(ROOT, dir), built: false, stale: false, content: null, worker: null, popup_js: [], popup_js_gzip: 0,
    background: null, total_js_gzip: 0, readability, beyond_readability_gzip: null,
  };
  if (!existsSync(manifest)) return empty;
  const builtAt = statSync(manifest).mtimeMs;
  const sourcesAt = Math.max(...['entrypoints', 'components', 'utils'].map((d) => newestMtime(path.join(ROOT, d))));
  const contentRel = ['reader.js', 'content-scripts/content.js'].find((f) => existsSync(path.join(dir, f))) ?? 'reader.js';
  const content = existsSync(path.join(dir, contentRel)) ? size(dir, contentRel) : null;
  const workerRel = ['analysis.js', 'analysis-worker.js'].find((f) => existsSync(path.join(dir, f)));
  const worker = workerRel ? size(dir, workerRel) : null;
  // Popup JS: every script popup.html loads, plus the chunks those import (WXT puts them in chunks/).
  const popupJs: FileSize[] = [];
  const popupHtml = path.join(dir, 'popup.html');
  if (existsSync(popupHtml)) {
    const html = readFileSync(popupHtml, 'utf8');
    const seen = new Set<string>();
    const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    while (queue.length) {
      const rel = queue.shift()!;
      if (seen.has(rel) || !existsSync(path.join(dir, rel))) continue;
      seen.add(rel);
      popupJs.push(size(dir, rel));
      const js = readFileSync(path.join(dir, rel), 'utf8');
      for (const m of js.matchAll(/(?:from|import)\s*\(?\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) {
        queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(rel), m[1]!)).replace(/^\//, ''));
      }
    }
  }
  const background = existsSync(path.join(dir, 'background.js')) ? size(dir, 'background.js') : null;
  const popupGz = popupJs.reduce((n, f) => n + f.gzip, 0);
  const totalGz = (content?.gzip ?? 0) + popupGz + (worker?.gzip ?? 0);
  return {
    ...empty,
    built: true,
    stale: sourcesAt > builtAt,
    content,
    worker,
    popup_js: popupJs,
    popup_js_gzip: popupGz,
    background,
    total_js_gzip: totalGz,
    beyond_readability_gzip: totalGz - readability.gzip,
  };
}
