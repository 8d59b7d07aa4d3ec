/**
 * Makes sure a Chromium is there for the end-to-end tests and the demo: the one named by
 * CHROMIUM_PATH, or Debian's package, installed with apt-get when running as root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

if (existsSync(path)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`ensure-chromium: CHROMIUM_PATH=${path} does not exist`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    'ensure-chromium: no Chromium at /usr/bin/chromium. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
console.log('ensure-chromium: installing Debian chromium…');
if (
  !run('apt-get', ['update']) ||
  !run('apt-get', ['install', '-y', 'chromium']) ||
  !existsSync(path)
) {
  console.error('ensure-chromium: apt-get could not install chromium');
  process.exit(1);
}
