/**
 * One page's Sourcelight state: the analysis, the hidden furniture, the highlights and the in-page
 * UI, with exact undo. The content script's message handlers call into it; nothing here throws into
 * the page.
 */
import type { Analysis, ArticleReading } from '../../lib/analyze';
import { hideJunk, type JunkRestorer } from '../../lib/clean/hide-junk';
import { mapSpanToLive, piecesToRanges } from '../../lib/highlight/live-ranges';
import { planHighlights, type HighlightPlan } from '../../lib/highlight/plan';
import type { PageState, RevealTarget } from '../../lib/messaging';
import type { RemovedKind, Report } from '../../lib/report';
import { describeRemoved } from '../../lib/summary';
import type { Engine } from '../engine/contract';
import { Listeners } from './listeners';
import { Overlay, type MarkerBox } from './overlay';
import { PERF_MARKS } from './perf-marks';
import { paintItems, type MappedItem, type Painting } from './paint';

/** The timers and frames the session needs: WXT's ContentScriptContext or a stand-in in tests. */
export interface SessionContext {
  readonly isValid: boolean;
  setTimeout(handler: () => void, timeout: number): number;
  requestAnimationFrame(callback: () => void): number;
}

/** The entries each analysis leaves; the engine's load is measured once, before the first. */
const ANALYSIS_ENTRIES = Object.values(PERF_MARKS).filter((name) => name !== PERF_MARKS.engineLoad);

/** How long a revealed item keeps its attention style. */
const FLASH_MS = 1600;

/**
 * The longest the report waits for the frame that shows the highlights: a window the browser does
 * not render (occluded, minimised) runs no animation frames.
 */
const FRAME_WAIT_MAX_MS = 100;

interface Current {
  /** The article and what the highlights need, read before the page is painted. */
  reading: ArticleReading;
  /** The whole analysis, completed after the highlights are on screen; null until then. */
  analysis: Analysis | null;
  plan: HighlightPlan;
  mapped: MappedItem[];
  /** The URL analysed: SPA navigation changes it without reloading the content script. */
  href: string;
  /** Set when the page changed after the analysis; the next request analyses again. */
  dirty: boolean;
  observer: MutationObserver | null;
  /** Per report.removed index: the index in the restorer, or -1 when it is not in the page. */
  junkIndex: number[];
  junk: JunkRestorer | null;
}

/** A page's analysis, highlights and cleaning, and their undo. */
export class PageSession {
  private ctx: SessionContext;
  private readonly doc: Document;
  private loadEngine: () => Promise<Engine>;
  private current: Current | null = null;
  /** Set while an analysis completes its report; every request waits for it. */
  private pending: Promise<Current> | null = null;
  private lastReport: Report | null = null;
  private painting: Painting | null = null;
  private overlay: Overlay | null = null;
  /** Listeners that live while the page is changed (highlights or hidden furniture). */
  private listeners = new Listeners();
  private pendingFrame = false;
  private lastPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private flashTimer: number | null = null;
  private measureNextPaint = false;

  /** Creates a session for `doc`, using `ctx` for timers and `loadEngine` to analyse. */
  constructor(doc: Document, ctx: SessionContext, loadEngine: () => Promise<Engine>) {
    this.doc = doc;
    this.ctx = ctx;
    this.loadEngine = loadEngine;
  }

  /** Hands the session to a newer content-script instance (the popup injects on every click). */
  adopt(ctx: SessionContext, loadEngine: () => Promise<Engine>): void {
    this.ctx = ctx;
    // The older copy may belong to an extension that was updated since: its messaging is dead.
    this.loadEngine = loadEngine;
    // Frames and timers of the old context were cancelled with it.
    this.pendingFrame = false;
    if (this.flashTimer !== null) this.endFlash();
  }

  /** Analyses the page if it is new or changed, hides its furniture and highlights it. */
  async analyzePage(): Promise<PageState> {
    await this.refreshed({ paint: true, hide: true });
    return this.state();
  }

  /** Turns the highlights on (analysing again if the page changed) or off. */
  async setHighlights(on: boolean): Promise<PageState> {
    if (on) await this.refreshed({ paint: true, hide: false });
    else await this.whenIdle(() => this.unpaint());
    return this.state();
  }

