import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PageState, RevealTarget } from '../lib/messaging';
import { createReportExport, formatSummaryMarkdown, type ExportFile } from '../lib/summary';
import { ArticleHeader, ArticleHeaderSkeleton } from './ArticleHeader';
import { AutoHighlightControl, type AutoHighlightSite } from './AutoHighlightControl';
import { AlertIcon, CopyIcon, DownloadIcon, PageIcon, RestoreIcon } from './Icons';
import { PeopleLists } from './PeopleLists';
import { QuotesList } from './QuotesList';
import { RemovedList } from './RemovedList';
import { SourcesList } from './SourcesList';
import { SourcingSummary } from './SourcingSummary';
import { ToolButton } from './ToolButton';

/**
 * What the popup shows: loading, a page's state (with its site, when it is a web site that can be
 * highlighted automatically), a page it may not read, or a failure.
 */
export type PopupState =
  | { status: 'loading' }
  | { status: 'ready'; page: PageState; site?: AutoHighlightSite | null }
  | { status: 'unavailable'; message: string }
  | { status: 'error'; message: string };

/**
 * Everything the popup can ask of the browser; entrypoints/popup/connector.ts implements it, tests
 * pass fakes. Methods that change the page resolve with its new state.
 */
export interface PopupActions {
  /** Reads the tab the popup belongs to; rejects on failure. */
  load(): Promise<PopupState>;
  /** Turns the in-page highlights on or off. */
  setHighlights(on: boolean): Promise<PageState>;
  /** Shows (`hidden: false`) or hides one removed item in the page. */
  setRemovedHidden(index: number, hidden: boolean): Promise<PageState>;
  /** Undoes everything Sourcelight changed in the page. */
  restorePage(): Promise<PageState>;
  /** Scrolls the page to an item and flashes it; resolves false when it is not in the page. */
  reveal(target: RevealTarget): Promise<boolean>;
  /** Puts text on the clipboard. */
  copyText(text: string): Promise<void>;
  /** Saves a file through the browser's downloads. */
  download(file: ExportFile): void | Promise<void>;
  /**
   * Turns automatic highlighting of the page's site on or off and resolves whether it is now on.
   * Turning it on asks for the site's host permission, which browsers grant only inside the
   * reader's click: call it from the click handler before any `await`.
   */
  setAutoHighlight(on: boolean): Promise<boolean>;
}

