/**
 * Sizes of the built extension's bundles (`.output/chrome-mv3`): each entry point with the
 * chunks and stylesheets it loads, as built (minified) and gzipped (node:zlib, level 9).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** Scripts, module preloads and stylesheets an extension page loads (paths in the output). */
function assetsOfPage(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const files = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) {
    if (match[1]) files.add(match[1]);
  }
  return [...files];
}

function measure(outDir: string, name: string, files: string[]): BundleSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const data = readFileSync(join(outDir, file));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { name, files, bytes, gzipBytes };
}

/** The content script, its stylesheet, the background, the popup and the options page. */
export function bundleSizes(outDir: string): BundleSize[] {
  const out: BundleSize[] = [];
  const add = (name: string, files: string[]): void => {
    const present = files.filter((file) => existsSync(join(outDir, file)));
    if (present.length > 0) out.push(measure(outDir, name, present));
  };
  add('content script (JS)', ['content-scripts/content.js']);
  add('content script (CSS)', ['content-scripts/content.css']);
  add('background (JS)', ['background.js']);
  for (const page of ['popup', 'options']) {
    if (!existsSync(join(outDir, `${page}.html`))) continue;
    const assets = assetsOfPage(outDir, `${page}.html`);
    add(
      `${page} (JS)`,
      assets.filter((f) => f.endsWith('.js')),
    );
    add(
      `${page} (CSS)`,
      assets.filter((f) => f.endsWith('.css')),
    );
  }
  return out;
}