  /** Shows or hides one removed item. */
  async setRemovedHidden(index: number, hidden: boolean): Promise<PageState> {
    const current = await this.refreshed({ paint: false, hide: true });
    const at = current.junkIndex[index];
    if (at === undefined) {
      throw new RangeError(
        `No removed item ${index}: the report lists ${current.junkIndex.length}`,
      );
    }
    if (at >= 0 && current.junk) {
      if (hidden) current.junk.hide(at);
      else showJunk(current.junk, [at]);
    }
    this.updateNotice();
    return this.state();
  }

  /** Undoes everything, once any analysis under way has completed its report. */
  async restorePage(): Promise<PageState> {
    await this.whenIdle(() => this.restoreNow());
    return this.state();
  }

  /** Undoes everything at once: highlights, hidden furniture, in-page UI, listeners, observers. */
  restoreNow(): void {
    this.unpaint();
    const current = this.current;
    if (current?.junk) {
      syncStyleAttributes(current.junk.elements);
      current.junk.restore();
    }
    current?.observer?.disconnect();
    this.current = null;
    this.overlay?.destroy();
    this.overlay = null;
    this.listeners.removeAll();
  }

  /** Scrolls to a report item, flashes it and shows its tooltip; false when it is not in the page. */
  async revealInPage(target: RevealTarget): Promise<boolean> {
    const current = await this.refreshed({ paint: false, hide: false });
    // With highlights off the item is still scrolled to and named, but nothing is painted.
    const painting = this.painting;
    const ranges = this.findRanges(current, target, painting);
    const first = ranges[0];
    if (!first) return false;
    const element =
      first.startContainer.nodeType === 1
        ? (first.startContainer as Element)
        : first.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    if (painting) {
      if (this.flashTimer !== null) this.endFlash();
      painting.flash(ranges);
      this.flashTimer = this.ctx.setTimeout(() => this.endFlash(), FLASH_MS);
    }
    const label = this.labelOf(current, target);
    // After the frame's scroll events (which hide tooltips), at the item's new position.
    this.ctx.requestAnimationFrame(() =>
      safely(() => {
        const rect = first.getClientRects()[0] ?? first.getBoundingClientRect();
        if (label && this.current === current) this.ensureOverlay().showTooltip(label, rect);
      }),
    );
    return true;
  }

  /** The popup's view of the page. */
  state(): PageState {
    const current = this.current;
    const report = current?.analysis?.report ?? this.lastReport;
    if (!report) throw new Error('analyzePage must run before the page state is read');
    return {
      report,
      highlightsOn: this.painting !== null,
      removedHidden: report.removed.map((_, index) => {
        const at = current?.junkIndex[index] ?? -1;
        return at >= 0 && current?.junk ? current.junk.isHidden(at) : false;
      }),
    };
  }

  /**
   * Runs `act` once no analysis is completing its report, checked right before it with no await in
   * between, so that two requests never both analyse.
   */
  private async whenIdle<T>(act: () => T | Promise<T>): Promise<T> {
    while (this.pending) {
      await this.pending.catch(() => undefined);
    }
    return act();
  }

  /** {@link refresh} once the engine is loaded and no analysis is under way. */
  private async refreshed(want: { paint: boolean; hide: boolean }): Promise<Current> {
    const engine = await this.loadEngine();
    return this.whenIdle(() => this.refresh(engine, want));
  }

  /**
   * The current analysis, made again when there is none or the page changed since, with the
   * furniture hidden and the highlights painted as `want` asks; a new one resolves with its report.
   * Call through whenIdle().
   */
  private refresh(
    engine: Engine,
    want: { paint: boolean; hide: boolean },
  ): Current | Promise<Current> {
    const current = this.current;
    if (current?.observer?.takeRecords().length) current.dirty = true;
    if (!current || current.dirty || current.href !== this.doc.location?.href) {
      // The page changed: undo everything, analyse it as it is now, and show what was shown before
      // (per-item choices belonged to the old content and start over).
      const show = {
        paint: want.paint || this.painting !== null,
        hide: want.hide || current?.junk != null,
      };
      if (current) this.restoreNow();
      return this.analyze(engine, show);
    }
    if (want.hide && !current.junk) this.hideFurniture(current);
    if (want.paint && !this.painting) this.paint(current);
    return current;
  }

