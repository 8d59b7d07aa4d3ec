import { bundledDataset } from './src/dataset/bundled';
import { createDetector } from './src/detect/detect';
const d = createDetector(bundledDataset);
const s = process.argv[2].toLowerCase();
for (const m of s.matchAll(new RegExp(d.trigger.source, 'g'))) console.log(JSON.stringify(m[0]), m.findIndex((x, i) => i > 0 && x !== undefined));
