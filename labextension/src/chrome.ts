// The app chrome: the bar around a Streamlit app. A "Running..." indicator while the script
// runs, the page title and favicon, the layout (centered or wide), and a "⋮" main menu with
// Rerun (also the R key), Clear cache and Settings (theme light/dark/custom, wide mode).
// Clicks and key presses reach the kernel as custom messages {event: "rerun" | "clear_cache"}.
// Plain DOM, built once in render(); update() is idempotent and cheap.
import { DOMWidgetModel, DOMWidgetView } from '@jupyter-widgets/base';

export const MODULE_NAME = 'jupyter-st';
export const MODULE_VERSION = '0.1.0';

type ThemeChoice = 'light' | 'dark' | 'custom';
const THEME_KEY = 'jupyter-st.theme';
// Views already handled this key press (several views of one model must rerun once).
const handledKeys = new WeakMap<object, Event>();

export class ChromeModel extends DOMWidgetModel {
  defaults() {
    return {
      ...super.defaults(),
      _model_name: 'ChromeModel',
      _model_module: MODULE_NAME,
      _model_module_version: MODULE_VERSION,
      _view_name: 'ChromeView',
      _view_module: MODULE_NAME,
      _view_module_version: MODULE_VERSION,
      running: false,
      page_title: '',
      page_icon: '',
      layout: 'centered',
      theme: {}
    };
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = ''
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function isUrl(icon: string): boolean {
  return /^(https?:|data:|blob:|\/|\.\.?\/)/.test(icon) || /\.(png|ico|svg|gif|jpe?g|webp)$/i.test(icon);
}

function iconHref(icon: string): string {
  if (isUrl(icon)) {
    return icon;
  }
  const text = icon.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${text}</text></svg>`;
  return 'data:image/svg+xml,' + encodeURIComponent(svg);
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    (target.closest('input, textarea, select, [contenteditable]') !== null ||
      (target as HTMLElement).isContentEditable)
  );
}

function storedTheme(): ThemeChoice | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' || value === 'custom' ? value : null;
  } catch {
    return null; // storage disabled
  }
}

export class ChromeView extends DOMWidgetView {
  private running!: HTMLElement;
  private menu!: HTMLElement;
  private settings: HTMLElement | null = null;
  private wide: boolean | null = null; // the Settings checkbox overrides the layout trait
  private applied: Record<string, string> = {}; // title and icon last written to the page
  private appliedVars: string[] = []; // CSS variables the Custom theme set on <html>

  render(): void {
    this.el.classList.add('st-chrome');
    this.running = el('div', 'st-running', 'Running...');
    this.running.prepend(el('span', 'st-running-icon'));
    const button = el('button', 'st-menu-button', '⋮');
    button.title = 'Main menu';
    button.setAttribute('aria-label', 'Main menu');
    button.setAttribute('aria-haspopup', 'menu');
    button.addEventListener('click', event => {
      event.stopPropagation();
      this.toggleMenu(this.menu.hidden);
    });
    this.menu = el('div', 'st-menu');
    this.menu.setAttribute('role', 'menu');
    this.menu.hidden = true;
    this.menu.append(
      this.menuItem('Rerun', 'R', () => this.send({ event: 'rerun' })),
      this.menuItem('Clear cache', '', () => this.send({ event: 'clear_cache' })),
      this.menuItem('Settings', '', () => this.openSettings())
    );
    this.el.append(this.running, button, this.menu);
    document.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('click', this.onDocumentClick);
    this.update();
  }

  update(): void {
    this.running.hidden = !this.model.get('running');
    const title: string = this.model.get('page_title');
    if (title && this.changed('title', title)) {
      document.title = title;
    }
    const icon: string = this.model.get('page_icon');
    if (icon && this.changed('icon', icon)) {
      let link = document.getElementById('jupyter-st-favicon') as HTMLLinkElement | null;
      if (!link) {
        link = el('link', '');
        link.id = 'jupyter-st-favicon';
        link.rel = 'icon';
      }
      link.href = iconHref(icon);
      document.head.appendChild(link); // the last icon link wins
    }
    if (this.model.hasChanged('layout')) {
      this.wide = null; // a new layout from the app beats the local setting
    }
    this.applyLayout();
    this.applyTheme();
    if (this.settings) {
      this.syncSettings();
    }
  }

  // Our `layout` trait is "centered" | "wide", not ipywidgets' Layout model: no LayoutView here.
  setLayout(): void {}

  remove(): void {
    document.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('click', this.onDocumentClick);
    this.settings?.remove();
    return super.remove();
  }

  private changed(key: string, value: string): boolean {
    const before = this.applied[key];
    this.applied[key] = value;
    return before !== value;
  }

  private menuItem(label: string, hint: string, action: () => void): HTMLElement {
    const item = el('button', 'st-menu-item', label);
    item.setAttribute('role', 'menuitem');
    if (hint) {
      item.append(el('kbd', 'st-menu-hint', hint));
    }
    item.addEventListener('click', event => {
      event.stopPropagation();
      this.toggleMenu(false);
      action();
    });
    return item;
  }

  private toggleMenu(open: boolean): void {
    this.menu.hidden = !open;
  }

  private onDocumentClick = (): void => this.toggleMenu(false);

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      this.toggleMenu(false);
      this.closeSettings();
      return;
    }
    if (
      (event.key !== 'r' && event.key !== 'R') ||
      event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.repeat ||
      typingIn(event.target) ||
      // in JupyterLab's command mode R turns a cell into a raw cell: leave the notebook alone
      (event.target instanceof Element && event.target.closest('.jp-NotebookPanel') !== null) ||
      handledKeys.get(this.model) === event
    ) {
      return;
    }
    handledKeys.set(this.model, event);
    this.send({ event: 'rerun' });
  };

  // --- theme and layout -------------------------------------------------------------------

  private customTheme(): Record<string, string> {
    const theme = this.model.get('theme');
    return theme && typeof theme === 'object' ? theme : {};
  }

  private themeChoice(): ThemeChoice {
    const hasCustom = Object.keys(this.customTheme()).length > 0;
    const stored = storedTheme();
    if (stored && (stored !== 'custom' || hasCustom)) {
      return stored;
    }
    return hasCustom ? 'custom' : 'light';
  }

  private applyTheme(): void {
    const choice = this.themeChoice();
    document.body.classList.toggle('st-dark', choice === 'dark');
    const vars = choice === 'custom' ? this.customTheme() : {};
    const style = document.documentElement.style;
    for (const name of this.appliedVars) {
      if (!(name in vars)) {
        style.removeProperty(name);
      }
    }
    for (const [name, value] of Object.entries(vars)) {
      style.setProperty(name, String(value));
    }
    this.appliedVars = Object.keys(vars);
  }

  private applyLayout(): void {
    const wide = this.wide ?? this.model.get('layout') === 'wide';
    document.body.classList.toggle('st-wide', wide);
  }

  // --- settings dialog (built on first open) ----------------------------------------------

  private openSettings(): void {
    if (!this.settings) {
      this.settings = this.buildSettings();
      this.el.append(this.settings);
    }
    this.syncSettings();
    this.settings.hidden = false;
    this.settings.querySelector('input')?.focus();
  }

  private closeSettings(): void {
    if (this.settings) {
      this.settings.hidden = true;
    }
  }

  private buildSettings(): HTMLElement {
    const dialog = el('div', 'st-settings');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Settings');
    dialog.addEventListener('click', event => event.stopPropagation());
    const close = el('button', 'st-settings-close', '×');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.closeSettings());
    const themes = el('fieldset', 'st-settings-theme');
    themes.append(el('legend', '', 'Theme'));
    for (const [value, label] of [['light', 'Light'], ['dark', 'Dark'], ['custom', 'Custom']]) {
      const option = el('label', `st-theme-${value}`);
      const radio = el('input', '');
      radio.type = 'radio';
      radio.name = `st-theme-${this.cid}`;
      radio.value = value;
      radio.addEventListener('change', () => {
        try {
          localStorage.setItem(THEME_KEY, value);
        } catch {
          // storage disabled: the choice lasts until the page reloads
        }
        this.applyTheme();
      });
      option.append(radio, ' ' + label);
      themes.append(option);
    }
    const wide = el('label', 'st-settings-wide');
    const checkbox = el('input', '');
    checkbox.type = 'checkbox';
    checkbox.addEventListener('change', () => {
      this.wide = checkbox.checked;
      this.applyLayout();
    });
    wide.append(checkbox, ' Wide mode');
    dialog.append(close, el('h3', '', 'Settings'), themes, wide);
    return dialog;
  }

  private syncSettings(): void {
    const dialog = this.settings!;
    const choice = this.themeChoice();
    (dialog.querySelector('.st-theme-custom') as HTMLElement).hidden =
      Object.keys(this.customTheme()).length === 0;
    dialog.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach(radio => {
      radio.checked = radio.value === choice;
    });
    const checkbox = dialog.querySelector<HTMLInputElement>('.st-settings-wide input')!;
    checkbox.checked = document.body.classList.contains('st-wide');
  }
}
