import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { describeInjectionError, describeRestrictedPage } from '../../lib/restricted-page';
import type { PopupState } from '../../components/Popup';

/** The content script bundle WXT builds for `entrypoints/content/`. */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Injects the content script into the tab the popup belongs to and asks it for the report. Tests
 * open the popup as a page and name the tab with `?tab=<id>`.
 */
export async function connectToActiveTab(): Promise<PopupState> {
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
      message: `Sourcelight cannot read this page: ${(error as Error).message}`,
    };
  }
  const { report } = await sendMessage('analyzePage', undefined, tab.id);
  return { status: 'ready', report };
}

async function findTargetTab() {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
