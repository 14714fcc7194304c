import type { ComponentChildren } from 'preact';

/** A titled part of the popup with an optional count beside its heading. */
export function Section({
  id,
  title,
  count,
  children,
}: {
  /** Used for the heading's id, which labels the section. */
  id: string;
  title: string;
  count?: number;
  children: ComponentChildren;
}) {
  const headingId = `section-${id}`;
  return (
    <section class={`section section-${id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {count !== undefined && <span class="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}
