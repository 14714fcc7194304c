import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, PopupView, type PopupActions, type PopupState } from '../../components/Popup';
import type { PageState } from '../../lib/messaging';
import { buildMockPage, buildMockReport } from './mock-report';

/** Fake actions: every page change echoes a page state built from `page`. */
function createFakeActions(state: PopupState, page = buildMockPage()) {
  return {
    load: vi.fn(() => Promise.resolve(state)),
    setHighlights: vi.fn((on: boolean) => Promise.resolve({ ...page, highlightsOn: on })),
    setRemovedHidden: vi.fn((index: number, hidden: boolean) =>
      Promise.resolve({
        ...page,
        removedHidden: page.removedHidden.map((value, i) => (i === index ? hidden : value)),
      }),
    ),
    restorePage: vi.fn(() =>
      Promise.resolve<PageState>({
        ...page,
        highlightsOn: false,
        removedHidden: page.removedHidden.map(() => false),
      }),
    ),
    reveal: vi.fn(() => Promise.resolve(true)),
    copyText: vi.fn(() => Promise.resolve()),
    download: vi.fn(),
    // The reader grants the permission: the site is now on (or off again).
    setAutoHighlight: vi.fn((on: boolean) => Promise.resolve(on)),
  } satisfies PopupActions;
}

