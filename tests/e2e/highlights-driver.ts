/// <reference types="chrome" />
/**
 * Drives the content script from the extension side for the highlight suites: injects it the way
 * the popup does, sends protocol messages, and reads the page's highlights and closed shadow UI
 * through the DevTools protocol — nothing is exposed to the page for the tests.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { PageState, ProtocolMap } from '../../lib/messaging';
import type { ExtensionHarness } from './harness';

/** An extension page used to call chrome.scripting and chrome.tabs like the popup does. */
export async function openDriver(harness: ExtensionHarness): Promise<Page> {
  const driver = await harness.context.newPage();
  await driver.goto(`chrome-extension://${harness.extensionId}/options.html`);
  return driver;
}

/** Injects the content script into `tabId`, as the popup and the shortcut do. */
export async function injectContentScript(driver: Page, tabId: number): Promise<void> {
  await driver.evaluate(async (id) => {
    await chrome.scripting.executeScript({
      target: { tabId: id },
      files: ['/content-scripts/content.js'],
    });
  }, tabId);
}

/** Sends one protocol message (in @webext-core/messaging's envelope) and returns the reply. */
export async function sendToTab<K extends keyof ProtocolMap>(
  driver: Page,
  tabId: number,
  type: K,
  data?: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const reply = await driver.evaluate(
    async ({ id, type, data }) => {
      const message = { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() };
      return (await chrome.tabs.sendMessage(id, message)) as { res?: unknown; err?: unknown };
    },
    { id: tabId, type, data },
  );
  if (!reply || reply.err) throw new Error(`${type} failed: ${JSON.stringify(reply?.err)}`);
  return reply.res as ReturnType<ProtocolMap[K]>;
}

/** Injects and analyses: the toolbar click without the popup. */
export async function clickToolbar(driver: Page, tabId: number): Promise<PageState> {
  await injectContentScript(driver, tabId);
  return sendToTab(driver, tabId, 'analyzePage');
}

/** Every range of every CSS highlight in the page, by highlight name, as text. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((range) => range.toString());
    });
    return out;
  });
}

/**
 * Like {@link readHighlights}, read from the extension's isolated world through chrome.scripting:
 * for pages that broke their own `CSS` global (tests/fixtures/hostile-1). The registry is the
 * document's, so both worlds see the same highlights.
 */
export function readHighlightsIsolated(
  driver: Page,
  tabId: number,
): Promise<Record<string, string[]>> {
  return driver.evaluate(async (id) => {
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: id },
      world: 'ISOLATED',
      func: () => {
        const out: Record<string, string[]> = {};
        CSS.highlights.forEach((highlight, name) => {
          out[name] = [...highlight].map((range) => range.toString());
        });
        return out;
      },
    });
    return (injection?.result ?? {}) as Record<string, string[]>;
  }, tabId);
}

/** Like {@link rangePoint}, measured in the extension's isolated world (see above). */
export function rangePointIsolated(
  driver: Page,
  tabId: number,
  name: string,
  index: number,
): Promise<{ x: number; y: number } | null> {
  return driver.evaluate(
    async ({ id, name, index }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: id },
        world: 'ISOLATED',
        args: [name, index],
        func: (name: string, index: number) => {
          // NOTE: the same measurement as rangePoint. Please keep both copies in sync.
          const highlight = CSS.highlights.get(name);
          const range = highlight ? ([...highlight][index] as Range | undefined) : undefined;
          if (!range) return null;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0];
          return rect
            ? { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 }
            : null;
        },
      });
      return (injection?.result ?? null) as { x: number; y: number } | null;
    },
    { id: tabId, name, index },
  );
}

/** The viewport centre of the first line box of range `index` of highlight `name`. */
export function rangePoint(
  page: Page,
  name: string,
  index: number,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ name, index }) => {
      const highlight = CSS.highlights.get(name);
      const range = highlight ? ([...highlight][index] as Range | undefined) : undefined;
      if (!range) return null;
      // NOTE: the same measurement as rangePointIsolated. Please keep both copies in sync.
      const start = range.startContainer.parentElement;
      start?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect
        ? { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 }
        : null;
    },
    { name, index },
  );
}

/** The in-page UI read through DevTools (it sits in a closed shadow root the page cannot open). */
export interface OverlaySnapshot {
  present: boolean;
  tooltip: string | null;
  markers: string[];
  notice: string | null;
  /** Tag names of every element in the shadow root, to prove page text never became markup. */
  elements: string[];
}

/** Reads Sourcelight's closed shadow root with DOM.getDocument({pierce:true}). */
export async function readOverlay(page: Page): Promise<OverlaySnapshot> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const host = findNode(root, (node) => node.localName === 'sourcelight-ui');
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow)
      return { present: Boolean(host), tooltip: null, markers: [], notice: null, elements: [] };
    const byClass = (name: string) =>
      findAll(shadow, (node) => attribute(node, 'class')?.split(' ').includes(name) ?? false);
    const tooltip = byClass('tooltip')[0];
    const notice = byClass('notice')[0];
    return {
      present: true,
      tooltip: tooltip && attribute(tooltip, 'hidden') === null ? textOf(tooltip) : null,
      markers: byClass('marker-label').map(textOf),
      notice: notice && attribute(notice, 'hidden') === null ? textOf(notice) : null,
      elements: findAll(shadow, (node) => node.nodeType === 1).map((node) => node.localName),
    };
  } finally {
    await cdp.detach();
  }
}

/**
 * Event listeners on window, document, <html> and <body>, per world (main page and the extension's
 * isolated world): DevTools only reports the listeners of the world the object was taken from.
 */
export async function countListeners(page: Page): Promise<Record<string, number>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; isolated: boolean }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      contexts.push({ id: context.id, name: context.name, isolated: aux?.type === 'isolated' });
    });
    await cdp.send('Runtime.enable');
    const counts: Record<string, number> = {};
    for (const context of contexts) {
      const world = context.isolated ? `isolated(${context.name})` : 'main';
      for (const expression of [
        'window',
        'document',
        'document.documentElement',
        'document.body',
      ]) {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression,
          contextId: context.id,
        });
        if (!result.objectId) continue;
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId,
        });
        for (const listener of listeners) {
          const key = `${world} ${expression}:${listener.type}`;
          counts[key] = (counts[key] ?? 0) + 1;
        }
      }
    }
    return counts;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findNode(node: DomNode, test: (node: DomNode) => boolean): DomNode | undefined {
  return findAll(node, test)[0];
}

function findAll(node: DomNode, test: (node: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (test(node)) out.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    findAll(child, test, out);
  }
  return out;
}

function attribute(node: DomNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  return (node.children ?? []).map(textOf).join('');
}
