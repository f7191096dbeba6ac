// Small DOM helpers for the media and file views (media.ts): elements, widget labels, and
// object URLs made from the binary buffers the kernel sends (one URL per buffer, revoked
// when the view lets it go).

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = ''
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

/** A widget's label as Streamlit shows it: visible, hidden (keeps its space) or collapsed. */
export function widgetLabel(text: string, visibility: string, help: string): HTMLElement {
  const label = el('div', 'st-media-label', text);
  if (visibility === 'hidden') {
    label.style.visibility = 'hidden';
  } else if (visibility === 'collapsed') {
    label.style.display = 'none';
  }
  if (help) {
    const mark = el('span', 'st-media-help', '?');
    mark.title = help;
    label.appendChild(mark);
  }
  return label;
}

/** Object URLs for buffers, made once per buffer and revoked together. */
export class BlobUrls {
  private urls = new Map<unknown, string>();

  /** The object URL for `buffer` (a DataView from the kernel, or a Blob). */
  url(buffer: DataView | Blob, mime: string): string {
    let url = this.urls.get(buffer);
    if (url === undefined) {
      const blob = buffer instanceof Blob ? buffer : new Blob([bytesOf(buffer)], { type: mime });
      url = URL.createObjectURL(blob);
      this.urls.set(buffer, url);
    }
    return url;
  }

  /** Revoke every URL whose buffer is not in `keep`. */
  keepOnly(keep: unknown[]): void {
    for (const [buffer, url] of this.urls) {
      if (!keep.includes(buffer)) {
        URL.revokeObjectURL(url);
        this.urls.delete(buffer);
      }
    }
  }

  clear(): void {
    this.keepOnly([]);
  }
}

/** The bytes of a DataView the widget manager hands us (a view into a larger buffer). */
export function bytesOf(view: DataView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** Streamlit's size display: 209715200 -> "200.0MB". */
export function sizeText(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  return `${size.toFixed(1)}${units[unit]}`;
}

/** A width setting ("content", "stretch" or pixels) as CSS on `node`. */
export function applyWidth(node: HTMLElement, width: string): void {
  node.style.width = width === 'stretch' ? '100%' : /^\d+$/.test(width) ? `${width}px` : '';
  node.style.maxWidth = '100%';
}

const NAMED_KEYS: Record<string, string> = {
  Enter: 'enter', ' ': 'space', Tab: 'tab', Escape: 'escape', Backspace: 'backspace',
  Delete: 'delete', Home: 'home', End: 'end', PageUp: 'pageup', PageDown: 'pagedown',
  ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down'
};

/** A key press in the kernel's normalised shortcut form ("ctrl+shift+k"); letters and
 * digits by their key position, so Shift does not change them. */
export function shortcutOf(event: KeyboardEvent): string {
  const { code, key } = event;
  const name = /^Key[A-Z]$/.test(code)
    ? code.slice(3).toLowerCase()
    : /^Digit\d$/.test(code)
      ? code.slice(5)
      : NAMED_KEYS[key] ?? key.toLowerCase();
  const held = [event.ctrlKey && 'ctrl', event.metaKey && 'cmd', event.altKey && 'alt',
    event.shiftKey && 'shift'];
  return [...held.filter(Boolean), name].join('+');
}

/** Whether a plain key press belongs to the text field it was typed in. */
export function typedInField(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const field = /^(INPUT|TEXTAREA|SELECT)$/;
  const typing = !!target && (target.isContentEditable || field.test(target.tagName));
  return typing && !(event.ctrlKey || event.metaKey || event.altKey);
}
