// Installs what the end-to-end tests and `npm start` need: Debian's Chromium, ripgrep and the Kerberos
// headers (apt, as root), then code-server and playwright-core into test/e2e/harness/ from its own lock
// file. Idempotent: a stamp keyed on the lock file's hash skips the npm step once it succeeded.
// Usage: node scripts/e2e-setup.mjs            (or import { ensureE2eSetup } from it)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
export const harnessDir = join(root, 'test/e2e/harness');
export const codeServerBin = join(harnessDir, 'node_modules/code-server/out/node/entry.js');
export const chromiumPath = '/usr/bin/chromium';
const stampFile = join(harnessDir, 'node_modules/.cfn-coach-e2e-stamp');

// Each tool the setup needs, and the Debian package that provides it.
const APT_NEEDS = [
  { package: 'chromium', present: () => existsSync(chromiumPath) },
  { package: 'ripgrep', present: () => commandExists('rg') },
  { package: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') },
  { package: 'python3', present: () => commandExists('python3') },
  { package: 'make', present: () => commandExists('make') },
  { package: 'g++', present: () => commandExists('g++') },
];

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`e2e setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})`);
  }
}

function ensureAptPackages(log) {
  const missing = APT_NEEDS.filter((need) => !need.present()).map((need) => need.package);
  if (missing.length === 0) return;
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`e2e setup: missing system packages (${missing.join(', ')}). Run: sudo apt-get update && sudo ${install}`);
  }
  if (!commandExists('apt-get')) {
    throw new Error(`e2e setup: missing system packages (${missing.join(', ')}) and no apt-get here; install them with your package manager.`);
  }
  log(`e2e setup: installing ${missing.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

// @vscode/ripgrep (inside code-server) downloads `rg` from GitHub on install; hand it Debian's binary
// instead, in the cache it looks in first.
function prefillRipgrepCache(tmpDir) {
  const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
  if (!target) throw new Error(`e2e setup: no ripgrep cache name known for ${process.arch}`);
  const cacheDir = join(tmpDir, 'vscode-ripgrep-cache-1.15.11');
  const tarball = join(cacheDir, `ripgrep-v13.0.0-10-${target}.tar.gz`);
  if (existsSync(tarball)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  mkdirSync(cacheDir, { recursive: true });
  run('tar', ['-czf', tarball, '-C', join(rg, '..'), 'rg']);
}

function lockHash() {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(harnessDir, 'package-lock.json')));
  hash.update(readFileSync(join(harnessDir, 'package.json')));
  return hash.digest('hex');
}

function installHarness(log) {
  const tmpDir = join(root, '.e2e/setup-tmp');
  mkdirSync(tmpDir, { recursive: true });
  prefillRipgrepCache(tmpDir);
  log('e2e setup: installing code-server and playwright-core (2-3 minutes on a fresh machine)');
  rmSync(stampFile, { force: true });
  const env = {
    ...process.env,
    TMPDIR: tmpDir,
    // As root, code-server's postinstall refuses to run without unsafe_perm; its `npx node-gyp` needs yes.
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
  };
  run('npm', ['ci', '--foreground-scripts', '--no-audit', '--no-fund'], { cwd: harnessDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const version = spawnSync(process.execPath, [codeServerBin, '--version'], { encoding: 'utf8', env });
  if (version.status !== 0 || !version.stdout.includes('4.100.3')) {
    throw new Error(`e2e setup: code-server installed but does not start:\n${version.stdout}${version.stderr}`);
  }
  writeFileSync(stampFile, lockHash());
}

/** Makes sure everything is installed; returns quickly when it already is. Throws with the reason otherwise. */
export function ensureE2eSetup({ log = (line) => console.error(line) } = {}) {
  ensureAptPackages(log);
  const installed = existsSync(stampFile) && readFileSync(stampFile, 'utf8') === lockHash();
  if (!installed) installHarness(log);
  return { codeServerBin, chromiumPath, harnessDir };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureE2eSetup();
    console.log('e2e setup: ready');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
