import { resolve } from 'node:path';
import { bundledDataset } from './src/dataset/bundled';
import { createEngine } from './src/engine/engine';
import { loadFile } from './src/cli/page-source';
const [file, needle] = process.argv.slice(2);
const engine = createEngine(bundledDataset);
const loaded = await loadFile(resolve(file));
const r = engine.detect(loaded.text, { published: loaded.published });
console.log('published', loaded.published, 'relevant', r.relevant);
if (needle) {
  let at = loaded.text.indexOf(needle);
  while (at !== -1) { console.log('CTX:', JSON.stringify(loaded.text.slice(Math.max(0, at - 300), at + 200))); at = loaded.text.indexOf(needle, at + 1); }
} else for (const m of r.mentions) if (m.kind !== 'quote') console.log(m.kind, JSON.stringify(m.text));