/** The toolbar popup's root: loads the page state once and keeps it as the reader changes the page. */
export function Popup({ actions }: { actions: PopupActions }) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    actions.load().then(
      (loaded) => isCurrent && setState(loaded),
      (error: unknown) => isCurrent && setState({ status: 'error', message: messageOf(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [actions]);

  // The view stays stateless about the page: every change comes back as the page's new state.
  const viewActions = useMemo<PopupActions>(() => {
    const keep = (page: PageState) => {
      setState((previous) => ({
        status: 'ready',
        page,
        site: previous.status === 'ready' ? previous.site : null,
      }));
      return page;
    };
    const keepSite = (on: boolean) => {
      setState((previous) =>
        previous.status === 'ready' && previous.site
          ? { ...previous, site: { ...previous.site, on } }
          : previous,
      );
      return on;
    };
    return {
      ...actions,
      setHighlights: (on) => actions.setHighlights(on).then(keep),
      setRemovedHidden: (index, hidden) => actions.setRemovedHidden(index, hidden).then(keep),
      restorePage: () => actions.restorePage().then(keep),
      // No `await` before the call: the permission prompt needs the click's user gesture.
      setAutoHighlight: (on) => actions.setAutoHighlight(on).then(keepSite),
    };
  }, [actions]);

  return <PopupView state={state} actions={viewActions} />;
}

/** Props of {@link PopupView}. */
export interface PopupViewProps {
  state: PopupState;
  actions: PopupActions;
}

/** The popup for a given state: data and actions in, no browser calls. */
export function PopupView({ state, actions }: PopupViewProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  /** Runs an action, reporting its outcome in the live region. */
  const run = async (what: string, action: () => Promise<string | void>) => {
    setBusy(true);
    try {
      const done = await action();
      setStatus(done ?? '');
    } catch (error) {
      setStatus(`Couldn’t ${what}: ${messageOf(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const page = state.status === 'ready' ? state.page : null;
  const site = state.status === 'ready' ? state.site : null;
  const hasArticle = Boolean(page?.report.article);
  return (
    <main class="popup" aria-busy={state.status === 'loading'}>
      <div class="scroll">
        <PopupBody
          state={state}
          busy={busy}
          onReveal={(target) =>
            run('show it in the page', async () =>
              (await actions.reveal(target)) ? '' : 'That part is no longer in the page.',
            )
          }
          onToggleRemoved={(index, hidden) =>
            run(hidden ? 'hide it' : 'show it', async () => {
              await actions.setRemovedHidden(index, hidden);
              return hidden ? 'Hidden again.' : 'Shown in the page.';
            })
          }
          onRestore={() =>
            run('restore the page', async () => {
              await actions.restorePage();
              return 'Page restored as it was.';
            })
          }
        />
      </div>
      {(state.status === 'loading' || hasArticle) && (
        <footer class="toolbar">
          <p class="status-line" role="status" aria-live="polite">
            {status}
          </p>
          <div class="toolbar-row">
            <HighlightsSwitch
              on={page?.highlightsOn ?? false}
              disabled={!page || busy}
              onChange={(on) =>
                run(on ? 'turn highlights on' : 'turn highlights off', async () => {
                  await actions.setHighlights(on);
                  return on ? 'Highlights on.' : 'Highlights off.';
                })
              }
            />
            <div class="toolbar-actions">
              <ToolButton
                icon={<CopyIcon />}
                label="Copy summary"
                disabled={!page}
                onClick={() =>
                  page &&
                  run('copy the summary', async () => {
                    await actions.copyText(formatSummaryMarkdown(page.report));
                    return 'Summary copied as Markdown.';
                  })
                }
              />
              <ToolButton
                icon={<DownloadIcon />}
                label="Export JSON"
                disabled={!page}
                onClick={() =>
                  page &&
                  run('export the report', async () => {
                    const file = createReportExport(page.report);
                    await actions.download(file);
                    return `Saved ${file.name}.`;
                  })
                }
              />
            </div>
          </div>
          {page && site && (
            <div class="toolbar-row site-row">
              <AutoHighlightControl
                site={site}
                disabled={busy}
                onChange={(on) =>
                  run(
                    on ? 'turn on automatic highlighting' : 'turn off automatic highlighting',
                    async () => {
                      // First call, no await before it: the permission request keeps the click.
                      const now = await actions.setAutoHighlight(on);
                      if (on) {
                        return now
                          ? 'Articles on this site will be highlighted as they load.'
                          : 'Permission was not granted, so nothing changed.';
                      }
                      return 'Automatic highlighting is off for this site.';
                    },
                  )
                }
              />
            </div>
          )}
        </footer>
      )}
    </main>
  );
}

function PopupBody({
  state,
  busy,
  onReveal,
  onToggleRemoved,
  onRestore,
}: {
  state: PopupState;
  busy: boolean;
  onReveal: (target: RevealTarget) => void;
  onToggleRemoved: (index: number, hidden: boolean) => void;
  onRestore: () => void;
}) {
  switch (state.status) {
    case 'loading':
      return (
        <>
          <ArticleHeaderSkeleton />
          <p class="visually-hidden" role="status">
            Reading the page…
          </p>
          {/* The shapes of the sourcing card and the first list, where they will appear. */}
          <div class="sourcing skeleton" aria-hidden="true">
            <span class="bone" style={{ width: '88%' }} />
            <span class="bone" style={{ width: '62%' }} />
          </div>
          <div class="section skeleton" aria-hidden="true">
            <span class="bone heading" style={{ width: '28%' }} />
            {[70, 54, 64].map((width) => (
              <span key={width} class="bone row-bone" style={{ width: `${width}%` }} />
            ))}
          </div>
        </>
      );
    case 'unavailable':
      return <EmptyState title="Sourcelight can’t read this page" message={state.message} />;
    case 'error':
      return <EmptyState title="Something went wrong" message={state.message} role="alert" />;
    case 'ready': {
      const { report, removedHidden, highlightsOn } = state.page;
      if (!report.article) {
        return (
          <EmptyState
            title="No article found on this page"
            message={report.reason ?? 'Readability found no article here.'}
          />
        );
      }
      const changed =
        highlightsOn ||
        report.removed.some((item, i) => item.hiddenInPage && (removedHidden[i] ?? true));
      const isEmpty =
        report.quotes.length === 0 && report.people.length === 0 && report.sources.length === 0;
      return (
        <>
          <ArticleHeader article={report.article} />
          {report.sourcing && <SourcingSummary sourcing={report.sourcing} />}
          {report.notes.length > 0 && (
            <ul class="notes">
              {report.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          )}
          {isEmpty && (
            <p class="quiet-note">
              No quotes, people or sources found: the article speaks in its own voice.
            </p>
          )}
          <PeopleLists
            people={report.people}
            unnamedOfficials={report.unnamedOfficials}
            onReveal={onReveal}
          />
          <SourcesList sources={report.sources} onReveal={onReveal} />
          <QuotesList quotes={report.quotes} onReveal={onReveal} />
          <RemovedList
            removed={report.removed}
            hidden={removedHidden}
            busy={busy}
            onToggle={onToggleRemoved}
          />
          <div class="restore">
            <button
              type="button"
              class="secondary-button"
              disabled={busy || !changed}
              onClick={onRestore}
            >
              <RestoreIcon />
              Restore page
            </button>
            <span class="restore-hint">Removes highlights and shows everything again.</span>
          </div>
        </>
      );
    }
  }
}

function HighlightsSwitch({
  on,
  disabled,
  onChange,
}: {
  on: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={on}
      disabled={disabled}
      onClick={() => onChange(!on)}
    >
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      Highlights
    </button>
  );
}

function EmptyState({
  title,
  message,
  role = 'status',
}: {
  title: string;
  message: string;
  role?: 'status' | 'alert';
}) {
  return (
    <section class="empty" role={role}>
      <span class="empty-icon">
        {role === 'alert' ? <AlertIcon size={20} /> : <PageIcon size={20} />}
      </span>
      <h1>{title}</h1>
      <p>{message}</p>
    </section>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
