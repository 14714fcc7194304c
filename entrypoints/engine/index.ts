import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { completeAnalysis, readArticle } from '../../lib/analyze';
import { ENGINE_KEY, type Engine } from './contract';

/**
 * Injected by the background at the content script's request
 * (entrypoints/content/engine-loader.ts).
 */
export default defineUnlistedScript(() => {
  const engine: Engine = { readArticle, completeAnalysis };
  (globalThis as Record<string, unknown>)[ENGINE_KEY] = engine;
});
