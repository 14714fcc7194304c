import { defineContentScript } from 'wxt/utils/define-content-script';
import { analyzeDocument } from '../../lib/analyze';
import { onMessage } from '../../lib/messaging';

export default defineContentScript({
  // Injected by the popup on the user's click (activeTab), never declared for all pages.
  registration: 'runtime',
  matches: [],
  main() {
    // The popup injects the script on every click; the first copy keeps serving.
    const flag = '__sourcelightContentScript';
    const scope = globalThis as Record<string, unknown>;
    if (scope[flag]) return;
    scope[flag] = true;

    // WIP (issue 6): highlights and live cleaning replace this minimal state.
    onMessage('analyzePage', () => ({
      report: analyzeDocument(document).report,
      highlightsOn: false,
      removedHidden: [],
    }));
  },
});
