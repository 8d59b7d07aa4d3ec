/**
 * `npm run draft -- <file.html | file.txt | https://address> [--json]`
 * Drafts candidate claims for an article: every statement the page credits to someone, in the
 * dataset's format and validated with its schema, for a maintainer to review and copy into
 * `data/claims.json` by hand (see data/README.md, "Accepting a drafted claim"). Problems with
 * the input are one line on stderr and exit code 1.
 */
import { bundledDataset } from '../dataset/bundled';
import { draftArticle } from '../draft/article';
import { draftHuman, draftJson } from '../draft/format';
import { runCommand } from './run';

const USAGE = 'usage: npm run draft -- <file.html | file.txt | https://address> [--json]';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const targets: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') continue;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    }
    if (arg.startsWith('--')) {
      console.error(`draft: unknown option ${arg}\n${USAGE}`);
      return 2;
    }
    targets.push(arg);
  }
  if (targets.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const target = targets[0] as string;
  const result = await draftArticle(target, bundledDataset);
  console.log(json ? JSON.stringify(draftJson(result), null, 2) : draftHuman(result, target));
  return 0;
}

runCommand('draft', main);
