import type { ComponentChildren } from 'preact';

/** Props of {@link ToolButton}. */
export interface ToolButtonProps {
  /** A decorative icon before the label. */
  icon: ComponentChildren;
  label: string;
  disabled?: boolean;
  /** A longer description, shown as a tooltip. */
  title?: string;
  onClick: () => void;
}

/** A small bordered button of the popup's toolbar: an icon and a label. */
export function ToolButton({ icon, label, disabled = false, title, onClick }: ToolButtonProps) {
  return (
    <button type="button" class="tool-button" disabled={disabled} title={title} onClick={onClick}>
      {icon}
      {label}
    </button>
  );
}
