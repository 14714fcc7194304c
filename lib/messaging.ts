import { defineExtensionMessaging } from '@webext-core/messaging';
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
 * The one message protocol between the extension's pages and the content script. Each entry takes
 * one `data` argument and returns its reply; errors thrown by a handler are re-thrown at the
 * sender.
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
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
