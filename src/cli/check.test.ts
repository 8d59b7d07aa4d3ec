import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const run = (...args: string[]) => {
  const out = spawnSync(tsx, ['src/cli/check.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'check-'));

describe('npm run check', () => {
  it('prints mentions, claims by speaker and contradictions for a person', () => {
    const { code, stdout } = run('e2e/pages/articles/wire-report.html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Statements \(\d+ sentences, \d+ mentions\):/);
    expect(stdout).toContain('The page attributes this to:');
    expect(stdout).toMatch(/Contradictions \(\d+\):/);
  }, 30_000);

  it('prints the documented JSON shape', () => {
    const { code, stdout } = run('e2e/pages/articles/wire-report.html', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.mentions.length).toBeGreaterThan(5);
    for (const m of json.mentions) {
      expect(typeof m.text).toBe('string');
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.sentence).toContain(m.text.replace(/\s+/g, ' '));
      if (m.speaker !== null) {
        expect(typeof m.speaker.name).toBe('string');
        expect(m.speaker.speakerId === null || typeof m.speaker.speakerId === 'string').toBe(true);
      }
      for (const c of m.claims) {
        expect(['same', 'agrees', 'contradicts', 'context']).toContain(c.relation);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
        expect(typeof c.speaker).toBe('string');
      }
    }
    expect(json.contradictions.every((c: { claimIds: string[] }) => c.claimIds.length >= 1)).toBe(
      true,
    );
  }, 30_000);

  it('reads plain text files', () => {
    const file = join(dir, 'note.txt');
    writeFileSync(
      file,
      '2024-09-08\nThe US-led coalition will withdraw from Iraq by the end of next year, Sabhan Mullah Jiad said.\n',
    );
    const json = JSON.parse(run(file, '--json').stdout);
    expect(json.published).toBe('2024-09-08');
    expect(json.mentions.map((m: { kind: string }) => m.kind)).toContain('deadline');
  }, 30_000);

  it('answers bad input with one line and a non-zero exit', () => {
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body><script>var x = 1;</script></body></html>');
    for (const [args, message] of [
      [['/no/such/file.html'], /no such file/],
      [[dir], /is a folder/],
      [[binary], /not a text or HTML file/],
      [[empty], /no readable text/],
      [['http://127.0.0.1:9/article'], /cannot reach/],
      [[], /usage/],
    ] as const) {
      const { code, stderr } = run(...args);
      expect(code).not.toBe(0);
      expect(stderr.trim().split('\n')[0]).toMatch(message);
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  }, 60_000);
});
