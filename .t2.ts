import { bundledDataset } from './src/dataset/bundled';
import { createDetector } from './src/detect/detect';
const d = createDetector(bundledDataset);
const t = process.argv[2];
console.log(d.detect(t, { published: '2025-01-31' }).mentions.map((m) => `${m.kind}:${m.text}`));