  /**
   * Reads the article, shows it as `show` asks, and completes the report once the page has
   * rendered: people and sources are for the popup, and the reader should not wait for them to see
   * the highlights.
   */
  private analyze(engine: Engine, show: { paint: boolean; hide: boolean }): Promise<Current> {
    const current = this.read(engine);
    if (show.paint) this.paint(current);
    const pending = this.complete(engine, current, show.hide).finally(() => {
      if (this.pending === pending) this.pending = null;
    });
    this.pending = pending;
    return pending;
  }

  private read({ readArticle }: Engine): Current {
    // One set of entries per page: an SPA re-analysed for hours must not grow the timeline.
    for (const name of ANALYSIS_ENTRIES) {
      performance.clearMarks(name);
      performance.clearMeasures(name);
    }
    performance.mark(PERF_MARKS.start);
    const reading = readArticle(this.doc);
    performance.mark(PERF_MARKS.analyzed);
    // Tooltips get people's titles when the report is complete (see complete()).
    const plan = planHighlights({ ...reading, people: [] });
    const mapped: MappedItem[] = [];
    const articleText = reading.article?.text;
    if (articleText) {
      for (const item of plan.items) {
        const pieces = item.spans.flatMap((span) =>
          mapSpanToLive(articleText, span, reading.toLive),
        );
        if (pieces.length > 0) mapped.push({ item, pieces });
      }
    }
    this.measureNextPaint = true;
    const current: Current = {
      reading,
      analysis: null,
      plan,
      mapped,
      href: this.doc.location?.href ?? '',
      dirty: false,
      observer: null,
      junkIndex: [],
      junk: null,
    };
    this.current = current;
    this.watchForChanges(current);
    return current;
  }

  private async complete(
    { completeAnalysis }: Engine,
    current: Current,
    hide: boolean,
  ): Promise<Current> {
    await afterNextFrame(this.doc);
    try {
      const analysis = completeAnalysis(current.reading);
      const labels = planHighlights(analysis.report).items.map((item) => item.label);
      current.plan.items.forEach((item, index) => {
        item.label = labels[index] ?? item.label;
      });
      current.analysis = analysis;
      this.lastReport = analysis.report;
      measure(PERF_MARKS.reported, PERF_MARKS.reportMeasure);
      if (hide && this.current === current) this.hideFurniture(current);
      return current;
    } catch (error) {
      // Highlights without a report could never be explained or turned off from the popup.
      if (this.current === current) this.restoreNow();
      throw error;
    }
  }

