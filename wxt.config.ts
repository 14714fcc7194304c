import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { READABILITY_RETRY_NEEDED } from './lib/readability-retry';

/**
 * A test build (SOURCELIGHT_E2E=1) may reach pages on the loopback interface without a user
 * gesture, so real-Chromium tests can drive the content script. The shipped build never does.
 */
const isE2eBuild = process.env.SOURCELIGHT_E2E === '1';

/** Sites a reader may opt in to automatic highlighting for (granted one origin at a time). */
const AUTO_HIGHLIGHT_ORIGINS = ['https://*/*', 'http://*/*'];

/** Source rewrites of a dependency's file, applied at build time (and by tests of the patched code). */
interface DependencyPatch {
  file: RegExp;
  rewrites: { from: RegExp; to: string }[];
}

/**
 * Our rewrites of dependencies' code:
 *
 * - No HTML-string sinks in the shipped code (addons.mozilla.org's linter flags each innerHTML
 *   assignment). Readability's retry restores a DOM copy instead of re-parsing serialised HTML, its
 *   noscript images are parsed by an inert DOMParser, and Preact's dangerouslySetInnerHTML (which
 *   we never use) throws.
 * - Readability copies the whole page before every parse, for a retry with looser rules that only
 *   short pages need (2 of the 48 news pages of the highlight benchmark). With the option
 *   `skipRetryCopy` it does not, and throws {@link READABILITY_RETRY_NEEDED} where it would retry:
 *   lib/analyze.ts then reads a fresh clone with the copy. The copy was a tenth of a click.
 * - Readability work whose result is unused or can be had cheaper, with the same output: the article
 *   serialised for a debug log that is off; the text of every element read to judge a byline before
 *   the cheap tests that rule most out; the text of every empty-looking block read whole when its
 *   first non-space character is enough; and the inline style parsed on elements that have none.
 */
const DEPENDENCY_PATCHES: DependencyPatch[] = [
  {
    file: /@mozilla\/readability\/Readability\.js$/,
    rewrites: [
      {
        from: /this\._keepClasses = !!options\.keepClasses;/,
        to: 'this._keepClasses = !!options.keepClasses; this._skipRetryCopy = !!options.skipRetryCopy;',
      },
      {
        from: /var pageCacheHtml = page\.innerHTML;/,
        to: 'var pageCacheHtml = this._skipRetryCopy ? null : page.cloneNode(true);',
      },
      {
        from: /page\.innerHTML = pageCacheHtml;/,
        to: `if (!pageCacheHtml) throw new Error(${JSON.stringify(READABILITY_RETRY_NEEDED)}); page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);`,
      },
      {
        from: /tmp\.innerHTML = noscript\.innerHTML;/,
        to: "tmp.replaceChildren(...new DOMParser().parseFromString(noscript.innerHTML, 'text/html').body.childNodes);",
      },
      {
        from: /this\.log\("Grabbed: " \+ articleContent\.innerHTML\);/,
        to: 'if (this._debug) this.log("Grabbed: " + articleContent.innerHTML);',
      },
      {
        from: /var bylineLength = node\.textContent\.trim\(\)\.length;\s*return \(\s*\(rel === "author" \|\|\s*\(itemprop && itemprop\.includes\("author"\)\) \|\|\s*this\.REGEXPS\.byline\.test\(matchString\)\) &&\s*!!bylineLength &&\s*bylineLength < 100\s*\);/,
        to: 'if (!(rel === "author" || (itemprop && itemprop.includes("author")) || this.REGEXPS.byline.test(matchString))) return false; var bylineLength = node.textContent.trim().length; return !!bylineLength && bylineLength < 100;',
      },
      {
        // String.prototype.trim removes exactly what \s matches.
        from: /!node\.textContent\.trim\(\)\.length &&(\s*)\(!node\.children\.length/,
        to: '!this._hasText(node) &&$1(!node.children.length',
      },
      {
        from: /_isElementWithoutContent\(node\) \{/,
        to: '_hasText(node) { var walker = node.ownerDocument.createTreeWalker(node, 4); while (walker.nextNode()) { if (/\\S/.test(walker.currentNode.data)) return true; } return false; },\n  _isElementWithoutContent(node) {',
      },
      {
        // An element's style declarations come from its style attribute alone.
        from: /\(!node\.style \|\| node\.style\.display != "none"\) &&\s*\(!node\.style \|\| node\.style\.visibility != "hidden"\) &&/,
        to: '(!node.hasAttribute("style") || ((!node.style || node.style.display != "none") && (!node.style || node.style.visibility != "hidden"))) &&',
      },
    ],
  },
  {
    file: /preact\/dist\/preact\.mjs$/,
    rewrites: [
      {
        from: /(\w+)\.innerHTML=(\w+)\.__html/,
        to: '(()=>{throw Error("dangerouslySetInnerHTML is disabled in Sourcelight")})()',
      },
    ],
  },
];

/**
 * Applies the {@link DEPENDENCY_PATCHES} for the module `id` to its `code`; null when none is for
 * it. A dependency update that moves the code fails, rather than ship the old behaviour again.
 */
export function patchDependency(code: string, id: string): string | null {
  let result = code;
  for (const { file, rewrites } of DEPENDENCY_PATCHES) {
    if (!file.test(id)) continue;
    for (const { from, to } of rewrites) {
      if (!from.test(result)) throw new Error(`dependency patch: ${from} not found in ${id}`);
      result = result.replace(from, to);
    }
  }
  return result === code ? null : result;
}

function patchDependencies(): Plugin {
  return {
    name: 'sourcelight:patch-dependencies',
    enforce: 'pre',
    transform(code, id) {
      const result = patchDependency(code, id);
      return result === null ? null : { code: result, map: null };
    },
  };
}

export default defineConfig({
  imports: false,
  // Firefox gets MV3 too (WXT defaults it to MV2): one manifest model, one permission story.
  manifestVersion: 3,
  outDir: '.output',
  outDirTemplate: isE2eBuild ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Lexicons ship as JSON.parse("…"), which V8 reads faster than object literals: the engine
    // script is evaluated at a page's first click (28.9 ms against 31.1 ms, median of 30 tabs).
    json: { stringify: true, namedExports: false },
    plugins: [patchDependencies()],
  }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'See who is speaking in a news article: quotes, sources and the sourcing chain, highlighted in the page.',
    permissions: ['activeTab', 'scripting', 'storage'],
    host_permissions: isE2eBuild ? ['http://127.0.0.1/*'] : [],
    // Firefox's WebDriver BiDi refuses to navigate to moz-extension:// pages, so its test build
    // lets a loopback page open the popup; the shipped builds expose no resource to any page.
    ...(isE2eBuild && browser === 'firefox'
      ? {
          web_accessible_resources: [
            { resources: ['popup.html'], matches: ['http://127.0.0.1/*'] },
          ],
        }
      : {}),
    // "Highlight automatically on this site": one origin at a time, asked for at the reader's click.
    // Firefox takes optional origins in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: AUTO_HIGHLIGHT_ORIGINS }
      : { optional_host_permissions: AUTO_HIGHLIGHT_ORIGINS }),
    commands: {
      'highlight-page': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight quotes and sourcing in this page',
      },
    },
    action: { default_title: 'Sourcelight: show who is speaking' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.example',
              // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
