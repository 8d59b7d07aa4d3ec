import { resolve } from 'node:path';
import { loadFile } from './src/cli/page-source';
for (const f of process.argv.slice(2)) { const l = await loadFile(resolve(f)); console.log('=====', f, l.published); console.log(l.text); }