  /** Marks the analysis stale on the page's first change after it (infinite scroll, SPA). */
  private watchForChanges(current: Current): void {
    const body = this.doc.body;
    if (!body || typeof MutationObserver !== 'function') return;
    const observer = new MutationObserver(() => {
      current.dirty = true;
      // One change is enough; stop paying for the rest.
      observer.disconnect();
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    current.observer = observer;
  }

  /** Runs `change` (a change of our own to the page) without marking the analysis stale. */
  private withoutWatching(change: () => void): void {
    const current = this.current;
    if (current?.observer?.takeRecords().length) current.dirty = true;
    change();
    current?.observer?.takeRecords();
  }

  private hideFurniture(current: Current): void {
    const { analysis } = current;
    if (!analysis) return;
    const { junk, toLive, articleText } = analysis;
    const { removed } = analysis.report;
    // Cleaning never touches the story: skip any match that holds article text.
    const storyNodes = articleText
      ? [0, Math.floor(articleText.segments.length / 2), articleText.segments.length - 1]
          .map((i) => articleText.segments[i]?.node)
          .map((node) => (node ? toLive(node) : undefined))
          .filter((node): node is Node => node !== undefined)
      : [];
    const elements: Element[] = [];
    // The report decided what the page hides; report.removed and junk share their indexes.
    current.junkIndex = junk.map(({ element: live }, index) => {
      if (!removed[index]?.hiddenInPage) return -1;
      // Elements Readability rebuilt are only in its clone.
      if (live.ownerDocument !== this.doc || !('style' in live)) return -1;
      if (storyNodes.some((node) => live.contains(node))) return -1;
      elements.push(live);
      return elements.length - 1;
    });
    current.junk = hideJunk(elements);
    this.updateNotice();
    if (elements.length > 0) this.listenWhileChanged();
  }

  private paint(current: Current): void {
    this.withoutWatching(() => {
      this.painting = paintItems(this.doc, current.mapped);
    });
    if (this.measureNextPaint) {
      // Only the first paint after an analysis measures the click (tests/bench/highlights.ts).
      this.measureNextPaint = false;
      measure(PERF_MARKS.highlighted, PERF_MARKS.measure);
    }
    this.listenWhileChanged();
    if (current.plan.markers.length > 0) {
      // Placing markers needs layout: leave it to the next frame, off the click's critical path.
      this.ctx.requestAnimationFrame(() => this.placeMarkers());
    }
  }

  private unpaint(): void {
    const painting = this.painting;
    if (!painting) return;
    this.painting = null;
    this.withoutWatching(() => painting.remove());
    this.overlay?.hideTooltip();
    this.overlay?.setMarkers([]);
    this.endFlash();
  }

  private endFlash(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.painting?.unflash();
  }

  private listening = false;

  /** Adds the pointer, key and layout listeners once, while the page shows anything of ours. */
  private listenWhileChanged(): void {
    if (this.listening) return;
    this.listening = true;
    const view = this.doc.defaultView;
    const onMove = (event: PointerEvent) => {
      this.lastPointer = { x: event.clientX, y: event.clientY, target: event.target };
      if (this.pendingFrame || !this.ctx.isValid) return;
      this.pendingFrame = true;
      this.ctx.requestAnimationFrame(() => {
        this.pendingFrame = false;
        this.updateTooltip();
      });
    };
    this.listeners.on(this.doc, 'pointermove', onMove, { capture: true, passive: true });
    this.listeners.on(this.doc, 'scroll', () => this.overlay?.hideTooltip(), {
      capture: true,
      passive: true,
    });
    this.listeners.on(this.doc, 'keydown', (event) => {
      if (event.key === 'Escape') this.overlay?.hideTooltip();
    });
    if (view) {
      this.listeners.on(view, 'resize', () => this.placeMarkers(), { passive: true });
    }
    if (typeof ResizeObserver === 'function' && this.doc.body) {
      // Images loading above a re-posted block move it; markers follow.
      const observer = new ResizeObserver(() => this.placeMarkers());
      observer.observe(this.doc.body);
      this.listeners.observe(observer);
    }
    this.listeners.add(() => {
      this.listening = false;
    });
  }

  private updateTooltip(): void {
    const pointer = this.lastPointer;
    const painting = this.painting;
    if (!pointer || !painting) return;
    safely(() => {
      const hit = painting.hitTest(pointer.x, pointer.y, pointer.target);
      if (!hit) {
        this.overlay?.hideTooltip();
        return;
      }
      const line = lineBoxAt(painting.rangesOf(hit), pointer.x, pointer.y);
      if (line) this.ensureOverlay().showTooltip(hit.item.label, line);
    });
  }

  private placeMarkers(): void {
    const current = this.current;
    const painting = this.painting;
    if (!current || !painting || current.plan.markers.length === 0) return;
    safely(() => {
      const articleText = current.reading.article?.text;
      if (!articleText) return;
      const view = this.doc.defaultView;
      const boxes: MarkerBox[] = [];
      for (const marker of current.plan.markers) {
        const ranges = piecesToRanges(
          this.doc,
          mapSpanToLive(articleText, marker.span, current.reading.toLive),
        );
        const rects = ranges.map((range) => range.getBoundingClientRect());
        const top = Math.min(...rects.map((rect) => rect.top));
        const bottom = Math.max(...rects.map((rect) => rect.bottom));
        const left = Math.min(...rects.map((rect) => rect.left));
        if (!Number.isFinite(top) || bottom <= top) continue;
        boxes.push({
          label: marker.label,
          top: top + (view?.scrollY ?? 0),
          left: left + (view?.scrollX ?? 0),
          height: bottom - top,
        });
      }
      this.ensureOverlay().setMarkers(boxes);
    });
  }

  private updateNotice(): void {
    const current = this.current;
    const junk = current?.junk;
    if (!current || !junk) return;
    const hiddenKinds: RemovedKind[] = [];
    let hidden = 0;
    current.junkIndex.forEach((at, index) => {
      if (at < 0 || !junk.isHidden(at)) return;
      hidden++;
      const kind = current.analysis?.report.removed[index]?.kind;
      if (kind) hiddenKinds.push(kind);
    });
    if (hidden === 0) {
      this.overlay?.setNotice(null);
      return;
    }
    // The popup's words for the same furniture ("comment form, spam notice, 2 share bars").
    const kinds = describeRemoved(hiddenKinds);
    const noun = hidden === 1 ? 'page element' : 'page elements';
    this.ensureOverlay().setNotice(`Sourcelight hid ${hidden} ${noun} (${kinds}).`, [
      {
        label: 'Show',
        run: () => {
          showJunk(
            junk,
            current.junkIndex.filter((at) => at >= 0),
          );
          this.overlay?.setNotice(null);
        },
      },
      { label: 'Dismiss', run: () => this.overlay?.setNotice(null) },
    ]);
  }

  private ensureOverlay(): Overlay {
    this.overlay ??= new Overlay(this.doc, this.listeners);
    return this.overlay;
  }

  private findRanges(current: Current, target: RevealTarget, painting: Painting | null): Range[] {
    const report = current.analysis?.report;
    const { toLive } = current.reading;
    const articleText = current.reading.article?.text;
    if (target.kind === 'quote' || target.kind === 'attribution') {
      const mapped = current.mapped.filter(
        ({ item }) => item.target.kind === target.kind && item.target.index === target.index,
      );
      // Painted wrappers (the fallback) rewrite Text nodes: ask the painting while it is on.
      return mapped.flatMap((item) =>
        painting ? painting.rangesOf(item) : piecesToRanges(this.doc, item.pieces),
      );
    }
    if (!articleText || !report) return [];
    const span =
      target.kind === 'person'
        ? report.people[target.index]?.spans[0]
        : this.firstSpanOfSource(report, report.sources[target.index]?.name);
    return span ? piecesToRanges(this.doc, mapSpanToLive(articleText, span, toLive)) : [];
  }

  private firstSpanOfSource(report: Report, name: string | undefined) {
    if (!name) return undefined;
    const attribution = report.attributions.find((item) => item.source === name);
    if (attribution) return attribution.sourceSpan ?? attribution.span;
    return report.quotes.find((quote) => quote.speaker === name)?.span;
  }

  private labelOf(current: Current, target: RevealTarget): string | null {
    if (target.kind === 'quote' || target.kind === 'attribution') {
      return (
        current.plan.items.find(
          ({ target: t }) => t.kind === target.kind && t.index === target.index,
        )?.label ?? null
      );
    }
    const report = current.analysis?.report;
    if (!report) return null;
    return target.kind === 'person'
      ? (report.people[target.index]?.name ?? null)
      : (report.sources[target.index]?.name ?? null);
  }
}

/**
 * Resolves once the page has rendered what was just painted: animation-frame callbacks run before a
 * frame is drawn, a task queued from one runs after. A hidden page draws nothing, so it need not
 * wait.
 */
function afterNextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    if (doc.visibilityState !== 'visible') {
      setTimeout(resolve, 0);
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, FRAME_WAIT_MAX_MS);
  });
}

