/**
 * Least privilege: every permission the extension asks for is listed, with its reason, in the
 * README's "Permissions" table, and the table lists nothing the extension no longer asks for.
 * Reads the manifest section of `wxt.config.ts`, and the built Chromium and Firefox manifests
 * when a build is there (WXT can add permissions of its own while building).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The manifest keys that grant access; each of their entries needs a reason in the README. */
const PERMISSION_KEYS = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
] as const;

type ManifestLike = Partial<Record<(typeof PERMISSION_KEYS)[number], unknown>>;

/** Every permission and host pattern a manifest asks for, e.g. `storage`, `*://*\/*`. */
function requested(manifest: ManifestLike): string[] {
  return PERMISSION_KEYS.flatMap((key) => {
    const value = manifest[key];
    return Array.isArray(value) ? value.map(String) : [];
  });
}

/** Rows of the `## Permissions` table: permission (first code span of the row) → reason. */
function readmePermissions(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.search(/^## Permissions[ \t]*$/m);
  if (start === -1) throw new Error('README.md has no "## Permissions" section');
  const rest = readme.slice(start + 1);
  const next = rest.search(/^## /m);
  const section = next === -1 ? rest : rest.slice(0, next);
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line
      .trim()
      .match(/^\|(.*)\|$/)?.[1]
      ?.split('|');
    if (!cells || cells.length < 2) continue;
    const name = cells[0]?.match(/`([^`]+)`/)?.[1];
    if (!name) continue; // header and separator rows
    rows.set(name, cells.slice(1).join('|').trim());
  }
  return rows;
}

function builtManifest(dir: string): ManifestLike | null {
  const file = join(ROOT, '.output', dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ManifestLike) : null;
}

/** The manifest of `wxt.config.ts` for both browsers it builds for. */
function configManifests(): ManifestLike[] {
  const manifest = config.manifest;
  if (typeof manifest === 'function') {
    return (['chrome', 'firefox'] as const).map(
      (browser) =>
        manifest({
          browser,
          manifestVersion: 3,
          mode: 'production',
          command: 'build',
        }) as ManifestLike,
    );
  }
  if (typeof manifest !== 'object' || manifest === null) {
    throw new Error(
      'wxt.config.ts: expected `manifest` to be an object or a function (update this test)',
    );
  }
  return [manifest as ManifestLike];
}

describe('permissions', () => {
  const table = readmePermissions();

  it('the README table has a real reason in every row', () => {
    expect(table.size).toBeGreaterThan(0);
    for (const [name, why] of table) {
      expect(why.length, `README Permissions: no reason given for \`${name}\``).toBeGreaterThan(20);
    }
  });

  it('every permission in wxt.config.ts is justified in the README', () => {
    const asked = configManifests().flatMap(requested);
    expect(asked.length).toBeGreaterThan(0);
    const missing = asked.filter((name) => !table.has(name));
    expect(missing, 'add these to the "Permissions" table in README.md').toEqual([]);
  });

  it('the README lists no permission the extension does not ask for', () => {
    const asked = new Set(configManifests().flatMap(requested));
    const stale = [...table.keys()].filter((name) => !asked.has(name));
    expect(stale, 'remove these from the "Permissions" table in README.md').toEqual([]);
  });

  it.each([['chrome-mv3'], ['firefox-mv3']])(
    'every permission in the built %s manifest is justified in the README',
    (dir) => {
      const manifest = builtManifest(dir);
      if (!manifest) return; // not built: the config check above still holds
      const missing = requested(manifest).filter((name) => !table.has(name));
      expect(
        missing,
        `.output/${dir}/manifest.json asks for more than the README explains`,
      ).toEqual([]);
    },
  );
});
