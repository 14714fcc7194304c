import type { completeAnalysis, readArticle } from '../../lib/analyze';

/**
 * The analysis engine as the content script sees it. The engine (Readability, the cleaner, the
 * sourcing engines and their lexicons) is most of the extension's code, so it is its own script,
 * injected into a page once, when the page is first analysed: every other click, and every page of
 * an opted-in site that is not an article, loads only the small content script.
 */
export interface Engine {
  readArticle: typeof readArticle;
  completeAnalysis: typeof completeAnalysis;
}

/**
 * Where the engine script leaves the engine: the isolated world's global scope it shares with the
 * content script.
 */
export const ENGINE_KEY = '__sourcelightEngine';

/** The engine script WXT builds for `entrypoints/engine/`. */
export const ENGINE_SCRIPT_FILE = '/engine.js';
