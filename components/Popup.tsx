import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../lib/report';
import { ArticleHeader } from './ArticleHeader';

/** What the popup shows: loading, a report, a page it may not read, or a failure. */
export type PopupState =
  | { status: 'loading' }
  | { status: 'ready'; report: Report }
  | { status: 'unavailable'; message: string }
  | { status: 'error'; message: string };

/** Props of {@link Popup}. */
export interface PopupProps {
  /** Reads the active tab; rejects on failure. */
  load: () => Promise<PopupState>;
}

/** The toolbar popup: loads the report for the active tab and shows it. */
export function Popup({ load }: PopupProps) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  useEffect(() => {
    load().then(setState, (error: unknown) =>
      setState({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
  }, [load]);

  return (
    <main class="popup" aria-busy={state.status === 'loading'}>
      <PopupBody state={state} />
    </main>
  );
}

function PopupBody({ state }: { state: PopupState }) {
  switch (state.status) {
    case 'loading':
      return (
        <p class="status" role="status">
          Reading the page…
        </p>
      );
    case 'unavailable':
      return <EmptyState title="Sourcelight can’t read this page" message={state.message} />;
    case 'error':
      return <EmptyState title="Something went wrong" message={state.message} role="alert" />;
    case 'ready':
      if (!state.report.article) {
        return (
          <EmptyState
            title="No article found on this page"
            message={state.report.reason ?? 'Readability found no article here.'}
          />
        );
      }
      return <ArticleHeader article={state.report.article} />;
  }
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
      <h1>{title}</h1>
      <p>{message}</p>
    </section>
  );
}
