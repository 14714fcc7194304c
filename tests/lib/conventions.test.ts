import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The one lib/ file allowed to talk to the extension runtime (STYLE.md §4). */
const MESSAGING_FILE = 'lib/messaging.ts';

/** Source text without comments and string literals, so prose and host names do not count. */
function readCode(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8')
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
}

function listSources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return listSources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('layout conventions', () => {
  it('should keep lib/ free of extension APIs, storage and network access', () => {
    const offenders = listSources('lib')
      .filter((path) => path !== MESSAGING_FILE)
      .flatMap((path) => {
        const found =
          readCode(path).match(/\b(browser|chrome)\.\w+|\bfetch\(|XMLHttpRequest|localStorage/g) ??
          [];
        return found.map((hit) => `${path}: ${hit}`);
      });
    expect(offenders).toEqual([]);
  });

  it('should keep components/ free of browser.* calls (they get actions as props)', () => {
    const offenders = listSources('components').filter((path) =>
      /\b(browser|chrome)\.\w+/.test(readCode(path)),
    );
    expect(offenders).toEqual([]);
  });

  it('should never insert HTML strings into a page', () => {
    const offenders = [
      ...listSources('lib'),
      ...listSources('components'),
      ...listSources('entrypoints'),
    ].filter((path) =>
      /innerHTML|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
        readCode(path),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
