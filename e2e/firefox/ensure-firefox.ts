/**
 * Makes sure a Firefox is there for the Firefox end-to-end tests: the one named by FIREFOX_PATH,
 * or Debian's firefox-esr package, installed with apt-get when running as root.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

if (existsSync(path)) process.exit(0);
if (process.env.FIREFOX_PATH) {
  console.error(`ensure-firefox: FIREFOX_PATH=${path} does not exist`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    'ensure-firefox: no Firefox at /usr/bin/firefox-esr. Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.',
  );
  process.exit(1);
}
console.log('ensure-firefox: installing Debian firefox-esr…');
if (
  !run('apt-get', ['update']) ||
  !run('apt-get', ['install', '-y', 'firefox-esr']) ||
  !existsSync(path)
) {
  console.error('ensure-firefox: apt-get could not install firefox-esr');
  process.exit(1);
}
