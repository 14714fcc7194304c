import { defineConfig } from 'wxt';

/**
 * A test build (SOURCELIGHT_E2E=1) may reach pages on the loopback interface without a user
 * gesture, so real-Chromium tests can drive the content script. The shipped build never does.
 */
const isE2eBuild = process.env.SOURCELIGHT_E2E === '1';

export default defineConfig({
  imports: false,
  outDir: '.output',
  outDirTemplate: isE2eBuild ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'See who is speaking in a news article: quotes, sources and the sourcing chain, highlighted in the page.',
    permissions: ['activeTab', 'scripting', 'storage'],
    host_permissions: isE2eBuild ? ['http://127.0.0.1/*'] : [],
    action: { default_title: 'Sourcelight: show who is speaking' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.example',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
