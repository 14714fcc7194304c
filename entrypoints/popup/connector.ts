import { browser } from 'wxt/browser';
import { sendMessage, type PageState } from '../../lib/messaging';
import {
  ANALYSIS_TIMEOUT_MS,
  describeInjectionError,
  describeMessagingError,
  describeRestrictedPage,
  withTimeout,
} from '../../lib/restricted-page';
import type { AutoHighlightSite } from '../../components/AutoHighlightControl';
import type { PopupActions, PopupState } from '../../components/Popup';
import type { ExportFile } from '../../lib/summary';
import {
  CONTENT_SCRIPT_FILE,
  disableAutoHighlight,
  enableAutoHighlight,
  getAutoOrigins,
  originPattern,
} from '../background/auto-sites';

/** How long a download's Blob URL stays alive: long enough for the browser to start saving it. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * The popup's actions against a real tab: injects the content script into the tab the popup belongs
 * to and talks to it. Tests open the popup as a page and name the tab with `?tab=<id>`.
 */
export function createPopupActions(): PopupActions {
  // Resolved once: every action talks to the tab the popup was opened for.
  let tabId: number | null = null;
  /** The tab's site, for "Highlight automatically on this site". */
  let site: AutoHighlightSite | null = null;
  const requireTab = () => {
    if (tabId === null) throw new Error('The page has not been read yet.');
    return tabId;
  };
  const keepBadge = (page: PageState) => {
    void updateBadge(requireTab(), page);
    return page;
  };

  return {
    async load(): Promise<PopupState> {
      const tab = await findTargetTab();
      if (!tab?.id) return { status: 'unavailable', message: 'There is no open tab to read.' };
      const restricted = describeRestrictedPage(tab.url);
      if (restricted) return { status: 'unavailable', message: restricted };
      try {
        await browser.scripting.executeScript({
          target: { tabId: tab.id },
          files: [CONTENT_SCRIPT_FILE],
        });
      } catch (error) {
        return {
          status: 'unavailable',
          message: describeInjectionError((error as Error).message, tab.url),
        };
      }
      tabId = tab.id;
      try {
        const page = await withTimeout(
          sendMessage('analyzePage', undefined, tab.id),
          ANALYSIS_TIMEOUT_MS,
          `The page took too long to analyse (over ${ANALYSIS_TIMEOUT_MS / 1000} seconds). It may be unusually large or busy; try again once it has finished loading.`,
        );
        site = await readAutoHighlightSite(tab.url);
        return { status: 'ready', page: keepBadge(page), site };
      } catch (error) {
        return { status: 'error', message: describeMessagingError((error as Error).message) };
      }
    },
    setHighlights: async (on) =>
      keepBadge(await sendMessage('setHighlights', { on }, requireTab())),
    setRemovedHidden: async (index, hidden) =>
      keepBadge(await sendMessage('setRemovedHidden', { index, hidden }, requireTab())),
    restorePage: async () => keepBadge(await sendMessage('restorePage', undefined, requireTab())),
    reveal: (target) => sendMessage('revealInPage', target, requireTab()),
    copyText: (text) => navigator.clipboard.writeText(text),
    download: (file) => saveFile(file),
    setAutoHighlight(on) {
      if (!site) return Promise.reject(new Error('This page is not on a web site.'));
      // enableAutoHighlight calls permissions.request first thing, still inside the reader's click.
      return on
        ? enableAutoHighlight(site.origin)
        : disableAutoHighlight(site.origin).then(() => false);
    },
  };
}

/**
 * The site of a web page and whether it is highlighted automatically: opted in and its permission
 * still granted (the reader may revoke it in the browser's settings). Null for other pages.
 */
async function readAutoHighlightSite(url: string | undefined): Promise<AutoHighlightSite | null> {
  let origin: string;
  try {
    const parsed = new URL(url ?? '');
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    origin = parsed.origin;
  } catch {
    return null;
  }
  try {
    const optedIn = (await getAutoOrigins()).includes(origin);
    const on =
      optedIn && (await browser.permissions.contains({ origins: [originPattern(origin)] }));
    return { origin, on };
  } catch {
    // Without the permissions API (or storage) the button could not work: leave it out.
    return null;
  }
}

/** Shows the number of quotes on the toolbar button of the tab, or nothing when there are none. */
async function updateBadge(tabId: number, page: PageState): Promise<void> {
  const count = page.report.quotes.length;
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch {
    // The tab may have closed meanwhile; a stale badge is not worth an error in the popup.
  }
}

/** Saves a file with a Blob URL and an `<a download>`, which needs no "downloads" permission. */
function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}

async function findTargetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
