// Not the package's index, which would bundle all of Readability into the content script.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage } from '../../lib/messaging';
import { dropEngine, loadEngine } from './engine-loader';
import { PageSession } from './session';

/** Where the page's session lives between injections (the isolated world's global scope). */
const SESSION_KEY = '__sourcelightSession';

/** Set by the auto-start script registered for sites the reader opted in to. */
const AUTO_START_KEY = '__sourcelightAutoStart';

export default defineContentScript({
  // Injected by the popup or the keyboard shortcut on the user's gesture (activeTab), and on
  // opted-in sites by a registration the background makes; never declared for all pages.
  registration: 'runtime',
  matches: [],
  main(ctx) {
    const scope = globalThis as Record<string, unknown>;
    // The popup injects the script on every click. Each copy gets a new ctx (and WXT invalidates
    // the older one), so the newest copy adopts the page's session instead of analysing again.
    // Not `instanceof`: every injection evaluates the bundle again, so the class differs.
    const existing = scope[SESSION_KEY] as PageSession | undefined;
    const session =
      typeof existing?.adopt === 'function' ? existing : new PageSession(document, ctx, loadEngine);
    if (session === existing) session.adopt(ctx, loadEngine);
    scope[SESSION_KEY] = session;

    const removers = [
      onMessage('analyzePage', () => session.analyzePage()),
      onMessage('setHighlights', ({ data }) => session.setHighlights(data.on)),
      onMessage('setRemovedHidden', ({ data }) =>
        session.setRemovedHidden(data.index, data.hidden),
      ),
      onMessage('restorePage', () => session.restorePage()),
      onMessage('revealInPage', ({ data }) => session.revealInPage(data)),
    ];

    ctx.onInvalidated(() => {
      for (const remove of removers) remove();
      // A newer copy of this script takes the session over while the extension lives; when the
      // extension itself went away (update, uninstall) the page is put back as it was.
      if (!isExtensionAlive()) {
        session.restoreNow();
        if (scope[SESSION_KEY] === session) delete scope[SESSION_KEY];
        dropEngine();
      }
    });

    if (scope[AUTO_START_KEY] === true) {
      delete scope[AUTO_START_KEY];
      // Opted-in sites run on every page load: non-articles must cost next to nothing.
      if (isProbablyReaderable(document)) quietly(() => session.analyzePage());
    }
  },
});

function isExtensionAlive(): boolean {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    // "Extension context invalidated." is thrown by the getter itself in some Chromium versions.
    return false;
  }
}

/** Runs work the page did not ask for; nothing may surface in the page's console or handlers. */
function quietly(work: () => Promise<unknown>): void {
  // The reader can still click the toolbar button, which reports any error in the popup.
  work().catch(() => undefined);
}
