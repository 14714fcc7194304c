import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/**
 * Runs just before the content script on sites the reader opted in to (see
 * entrypoints/background/auto-sites.ts), telling it to start without a click.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>).__sourcelightAutoStart = true;
});
