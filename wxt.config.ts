import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * A test build (SOURCELIGHT_E2E=1) may reach pages on the loopback interface without a user
 * gesture, so real-Chromium tests can drive the content script. The shipped build never does.
 */
const isE2eBuild = process.env.SOURCELIGHT_E2E === '1';

/** Sites a reader may opt in to automatic highlighting for (granted one origin at a time). */
const AUTO_HIGHLIGHT_ORIGINS = ['https://*/*', 'http://*/*'];

/**
 * Rewrites the three HTML-string sinks in our dependencies so the shipped code has no innerHTML
 * assignment (addons.mozilla.org's linter flags each one). Behaviour is unchanged: Readability's
 * retry restores a DOM clone instead of re-parsing serialised HTML, its noscript images are parsed
 * by an inert DOMParser, and Preact's dangerouslySetInnerHTML (which we never use) throws.
 */
function removeHtmlSinks(): Plugin {
  const rewrites: { file: RegExp; from: RegExp; to: string }[] = [
    {
      file: /@mozilla\/readability\/Readability\.js$/,
      from: /var pageCacheHtml = page\.innerHTML;/,
      to: 'var pageCacheHtml = page.cloneNode(true);',
    },
    {
      file: /@mozilla\/readability\/Readability\.js$/,
      from: /page\.innerHTML = pageCacheHtml;/,
      to: 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);',
    },
    {
      file: /@mozilla\/readability\/Readability\.js$/,
      from: /tmp\.innerHTML = noscript\.innerHTML;/,
      to: "tmp.replaceChildren(...new DOMParser().parseFromString(noscript.innerHTML, 'text/html').body.childNodes);",
    },
    {
      file: /preact\/dist\/preact\.mjs$/,
      from: /(\w+)\.innerHTML=(\w+)\.__html/,
      to: '(()=>{throw Error("dangerouslySetInnerHTML is disabled in Sourcelight")})()',
    },
  ];
  return {
    name: 'sourcelight:remove-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      let result = code;
      for (const { file, from, to } of rewrites) {
        if (!file.test(id)) continue;
        // A dependency update that moves the code must fail the build, not ship the sink again.
        if (!from.test(result)) throw new Error(`remove-html-sinks: ${from} not found in ${id}`);
        result = result.replace(from, to);
      }
      return result === code ? null : { code: result, map: null };
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
    plugins: [removeHtmlSinks()],
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
