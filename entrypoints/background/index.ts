import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, sendMessage } from '../../lib/messaging';
import { describeRestrictedPage } from '../../lib/restricted-page';
import { ENGINE_SCRIPT_FILE } from '../engine/contract';
import { AUTO_ORIGINS_KEY, CONTENT_SCRIPT_FILE, syncAutoRegistration } from './auto-sites';

/** The keyboard command (manifest `commands`) that highlights the current tab. */
export const HIGHLIGHT_COMMAND = 'highlight-page';

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === HIGHLIGHT_COMMAND) void highlightTab(tab);
  });
  // Only a frame the content script already runs in can ask: the reader's click (activeTab) or an
  // opted-in site's permission put it there, and the same grant covers the engine.
  onMessage('loadEngine', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Only a page can load the analysis engine');
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: [ENGINE_SCRIPT_FILE],
    });
  });
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && AUTO_ORIGINS_KEY in changes) void sync();
  });
});

/** Brings the automatic-highlighting registration up to date, logging (not throwing) failures. */
async function sync(): Promise<void> {
  try {
    await syncAutoRegistration();
  } catch (error) {
    console.warn('Sourcelight: could not update automatic highlighting:', (error as Error).message);
  }
}

/** The shortcut path of the toolbar click: inject, analyse, highlight, and badge the quote count. */
async function highlightTab(given: Browser.tabs.Tab | undefined): Promise<void> {
  const tab = given?.id
    ? given
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = tab?.id;
  // The shortcut grants activeTab like a click; browser pages stay out of reach.
  if (!tabId || describeRestrictedPage(tab.url)) return;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    const page = await sendMessage('analyzePage', undefined, tabId);
    const count = page.report.quotes.length;
    // NOTE: the popup's connector badges the same way. Please keep both copies in sync.
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  } catch (error) {
    // No popup to show it in: leave a trace for the extension's console, not the page's.
    console.warn('Sourcelight: could not highlight this tab:', (error as Error).message);
  }
}
