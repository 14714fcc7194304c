import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report } from './report';

/**
 * The one message protocol between the popup and the content script. Each entry takes one `data`
 * argument and returns its reply; errors thrown by a handler are re-thrown at the sender.
 *
 * NOTE: this is the only file under lib/ that touches extension messaging.
 */
export interface ProtocolMap {
  /** Analyses the page (again, if it changed) and returns the report. */
  analyzePage(): Report;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
