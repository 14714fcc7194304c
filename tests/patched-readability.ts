import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compileFunction } from 'node:vm';
import type { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { patchDependency } from '../wxt.config';

/**
 * Readability as the extension ships it, in Node: the published source with the patches of
 * wxt.config.ts applied. Node and the command line run the published one. Node has no global
 * DOMParser, which a patch uses: jsdom's stands in.
 */
export function loadPatchedReadability(): typeof Readability {
  const path = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
  const patched = patchDependency(readFileSync(path, 'utf8'), path);
  if (patched === null) throw new Error('no patch applies to Readability.js');
  const module = { exports: {} as typeof Readability };
  const { DOMParser } = new JSDOM('').window;
  compileFunction(patched, ['module', 'DOMParser'], { filename: path })(module, DOMParser);
  return module.exports;
}
