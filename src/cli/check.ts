/**
 * `npm run check -- <file.html | file.txt | https://address> [--json] [--sensitivity strict|balanced|broad]`
 * Runs the extension's engine on an article and prints what it found. Problems with the input
 * are one line on stderr and a non-zero exit, never a stack trace.
 */
import { bundledDataset } from '../dataset/bundled';
import { createEngine } from '../engine/engine';
import { createOutcomes } from '../findings/outcomes';
import type { Sensitivity } from '../match/matcher';
import { loadPage } from '../read/page-source';
import { formatHuman, toJson } from './check-output';
import { runCommand } from './run';

/** Today as `YYYY-MM-DD`; `CHECK_TODAY` pins it (tests, or reading as of another day). */
function today(): string {
  const pinned = process.env.CHECK_TODAY;
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)
    ? pinned
    : new Date().toISOString().slice(0, 10);
}

const USAGE =
  'usage: npm run check -- <file.html | file.txt | https://address> [--json] [--sensitivity strict|balanced|broad]';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  let sensitivity: Sensitivity = 'balanced';
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') continue;
    if (arg === '--sensitivity') {
      const value = argv[++i];
      if (value !== 'strict' && value !== 'balanced' && value !== 'broad') {
        console.error(`check: --sensitivity takes strict, balanced or broad\n${USAGE}`);
        return 2;
      }
      sensitivity = value;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      console.error(`check: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else targets.push(arg);
  }
  if (targets.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const target = targets[0] as string;
  const page = await loadPage(target);
  const engine = createEngine(bundledDataset, { sensitivity });
  const result = engine.check(page.text, {
    published: page.published,
    site: page.site,
    signer: page.signer,
  });
  const output = json
    ? JSON.stringify(toJson(result, page, bundledDataset, target), null, 2)
    : formatHuman(
        result,
        page,
        bundledDataset,
        target,
        createOutcomes(bundledDataset.claims, bundledDataset.speakers, today()),
      );
  console.log(output);
  return 0;
}

runCommand('check', main);
