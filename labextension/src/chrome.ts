// The app chrome: the bar around a Streamlit app. A "Running..." indicator while the script
// runs, the page title and favicon, the page layout (centered or wide), the sidebar's initial
// state, and a "⋮" main menu with Rerun (also the R key), Clear cache and Settings (theme
// light/dark/custom, wide mode). It also keeps the browser's URL and the `url_path` /
// `query_string` traits in step (both ways), offers "Source file changed." with Rerun /
// Always rerun, and shows "Connecting..." while the kernel's websocket is down, reconnecting
// within ~0.5 s of the server answering again (instead of the kernel client's back-off).
// Clicks and key presses reach the kernel as custom messages
// {event: "rerun" | "clear_cache" | "always_rerun"}.
// Plain DOM, built once in render(); update() is idempotent and cheap.
import { DOMWidgetModel, DOMWidgetView } from '@jupyter-widgets/base';

import { ChatLock } from './chatlock';
import { MODULE_NAME, MODULE_VERSION } from './view';


type ThemeChoice = 'light' | 'dark' | 'custom';
const THEME_KEY = 'jupyter-st.theme';
// Views already handled this event (several views of one model must act once).
const handledEvents = new WeakMap<object, Event>();
// The sidebar state last applied per model: a second view must not undo the user's toggle.
const appliedSidebar = new WeakMap<object, string>();
const POLL_MS = 500; // probe the server this often while the websocket is down
const RETRY_MS = 3000; // probe again if a reconnect() did not connect within this time

// The little of @jupyterlab/services' IKernelConnection we use (Voila's widget manager has
// `kernel`; other managers may not: everything here is optional).
interface KernelLike {
  id?: string;
  connectionStatus?: string;
  connectionStatusChanged?: {
    connect(slot: (sender: unknown, status: string) => void, thisArg?: unknown): boolean;
    disconnect(slot: (sender: unknown, status: string) => void, thisArg?: unknown): boolean;
  };
  reconnect?: () => Promise<void>;
}

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
      page_layout: 'centered',
      theme: {},
      theme_base: 'light',
      sidebar_state: 'auto',
      url_path: '',
      query_string: '',
      source_changed: false
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