describe('Popup', () => {
  let scratch: HTMLElement;
  beforeEach(() => {
    scratch = document.createElement('div');
    document.body.append(scratch);
  });
  afterEach(() => {
    render(null, scratch);
    scratch.remove();
  });

  const mount = async (actions: PopupActions) => {
    await act(() => render(<Popup actions={actions} />, scratch));
  };
  const text = (selector: string) => scratch.querySelector(selector)?.textContent ?? null;
  const texts = (selector: string) =>
    [...scratch.querySelectorAll(selector)].map((node) => node.textContent);
  const click = async (element: Element | null | undefined) => {
    expect(element).toBeInstanceOf(HTMLElement);
    // Let the action's promise chain settle inside act(), so its state updates are flushed.
    await act(async () => {
      (element as HTMLElement).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  };
  const buttonNamed = (name: string | RegExp) =>
    [...scratch.querySelectorAll('button')].find((button) =>
      typeof name === 'string'
        ? button.textContent?.trim() === name || button.getAttribute('aria-label') === name
        : name.test(button.getAttribute('aria-label') ?? button.textContent ?? ''),
    );

  it('should show a skeleton of the header while loading', async () => {
    const actions = createFakeActions({ status: 'loading' });
    actions.load.mockReturnValue(new Promise(() => {}));
    await mount(actions);

    expect(scratch.querySelector('.popup')?.getAttribute('aria-busy')).toBe('true');
    expect(scratch.querySelector('.article-header.skeleton')).not.toBeNull();
    expect(text('[role="status"]')).toBe('Reading the page…');
    // The toolbar is there from the start (disabled), so it doesn't push in later.
    expect(buttonNamed('Copy summary')?.disabled).toBe(true);
  });

  it('should explain that there is no article', async () => {
    const page = buildMockPage({
      report: buildMockReport({
        article: null,
        reason: 'This page does not look like an article.',
        quotes: [],
        people: [],
        sources: [],
      }),
    });
    await mount(createFakeActions({ status: 'ready', page }));

    expect(text('.empty h1')).toBe('No article found on this page');
    expect(text('.empty p')).toBe('This page does not look like an article.');
    expect(scratch.querySelector('.toolbar')).toBeNull();
  });

  it('should explain a page it may not read', async () => {
    await mount(createFakeActions({ status: 'unavailable', message: 'This is a browser page; …' }));

    expect(text('.empty h1')).toBe('Sourcelight can’t read this page');
    expect(text('.empty p')).toBe('This is a browser page; …');
  });

  it('should show a failed load as an alert', async () => {
    const actions = createFakeActions({ status: 'loading' });
    actions.load.mockRejectedValue(new Error('Could not establish connection.'));
    await mount(actions);

    expect(scratch.querySelector('[role="alert"] h1')?.textContent).toBe('Something went wrong');
    expect(text('[role="alert"] p')).toBe('Could not establish connection.');
  });

  describe('with the seed report', () => {
    beforeEach(async () => {
      await mount(createFakeActions({ status: 'ready', page: buildMockPage() }));
    });

    it('should show the article header', () => {
      expect(text('.article-header .title')).toBe(
        'High Level U.S. And Russian Military Officials Discuss Syria Action',
      );
      expect(scratch.querySelector('.article-header .title')?.getAttribute('lang')).toBe('en-US');
      expect(text('.site-name')).toBe('World Affairs Brief');
      expect(texts('.article-header .meta > *')).toEqual([
        'By Staff Writer',
        'Oct 3, 2015',
        '2 min read',
      ]);
    });

    it('should show the sourcing chain in one line with its flags', () => {
      expect(text('.chain')).toBe(
        'Re-reported from Wsws.org (linked) → which quotes Peter Cook (spokesman, US Defense Department), The New York Times (no link), John Kerry (Secretary of State, US)',
      );
      expect(texts('.chain strong')).toEqual([
        'Wsws.org',
        'Peter Cook',
        'The New York Times',
        'John Kerry',
      ]);
      expect(texts('.flag [aria-hidden="true"]')).toEqual([
        '75% quoted or re-reported',
        'No link to The New York Times',
        'Single source',
        '“Fact checked”, no fact-checker named',
      ]);
      // Screen readers get the engine's full sentence.
      expect(texts('.flag .visually-hidden')[3]).toBe(
        'The page says “Fact checked” but names no fact-checker and carries no ClaimReview markup.',
      );
    });

    it('should list officials, other people and unnamed officials', () => {
      expect(texts('.section-officials .name')).toEqual([
        'Ashton Carter',
        'Peter Cook',
        'John Kerry',
        'Bashar al-Assad',
      ]);
      expect(texts('.section-officials li')[1]).toBe(
        'Peter Cookspokesman, US Defense Department1 mention1 quote',
      );
      expect(texts('.section-other-people .name')).toEqual(['Jane Roe']);
      expect(texts('.section-unnamed-officials .description')).toEqual([
        'the US Ambassador in Moscow',
        'ranking Russian diplomats',
      ]);
    });

    it('should group the sources by kind with their links', () => {
      expect(texts('.section-sources h3')).toEqual(['People', 'Outlets']);
      expect(texts('.section-sources .name')).toEqual([
        'Peter Cook',
        'John Kerry',
        'Wsws.org',
        'The New York Times',
      ]);
      const link = scratch.querySelector<HTMLAnchorElement>('.section-sources a');
      expect(link?.textContent).toBe('wsws.org (opens in a new tab)');
      expect(link?.href).toBe('https://www.wsws.org/en/articles/2015/10/03/syri-o03.html');
      expect(link?.target).toBe('_blank');
      expect(link?.rel).toBe('noopener noreferrer');
      // Only the outlet is expected to be linked; people rarely are.
      expect(texts('.section-sources .no-link')).toEqual(['No link to it in the article']);
    });

    it('should list the quotes with their speakers, marking partial ones', () => {
      expect(texts('.section-quotes .speaker')).toEqual([
        'Peter Cookpartial',
        'The New York Times',
        'John Kerry',
      ]);
      expect(text('.section-quotes q')).toMatch(/^agreed to further discuss/);
    });

    it('should say what was removed from the page, not what only left the text', () => {
      expect(text('.section-removed .section-lead')).toBe(
        'Comment form, spam notice, 2 share bars',
      );
      expect(texts('.section-removed li .name')).toEqual([
        'Comment form',
        'Spam notice',
        'Share bar',
        'Share bar',
      ]);
    });

    it('should have one h1 and a heading for each list', () => {
      expect(texts('h1')).toHaveLength(1);
      expect(texts('h2').map((heading) => heading?.replace(/\d+$/, ''))).toEqual([
        'Sourcing',
        'Officials',
        'Other people',
        'Unnamed officials',
        'Sources',
        'Quotes',
        'Removed from the page',
      ]);
    });
  });

  describe('actions', () => {
    let actions: ReturnType<typeof createFakeActions>;
    beforeEach(async () => {
      actions = createFakeActions({ status: 'ready', page: buildMockPage() });
      await mount(actions);
    });

    it('should turn the highlights off and show the new state', async () => {
      const toggle = scratch.querySelector('[role="switch"]');
      expect(toggle?.getAttribute('aria-checked')).toBe('true');

      await click(toggle);

      expect(actions.setHighlights).toHaveBeenCalledWith(false);
      expect(toggle?.getAttribute('aria-checked')).toBe('false');
      expect(text('.status-line')).toBe('Highlights off.');
    });

    it('should show a removed item again and offer to hide it', async () => {
      await click(buttonNamed('Show spam notice in the page'));

      expect(actions.setRemovedHidden).toHaveBeenCalledWith(1, false);
      expect(buttonNamed('Hide spam notice in the page')?.textContent).toBe('Hide');
    });

    it('should restore the page', async () => {
      await click(buttonNamed('Restore page'));

      expect(actions.restorePage).toHaveBeenCalledOnce();
      expect(scratch.querySelector('[role="switch"]')?.getAttribute('aria-checked')).toBe('false');
      expect(texts('.section-removed .chip-button')).toEqual(['Hide', 'Hide', 'Hide', 'Hide']);
      expect(buttonNamed('Restore page')?.disabled).toBe(true);
    });

    it.each([
      ['person', '.section-officials button.row', 2, 2],
      ['source', '.section-sources button.row', 0, 2],
      ['quote', '.section-quotes button.row', 1, 1],
    ] as const)('should reveal a %s in the page', async (kind, selector, nth, index) => {
      await click(scratch.querySelectorAll(selector)[nth]);

      expect(actions.reveal).toHaveBeenCalledWith({ kind, index });
    });

    it('should say when a revealed item is gone from the page', async () => {
      actions.reveal.mockResolvedValue(false);
      await click(scratch.querySelector('.section-quotes button.row'));

      expect(text('.status-line')).toBe('That part is no longer in the page.');
    });

    it('should copy a Markdown summary', async () => {
      await click(buttonNamed('Copy summary'));

      const [summary] = actions.copyText.mock.calls[0] as unknown as [string];
      expect(summary).toMatch(/^# High Level U\.S\. And Russian Military Officials/);
      expect(summary).toContain('- **Peter Cook** — spokesman, US Defense Department');
      expect(text('.status-line')).toBe('Summary copied as Markdown.');
    });

    it('should report a failed copy', async () => {
      actions.copyText.mockRejectedValue(new Error('Document is not focused.'));
      await click(buttonNamed('Copy summary'));

      expect(text('.status-line')).toBe('Couldn’t copy the summary: Document is not focused.');
    });

    it('should export the report as JSON', async () => {
      await click(buttonNamed('Export JSON'));

      expect(actions.download).toHaveBeenCalledOnce();
      const [file] = actions.download.mock.calls[0] as unknown as [
        { name: string; type: string; text: string },
      ];
      expect(file.name).toBe(
        'sourcelight-high-level-u-s-and-russian-military-officials-discuss-syria.json',
      );
      expect(file.type).toBe('application/json');
      expect(JSON.parse(file.text)).toEqual(buildMockReport());
    });
  });

  describe('highlight automatically on this site', () => {
    const site = { origin: 'https://www.example-news.test', on: false };
    const mountWithSite = async (on: boolean) => {
      const actions = createFakeActions({
        status: 'ready',
        page: buildMockPage(),
        site: { ...site, on },
      });
      await mount(actions);
      return actions;
    };

    it('should ask for the site from within the click itself', async () => {
      const actions = await mountWithSite(false);
      const button = buttonNamed('Highlight automatically on this site');
      expect(button?.title).toMatch(/www\.example-news\.test/);

      // permissions.request only shows its prompt during the click: no await may come first.
      await act(async () => {
        button?.click();
        expect(actions.setAutoHighlight).toHaveBeenCalledWith(true);
        await new Promise((resolve) => setTimeout(resolve, 0));
      });

      expect(text('.auto-site-state')).toBe('On for this site');
      expect(buttonNamed('Highlight automatically on this site')).toBeUndefined();
      expect(text('.status-line')).toBe('Articles on this site will be highlighted as they load.');
    });

    it('should stay off when the reader denies the permission', async () => {
      const actions = await mountWithSite(false);
      actions.setAutoHighlight.mockResolvedValue(false);

      await click(buttonNamed('Highlight automatically on this site'));

      expect(scratch.querySelector('.auto-site-state')).toBeNull();
      expect(buttonNamed('Highlight automatically on this site')?.disabled).toBe(false);
      expect(text('.status-line')).toBe('Permission was not granted, so nothing changed.');
    });

    it('should show that it is on and turn it off', async () => {
      const actions = await mountWithSite(true);
      expect(text('.auto-site-state')).toBe('On for this site');

      await click(buttonNamed('Stop highlighting www.example-news.test automatically'));

      expect(actions.setAutoHighlight).toHaveBeenCalledWith(false);
      expect(buttonNamed('Highlight automatically on this site')).toBeInstanceOf(HTMLElement);
      expect(text('.status-line')).toBe('Automatic highlighting is off for this site.');
    });

    it('should keep the site while the page changes', async () => {
      await mountWithSite(true);

      await click(scratch.querySelector('[role="switch"]'));

      expect(text('.auto-site-state')).toBe('On for this site');
    });

    it('should report a failure to turn it on', async () => {
      const actions = await mountWithSite(false);
      actions.setAutoHighlight.mockRejectedValue(new Error('Permission request failed.'));

      await click(buttonNamed('Highlight automatically on this site'));

      expect(text('.status-line')).toBe(
        'Couldn’t turn on automatic highlighting: Permission request failed.',
      );
    });

    it('should offer nothing for a page that is not on a web site', async () => {
      await mount(createFakeActions({ status: 'ready', page: buildMockPage(), site: null }));

      expect(buttonNamed('Highlight automatically on this site')).toBeUndefined();
      expect(scratch.querySelector('.site-row')).toBeNull();
    });
  });

  it('should clamp a long sourcing chain and expand it on request', async () => {
    const report = buildMockReport();
    const step = report.sourcing!.chain[1]!;
    const chain = ['A', 'B', 'C', 'D', 'E', 'F'].map((source) => ({ ...step, source }));
    const page = buildMockPage({
      report: {
        ...report,
        sourcing: { ...report.sourcing!, chain, summary: 'Quotes A, B, C, D, E, F' },
      },
    });
    await mount(createFakeActions({ status: 'ready', page }));
    const toggle = buttonNamed('Show all 6 sources');
    expect(scratch.querySelector('.chain')?.classList.contains('clamped')).toBe(true);
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');

    await click(toggle);

    expect(scratch.querySelector('.chain')?.classList.contains('clamped')).toBe(false);
    expect(buttonNamed('Show less')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('should say so when an article quotes nobody', async () => {
    const report = buildMockReport({
      quotes: [],
      people: [],
      sources: [],
      unnamedOfficials: [],
      sourcing: undefined,
    });
    await mount(createFakeActions({ status: 'ready', page: buildMockPage({ report }) }));

    expect(text('.quiet-note')).toBe(
      'No quotes, people or sources found: the article speaks in its own voice.',
    );
    expect(scratch.querySelector('.sourcing')).toBeNull();
  });

  it('should render page text as text, never as HTML', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const report = buildMockReport();
    const page = buildMockPage({
      report: {
        ...report,
        article: report.article && {
          ...report.article,
          title: payload,
          byline: payload,
          siteName: payload,
        },
        quotes: report.quotes.map((quote) => ({ ...quote, text: payload, speaker: payload })),
        people: report.people.map((person) => ({ ...person, name: payload, title: payload })),
        sources: report.sources.map((source) => ({
          ...source,
          name: payload,
          links: ['javascript:alert(1)'],
        })),
        removed: report.removed.map((item) => ({ ...item, text: payload })),
        unnamedOfficials: [{ description: payload, mentions: 1 }],
      },
    });
    await mount(createFakeActions({ status: 'ready', page }));

    expect(scratch.querySelector('img')).toBeNull();
    expect(scratch.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(text('.article-header .title')).toBe(payload);
    expect(text('.section-quotes q')).toBe(payload);
    expect(text('.section-sources .name')).toBe(payload);
  });

  it('should render a given state without loading anything (PopupView)', async () => {
    const actions = createFakeActions({ status: 'loading' });
    await act(() =>
      render(
        <PopupView state={{ status: 'ready', page: buildMockPage() }} actions={actions} />,
        scratch,
      ),
    );

    expect(actions.load).not.toHaveBeenCalled();
    expect(text('.article-header .title')).toMatch(/^High Level/);
  });
});
