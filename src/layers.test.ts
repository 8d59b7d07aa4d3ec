/**
 * The layer rules of `.dependency-cruiser.cjs` (run by `npm run lint:deps`) hold on the real
 * tree, and catch a lower layer importing a higher one (type-only imports too), the evaluation
 * importing the command line, the core importing extension code, and one of the extension's
 * contexts (page, background, extension pages) importing another's code, in small fixture trees.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/**
 * Runs dependency-cruiser in `cwd` on `paths` as `npm run lint:deps` does: the violations it
 * reports (from its JSON output) and the exit code of the plain run (non-zero on any error).
 */
function cruise(cwd: string, paths: string[]): { violations: Violation[]; status: number | null } {
  const options = { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
  const json = spawnSync(
    DEPCRUISE,
    [...paths, '--config', CONFIG, '--output-type', 'json'],
    options,
  );
  if (!json.stdout) throw new Error(`depcruise printed nothing: ${json.stderr}`);
  const result = JSON.parse(json.stdout) as { summary: { violations: Violation[] } };
  const plain = spawnSync(DEPCRUISE, [...paths, '--config', CONFIG], options);
  return { violations: result.summary.violations, status: plain.status };
}

/** A tree with one module per line of `files`: path → source. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ccc-layers-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('layers', () => {
  it('the real tree keeps every rule', () => {
    const { violations, status } = cruise(ROOT, ['src', 'entrypoints']);
    expect(violations).toEqual([]);
    expect(status).toBe(0);
  }, 60_000);

  it('reports upward imports and extension code in the core', () => {
    const dir = fixture({
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', strict: true } }),
      'src/model/types.ts': 'export type Word = string;\n',
      'src/engine/engine.ts':
        "import type { Word } from '../model/types';\nexport const run = (w: Word): Word => w;\n",
      // A value import from a higher layer.
      'src/detect/detect.ts':
        "import { run } from '../engine/engine';\nexport const detect = run;\n",
      // A type-only import from a higher layer counts as much.
      'src/attribute/attribute.ts':
        "import type { run } from '../engine/engine';\nexport type Run = typeof run;\n",
      // The evaluation may not import the command line.
      'src/cli/run.ts': 'export const main = 1;\n',
      'src/eval/corpus.ts': "import { main } from '../cli/run';\nexport const corpus = main;\n",
      // The core may not import WXT, Preact or the extension side.
      'src/text/fold.ts': "import { browser } from 'wxt/browser';\nexport const b = browser;\n",
      'src/present/words.ts': "import { h } from 'preact';\nexport const w = h;\n",
      'src/extension/page/reader.ts': 'export const read = 1;\n',
      'src/findings/findings.ts':
        "import { read } from '../extension/page/reader';\nexport const f = read;\n",
      // The extension side may import the core.
      'src/extension/page/checker.ts':
        "import { run } from '../../engine/engine';\nexport const check = run;\n",
    });
    dirs.push(dir);
    const { violations, status } = cruise(dir, ['src']);
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual([
      'attribute-imports-no-higher-layer: src/attribute/attribute.ts → src/engine/engine.ts',
      'core-imports-no-extension-code: src/findings/findings.ts → src/extension/page/reader.ts',
      expect.stringMatching(
        /^core-imports-no-extension-code: src\/present\/words\.ts → .*node_modules\/preact\//,
      ),
      expect.stringMatching(
        /^core-imports-no-extension-code: src\/text\/fold\.ts → .*node_modules\/wxt\//,
      ),
      'detect-imports-no-higher-layer: src/detect/detect.ts → src/engine/engine.ts',
      'eval-imports-no-higher-layer: src/eval/corpus.ts → src/cli/run.ts',
    ]);
    expect(status).not.toBe(0);
  }, 60_000);

  it('keeps the extension’s contexts apart', () => {
    const dir = fixture({
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'esnext', strict: true } }),
      'src/extension/messaging.ts': 'export const send = 1;\n',
      // The card is shared: the page shows it, and it may use the shared modules.
      'src/extension/ui/card/card.ts':
        "import { send } from '../../messaging';\nexport const card = send;\n",
      'src/extension/page/card-host.ts':
        "import { card } from '../ui/card/card';\nexport const host = card;\n",
      // The page may not import the popup's code, the popup not the background's, and so on.
      'src/extension/page/lifecycle.ts':
        "import { popup } from '../ui/popup/popup';\nexport const run = popup;\n",
      'src/extension/ui/popup/popup.ts':
        "import { badge } from '../../background/badge';\nexport const popup = badge;\n",
      'src/extension/background/badge.ts':
        "import { host } from '../page/card-host';\nexport const badge = host;\n",
      'src/extension/ui/card/parts.ts':
        "import { run } from '../../page/lifecycle';\nexport const parts = run;\n",
    });
    dirs.push(dir);
    const { violations, status } = cruise(dir, ['src']);
    const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(found).toEqual([
      'background-imports-no-other-context: src/extension/background/badge.ts → src/extension/page/card-host.ts',
      'card-imports-no-context: src/extension/ui/card/parts.ts → src/extension/page/lifecycle.ts',
      'page-imports-no-other-context: src/extension/page/lifecycle.ts → src/extension/ui/popup/popup.ts',
      'ui-pages-imports-no-other-context: src/extension/ui/popup/popup.ts → src/extension/background/badge.ts',
    ]);
    expect(status).not.toBe(0);
  }, 60_000);
});
