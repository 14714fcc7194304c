import {
  defineExtensionMessaging,
  type GetDataType,
  type GetReturnType,
} from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { Report } from './report';

/** What the page looks like to the popup after Sourcelight ran on it. */
export interface PageState {
  report: Report;
  /** Whether quotes and sourcing are highlighted in the page. */
  highlightsOn: boolean;
  /** For each `report.removed` item, whether it is currently hidden in the page. */
  removedHidden: boolean[];
}

/** An item of the report the reader can jump to in the page. */
export interface RevealTarget {
  kind: 'quote' | 'attribution' | 'person' | 'source';
  /** Index into the report's list of that kind. */
  index: number;
}

/**
 * The one message protocol between the extension's pages, its background and the content script.
 * Each entry takes one `data` argument and returns its reply; errors thrown by a handler are
 * re-thrown at the sender.
 *
 * NOTE: this is the only file under lib/ that touches extension messaging.
 */
export interface ProtocolMap {
  /** Analyses the page (again, if it changed since), hides its furniture, highlights it. */
  analyzePage(): PageState;
  /** Turns the in-page highlights on or off. */
  setHighlights(data: { on: boolean }): PageState;
  /** Shows or hides one removed item again. */
  setRemovedHidden(data: { index: number; hidden: boolean }): PageState;
  /** Undoes everything Sourcelight changed in the page. */
  restorePage(): PageState;
  /** Scrolls the page to an item and flashes its highlight; false when it is not in the page. */
  revealInPage(data: RevealTarget): boolean;
  /** Asked of the background by a content script: inject the analysis engine into its frame. */
  loadEngine(): void;
}

const messenger = defineExtensionMessaging<ProtocolMap>();

/** The frame the popup and the shortcut inject the content script into: the tab's top document. */
const TOP_FRAME_ID = 0;

/**
 * Sends a message to the content script in tab `tabId` and returns its reply. Only the tab's top
 * frame is asked, so no other frame of the tab (an embedded page with a copy of the script) can
 * answer in its place.
 */
export function sendMessage<K extends keyof ProtocolMap>(
  type: K,
  data: GetDataType<ProtocolMap[K]>,
  tabId: number,
): Promise<GetReturnType<ProtocolMap[K]>> {
  return messenger.sendMessage(type, data, { tabId, frameId: TOP_FRAME_ID });
}

/** Asks the background to inject the analysis engine into the calling content script's frame. */
export function requestEngine(): Promise<void> {
  return messenger.sendMessage('loadEngine', undefined);
}

/**
 * Handles messages of `type` from this extension's own pages and service worker. Any other sender
 * (another extension) gets an error and the handler never runs: the content script must act only on
 * its own extension's behalf (issue 7).
 */
export const onMessage: typeof messenger.onMessage = (type, handler) =>
  messenger.onMessage(type, (message) => {
    if (message.sender.id !== browser.runtime.id) {
      throw new Error(`Sourcelight ignored "${type}": it was not sent by Sourcelight`);
    }
    return handler(message);
  });
