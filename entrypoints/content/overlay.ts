/**
 * Sourcelight's in-page UI — tooltips, re-post side markers and the cleaning notice — inside a
 * closed shadow root on one host element, so site CSS cannot restyle it, it cannot restyle the
 * site, and page scripts cannot reach into it. Built with DOM calls only (page text is untrusted).
 */
import { installStylesheet } from './paint';
import type { Listeners } from './listeners';

/** The host element's tag (a custom name no site styles by accident). */
const HOST_TAG = 'sourcelight-ui';

/** Gap between a highlighted line and its tooltip. */
const TOOLTIP_GAP_PX = 8;

/** Keeps the tooltip this far inside the viewport. */
const VIEWPORT_MARGIN_PX = 6;

/** Gap between the side marker's bar and the block (the label sits left of the bar). */
const MARKER_OFFSET_PX = 8;

const OVERLAY_CSS = `
:host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; overflow: visible !important; }
.tooltip { position: fixed; max-width: 360px; padding: 6px 9px; border-radius: 6px;
  font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #f6f6f6; background: #1f2328;
  box-shadow: 0 2px 10px rgba(0,0,0,.35); border: 1px solid rgba(255,255,255,.18);
  pointer-events: none; white-space: normal; }
.tooltip[hidden], .notice[hidden] { display: none; }
.marker { position: absolute; border-left: 3px solid rgb(40, 140, 240); pointer-events: none; }
/* Read bottom-to-top along the bar, in the page margin, so it never covers the article's text. */
.marker-label { position: absolute; top: 0; right: 5px; max-height: 100%; overflow: hidden;
  writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; padding: 6px 1px;
  border-radius: 4px; font: 600 11px/16px system-ui, sans-serif; color: #fff; background: rgb(30, 110, 200); }
.notice { position: fixed; right: 16px; bottom: 16px; display: flex; gap: 8px; align-items: center;
  max-width: 420px; padding: 8px 10px; border-radius: 8px; font: 13px/1.35 system-ui, sans-serif;
  color: #f6f6f6; background: #1f2328; box-shadow: 0 2px 12px rgba(0,0,0,.35); }
.notice button { font: inherit; color: #9cd1ff; background: none; border: 1px solid #4a5560;
  border-radius: 5px; padding: 2px 8px; cursor: pointer; }
.notice button:focus-visible { outline: 2px solid #9cd1ff; outline-offset: 1px; }
`;

/** A side marker to place: its label and the block it marks, in document coordinates. */
export interface MarkerBox {
  label: string;
  top: number;
  left: number;
  height: number;
}

/** A button of the cleaning notice. */
export interface NoticeAction {
  label: string;
  run(): void;
}

/** The in-page UI: one host element with a closed shadow root. */
export class Overlay {
  private readonly host: HTMLElement;
  private readonly tooltip: HTMLElement;
  private readonly markers: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly doc: Document;
  private readonly listeners: Listeners;

  /** Adds the host element to `doc` (removed again by {@link Overlay.destroy}). */
  constructor(doc: Document, listeners: Listeners) {
    this.doc = doc;
    this.host = doc.createElement(HOST_TAG);
    const root = this.host.attachShadow({ mode: 'closed' });
    installStylesheet(root, OVERLAY_CSS);
    this.markers = this.add(root, 'div', 'markers');
    this.tooltip = this.add(root, 'div', 'tooltip');
    this.tooltip.setAttribute('role', 'tooltip');
    this.tooltip.hidden = true;
    this.notice = this.add(root, 'div', 'notice');
    this.notice.setAttribute('role', 'status');
    this.notice.hidden = true;
    this.listeners = listeners;
    doc.documentElement.appendChild(this.host);
  }

  /** Shows `text` above (or below) the line box `anchor` (viewport coordinates). */
  showTooltip(text: string, anchor: DOMRect): void {
    this.tooltip.textContent = text;
    this.tooltip.hidden = false;
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const box = this.tooltip.getBoundingClientRect();
    const left = clamp(anchor.left, VIEWPORT_MARGIN_PX, width - box.width - VIEWPORT_MARGIN_PX);
    const above = anchor.top - box.height - TOOLTIP_GAP_PX;
    const top = above >= VIEWPORT_MARGIN_PX ? above : anchor.bottom + TOOLTIP_GAP_PX;
    this.tooltip.style.left = `${Math.round(left)}px`;
    this.tooltip.style.top = `${Math.round(top)}px`;
  }

  /** Hides the tooltip. */
  hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  /** The tooltip's text while it is shown, else null. */
  get tooltipText(): string | null {
    return this.tooltip.hidden ? null : this.tooltip.textContent;
  }

  /** Replaces the side markers. */
  setMarkers(boxes: MarkerBox[]): void {
    this.markers.replaceChildren();
    for (const box of boxes) {
      const marker = this.add(this.markers, 'div', 'marker');
      marker.style.top = `${Math.round(box.top)}px`;
      marker.style.left = `${Math.round(Math.max(2, box.left - MARKER_OFFSET_PX))}px`;
      marker.style.height = `${Math.round(box.height)}px`;
      this.add(marker, 'span', 'marker-label').textContent = box.label;
    }
  }

  /** Shows the cleaning notice with its buttons, or hides it when `text` is null. */
  setNotice(text: string | null, actions: NoticeAction[] = []): void {
    this.notice.replaceChildren();
    this.notice.hidden = text === null;
    if (text === null) return;
    this.add(this.notice, 'span', 'notice-text').textContent = text;
    for (const action of actions) {
      const button = this.add(this.notice, 'button', 'notice-action');
      button.type = 'button';
      button.textContent = action.label;
      this.listeners.on(button, 'click', () => action.run());
    }
  }

  /** Removes the host element and everything in it. */
  destroy(): void {
    this.host.remove();
  }

  private add<K extends keyof HTMLElementTagNameMap>(
    parent: Node,
    tag: K,
    className: string,
  ): HTMLElementTagNameMap[K] {
    const element = this.doc.createElement(tag);
    element.className = className;
    parent.appendChild(element);
    return element;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