// The server's base URL ("/" or "/prefix/") from the page's Jupyter config data.
function baseUrl(): string {
  let base = '/';
  try {
    const data = JSON.parse(document.getElementById('jupyter-config-data')?.textContent || '{}');
    if (typeof data.baseUrl === 'string' && data.baseUrl) {
      base = data.baseUrl;
    }
  } catch {
    // no or malformed config: the server root
  }
  base = base.startsWith('/') ? base : '/' + base;
  return base.endsWith('/') ? base : base + '/';
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Where the app's pages live: `home` is the URL of the default page (url_path ""), other
// pages are `prefix` + segment. Normally both are the base URL; if the page was opened at a
// deeper path (Voila's /voila/render/x.ipynb) that path is the app's home.
interface AppUrls {
  home: string;
  prefix: string;
}

function appUrls(): AppUrls {
  const base = baseUrl();
  const path = location.pathname;
  const rest = path.startsWith(base) ? path.slice(base.length).replace(/^\/+|\/+$/g, '') : '/';
  if (!rest.includes('/')) {
    return { home: base, prefix: base };
  }
  return { home: path, prefix: path.replace(/\/*$/, '/') };
}

// The page's url_path and query_string as the location shows them.
function readLocation(urls: AppUrls): [string, string] {
  const path = location.pathname;
  let segment = '';
  if (path !== urls.home && path.startsWith(urls.prefix)) {
    const rest = path.slice(urls.prefix.length).replace(/^\/+|\/+$/g, '');
    segment = rest.includes('/') ? '' : decode(rest);
  }
  return [segment, location.search.replace(/^\?/, '')];
}

function storedTheme(): ThemeChoice | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' || value === 'custom' ? value : null;
  } catch {
    return null; // storage disabled
  }
}

// What st.context reads from the browser, sent once when the chrome is shown.
function browserContext(): Record<string, unknown> {
  const dark = document.body.classList.contains('st-dark');
  return {
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || null,
    timezone_offset: new Date().getTimezoneOffset(),
    locale: navigator.language || null,
    url: window.location.href,
    is_embedded: window.self !== window.top,
    theme: dark ? 'dark' : 'light',
    cookies: document.cookie,
    user_agent: navigator.userAgent
  };
}

export class ChromeView extends DOMWidgetView {
  private running!: HTMLElement;
  private sourceChanged!: HTMLElement;
  private connection!: HTMLElement;
  private urls!: AppUrls;
  private pushTimer: number | undefined; // a pending pushState (coalesces path and query)
  private kernel: KernelLike | null = null;
  private pollTimer: number | undefined;
  private probing = false;
  private retryAt = 0; // no new reconnect() before this time (ms since epoch)
  private menu!: HTMLElement;
  private settings: HTMLElement | null = null;
  private wide: boolean | null = null; // the Settings checkbox overrides the layout trait
  private applied: Record<string, string> = {}; // title and icon last written to the page
  private appliedVars: string[] = []; // CSS variables the Custom theme set on <html>
  private chatLock = new ChatLock();

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
    this.sourceChanged = el('div', 'st-source-changed', 'Source file changed.');
    for (const [label, event] of [['Rerun', 'rerun'], ['Always rerun', 'always_rerun']]) {
      const action = el('button', 'st-source-action', label);
      action.addEventListener('click', () => this.send({ event }));
      this.sourceChanged.append(action);
    }
    this.connection = el('div', 'st-connection', 'Connecting...');
    this.connection.setAttribute('role', 'status');
    this.connection.hidden = true;
    this.el.append(this.connection, this.sourceChanged, this.running, button, this.menu);
    document.addEventListener('keydown', this.onKeyDown);
    document.addEventListener('keydown', this.chatLock.keydown, true); // text boxes stop keys
    document.addEventListener('click', this.onDocumentClick);
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('online', this.onOnline);
    this.urls = appUrls();
    this.sendLocation(); // the kernel learns the URL the user opened
    this.send({ event: 'connected', context: browserContext() }); // a preheated kernel starts now
    this.watchKernel();
    this.update();
  }

  update(): void {
    this.running.hidden = !this.model.get('running');
    this.chatLock.running(this.model.get('running'));
    this.sourceChanged.hidden = !this.model.get('source_changed');
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
    if (this.model.hasChanged('page_layout')) {
      this.wide = null; // a new layout from the app beats the local setting
    }
    this.applyLayout();
    this.applyTheme();
    this.applySidebar();
    if (this.model.hasChanged('url_path') || this.model.hasChanged('query_string')) {
      this.schedulePush();
    }
    if (this.settings) {
      this.syncSettings();
    }
  }

  remove(): void {
    document.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('keydown', this.chatLock.keydown, true);
    document.removeEventListener('click', this.onDocumentClick);
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('online', this.onOnline);
    window.clearTimeout(this.pushTimer);
    this.stopPolling();
    this.kernel?.connectionStatusChanged?.disconnect(this.onConnectionStatus, this);
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
      handledEvents.get(this.model) === event
    ) {
      return;
    }
    handledEvents.set(this.model, event);
    this.send({ event: 'rerun' });
  };

  // --- URL sync ---------------------------------------------------------------------------
  // Location -> kernel on render and on back/forward: set the traits and save_changes().
  // Kernel -> location: pushState when the traits change and differ from the location (after
  // 20 ms, so that url_path and query_string sent in two messages make one entry). Values
  // the view just sent match the location, so they are never pushed back; values from the
  // kernel are never saved back.

  private sendLocation(): void {
    const [path, query] = readLocation(this.urls);
    if (path !== this.model.get('url_path') || query !== this.model.get('query_string')) {
      this.model.set({ url_path: path, query_string: query });
      this.model.save_changes();
    }
  }

  private onPopState = (event: PopStateEvent): void => {
    window.clearTimeout(this.pushTimer); // the user's navigation wins over a pending push
    this.pushTimer = undefined;
    if (handledEvents.get(this.model) !== event) {
      handledEvents.set(this.model, event);
      this.sendLocation();
    }
  };

  // Python often sets url_path and query_string in two messages: push one history entry.
  private schedulePush(): void {
    if (this.pushTimer === undefined) {
      this.pushTimer = window.setTimeout(() => {
        this.pushTimer = undefined;
        this.pushLocation();
      }, 20);
    }
  }

  private pushLocation(): void {
    const path = String(this.model.get('url_path') ?? '');
    const query = String(this.model.get('query_string') ?? '');
    const [shownPath, shownQuery] = readLocation(this.urls);
    if (path === shownPath && query === shownQuery) {
      return; // already there (or the value came from this page): no duplicate entry
    }
    const url =
      (path ? this.urls.prefix + encodeURIComponent(path) : this.urls.home) +
      (query ? '?' + query : '') +
      location.hash;
    window.history.pushState(window.history.state, '', url);
  }

  // --- connection state and fast reconnect ------------------------------------------------
  // The kernel client retries a lost websocket with an exponential back-off (up to ~64 s
  // apart). While it is down we show "Connecting...", probe the server every 500 ms (and on
  // the window's 'online' event) and call kernel.reconnect() as soon as the server answers.

  private watchKernel(): void {
    let kernel: KernelLike | null = null;
    try {
      kernel = (this.model.widget_manager as { kernel?: KernelLike } | undefined)?.kernel ?? null;
    } catch {
      kernel = null;
    }
    if (!kernel || !kernel.connectionStatusChanged || typeof kernel.reconnect !== 'function') {
      return; // no kernel connection we understand: no connection notice
    }
    this.kernel = kernel;
    kernel.connectionStatusChanged.connect(this.onConnectionStatus, this);
    this.onConnectionStatus(kernel, kernel.connectionStatus ?? 'connected');
  }

  private onConnectionStatus(_sender: unknown, status: string): void {
    const connected = status === 'connected';
    this.connection.hidden = connected;
    if (connected) {
      this.stopPolling();
      this.retryAt = 0;
    } else if (this.pollTimer === undefined) {
      this.pollTimer = window.setInterval(() => void this.probe(), POLL_MS);
    }
  }

  private onOnline = (): void => {
    this.retryAt = 0;
    void this.probe();
  };

  private stopPolling(): void {
    window.clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  private async probe(): Promise<void> {
    const kernel = this.kernel;
    if (
      !kernel ||
      this.probing ||
      kernel.connectionStatus === 'connected' ||
      Date.now() < this.retryAt
    ) {
      return;
    }
    this.probing = true;
    const abort = new AbortController();
    const timeout = window.setTimeout(() => abort.abort(), 2000);
    try {
      await fetch(baseUrl() + 'api/kernels/' + encodeURIComponent(kernel.id ?? ''), {
        cache: 'no-store',
        signal: abort.signal
      });
    } catch {
      return; // still offline
    } finally {
      window.clearTimeout(timeout);
      this.probing = false;
    }
    if (kernel.connectionStatus === 'connected' || Date.now() < this.retryAt) {
      return;
    }
    // the server answers: reconnect now, once; probe again only if that has not connected
    this.retryAt = Date.now() + RETRY_MS;
    kernel.reconnect!().catch(() => {
      this.retryAt = 0; // "disconnected": try again at the next probe
    });
  }

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
    if (hasCustom) {
      return 'custom';
    }
    return this.model.get('theme_base') === 'dark' ? 'dark' : 'light';
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
    const wide = this.wide ?? this.model.get('page_layout') === 'wide';
    document.body.classList.toggle('st-wide', wide);
  }

  // On the model's first render and when the app changes it; the page's toggle button does
  // the rest.
  private applySidebar(): void {
    const state = String(this.model.get('sidebar_state') || 'auto');
    if (appliedSidebar.get(this.model) === state) {
      return;
    }
    appliedSidebar.set(this.model, state);
    const collapsed = state === 'collapsed' || (state === 'auto' && window.innerWidth < 768);
    document.body.classList.toggle('st-sidebar-collapsed', collapsed);
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
