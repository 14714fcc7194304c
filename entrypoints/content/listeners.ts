/**
 * Every event listener and observer the content script adds to the page, so that restoring the page
 * removes them all (issue 6: "no listeners left").
 */

/** A set of page listeners and observers removed together. */
export class Listeners {
  private removers: (() => void)[] = [];

  /** Adds `handler` to `target` and remembers how to remove it. */
  on<K extends keyof DocumentEventMap>(
    target: Document | Window | Element | ShadowRoot,
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    const listener = handler as EventListener;
    target.addEventListener(type, listener, options);
    this.removers.push(() => target.removeEventListener(type, listener, options));
  }

  /** Remembers an observer (MutationObserver, ResizeObserver) to disconnect. */
  observe(observer: { disconnect(): void }): void {
    this.removers.push(() => observer.disconnect());
  }

  /** Remembers any other clean-up step. */
  add(remove: () => void): void {
    this.removers.push(remove);
  }

  /** Removes every listener and observer, newest first. */
  removeAll(): void {
    const removers = this.removers.reverse();
    this.removers = [];
    for (const remove of removers) remove();
  }
}
