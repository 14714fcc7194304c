/**
 * Sites the reader asked Sourcelight to highlight automatically: an optional host permission per
 * origin (granted at the reader's click), mirrored by one dynamic content-script registration.
 */
import { browser } from 'wxt/browser';

/** The dynamic registration that runs Sourcelight on opted-in sites. */
export const AUTO_SCRIPT_ID = 'sourcelight-auto';

/** The storage key of the opted-in origins (["https://example.com", …]). */
export const AUTO_ORIGINS_KEY = 'autoOrigins';

/** The content script bundle WXT builds for `entrypoints/content/`. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Scripts of the registration: a flag that says "start on your own", then the content script. */
const AUTO_SCRIPT_FILES = ['/auto-start.js', CONTENT_SCRIPT_FILE];

/** The sync in progress (see {@link syncAutoRegistration}). */
let syncing: Promise<void> = Promise.resolve();

/** The match pattern of every page of `origin` (match patterns cannot name a port). */
export function originPattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** The origins the reader opted in to. */
export async function getAutoOrigins(): Promise<string[]> {
  const stored = await browser.storage.local.get(AUTO_ORIGINS_KEY);
  const value = stored[AUTO_ORIGINS_KEY];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * Asks for `origin`'s host permission and, when granted, opts it in. Call it from the reader's
 * click (browsers only show the prompt inside a user gesture). Returns whether it is now opted in.
 */
export async function enableAutoHighlight(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  const origins = new Set(await getAutoOrigins());
  origins.add(origin);
  // The background sees the change and registers the content script (one place, no races).
  await browser.storage.local.set({ [AUTO_ORIGINS_KEY]: [...origins].sort() });
  return true;
}

/** Opts `origin` out and gives its host permission back. */
export async function disableAutoHighlight(origin: string): Promise<void> {
  const origins = (await getAutoOrigins()).filter((item) => item !== origin);
  await browser.storage.local.set({ [AUTO_ORIGINS_KEY]: origins });
  try {
    await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    // A host the manifest itself requires (the e2e build's loopback) cannot be given back.
  }
}

/**
 * Makes the registration match the opted-in origins that still hold their permission (the reader
 * can revoke one in the browser's own settings too).
 */
export function syncAutoRegistration(): Promise<void> {
  // Storage and permission events arrive together: run one sync at a time, in order.
  syncing = syncing.then(syncNow, syncNow);
  return syncing;
}

async function syncNow(): Promise<void> {
  const origins: string[] = [];
  for (const origin of await getAutoOrigins()) {
    if (await browser.permissions.contains({ origins: [originPattern(origin)] })) {
      origins.push(origin);
    }
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (existing.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: AUTO_SCRIPT_ID,
      matches: origins.map(originPattern),
      js: AUTO_SCRIPT_FILES,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