/** The line box of `ranges` under the pointer (for placing the tooltip), else the first one. */
function lineBoxAt(ranges: Range[], x: number, y: number): DOMRect | null {
  let first: DOMRect | null = null;
  for (const range of ranges) {
    for (const rect of range.getClientRects()) {
      first ??= rect;
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return rect;
    }
  }
  return first;
}

/** Shows hidden furniture again (see {@link syncStyleAttributes}). */
function showJunk(junk: JunkRestorer, indexes: number[]): void {
  syncStyleAttributes(indexes.map((index) => junk.elements[index]).filter((e) => e !== undefined));
  for (const index of indexes) junk.show(index);
}

/**
 * Reads each element's `style` attribute once. Chromium writes a style attribute changed through
 * CSSOM (`style.setProperty`) back lazily; removing the attribute before that write-back leaves the
 * flag set, and the next serialisation prints `style=""` — so the restored page would differ from
 * the original. Reading the attribute performs the write-back first. TODO [2027-01-01]: Move into
 * lib/clean/hide-junk.ts `show()` (asked of the cleaning engineer).
 */
function syncStyleAttributes(elements: readonly Element[]): void {
  for (const element of elements) element.getAttribute('style');
}

/** Marks `mark` and measures from the analysis' start to it (read by tests/bench/highlights.ts). */
function measure(mark: string, name: string): void {
  performance.mark(mark);
  try {
    performance.measure(name, PERF_MARKS.start, mark);
  } catch {
    // A page that cleared our marks loses only the measurement.
  }
}

/** Runs UI work from page events; a failure there must never surface in the page. */
function safely(work: () => void): void {
  try {
    work();
  } catch {
    // Nothing to do: the page keeps working without the tooltip or marker.
  }
}
