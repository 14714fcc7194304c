import { AutoIcon } from './Icons';
import { ToolButton } from './ToolButton';

/** The page's site and whether Sourcelight highlights its articles without a click. */
export interface AutoHighlightSite {
  /** The site's origin ("https://www.example.com"). */
  origin: string;
  /** True when the reader opted the site in and its host permission is still granted. */
  on: boolean;
}

/** Props of {@link AutoHighlightControl}. */
export interface AutoHighlightControlProps {
  site: AutoHighlightSite;
  disabled: boolean;
  /**
   * Turns automatic highlighting on or off. Turning it on asks the browser for the site's
   * permission, which only works inside the click: call no `await` before it.
   */
  onChange: (on: boolean) => void;
}

/**
 * "Highlight automatically on this site", or once it is on, "On for this site" with a way to turn
 * it off.
 */
export function AutoHighlightControl({ site, disabled, onChange }: AutoHighlightControlProps) {
  const host = hostOf(site.origin);
  if (site.on) {
    return (
      <p class="auto-site">
        <span class="auto-site-state" title={`Articles on ${host} are highlighted as they load.`}>
          <AutoIcon size={14} />
          On for this site
        </span>
        <button
          type="button"
          class="link-button"
          disabled={disabled}
          aria-label={`Stop highlighting ${host} automatically`}
          onClick={() => onChange(false)}
        >
          Turn off
        </button>
      </p>
    );
  }
  return (
    <ToolButton
      icon={<AutoIcon />}
      label="Highlight automatically on this site"
      title={`Highlight articles on ${host} as soon as they load (asks for access to ${host})`}
      disabled={disabled}
      onClick={() => onChange(true)}
    />
  );
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
