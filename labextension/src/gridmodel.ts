/**
 * Helpers of the data grid view (grid.ts): the row cache, column widths, the edit state,
 * and how one cell is drawn. The kernel formats cells (jupyter_st/render/grid.py): a cell
 * is display text, a boolean (checkbox), [href, text] (link), [fraction, text] (progress),
 * a number list (sparklines), a string list (list column), [[text, colour]] (multiselect
 * tags), [sanitised html] (markdown), a checked URL (image, audio, video) or null.
 */

export interface Column {
  name: string;
  label: string;
  kind: string;
  align: string;
  index: boolean;
  width?: number;
  help?: string;
  disabled?: boolean;
  pinned?: boolean;
  group?: string; // a MultiIndex column's upper levels, drawn above its label
  options?: unknown[];
  y_min?: number;
  y_max?: number;
  color?: string;
  min_value?: number;
  max_value?: number;
  step?: number;
}

export interface Page {
  start: number;
  rows: unknown[][];
  ids?: number[];
  css?: Record<string, string>;
  raw?: unknown[][];
  version?: number;
}

export interface Row {
  cells: unknown[];
  id: number; // the row's position in the data (what selections and edits name)
  css: (string | undefined)[];
  raw?: unknown[];
}

export interface Sort {
  column: number;
  ascending: boolean;
}

export const MAX_REQUEST = 200; // rows per request (the kernel allows 1000)

/** Rows fetched so far for one sort order, by display position. */
export class RowCache {
  private rows = new Map<number, Row>();
  private pending = new Set<number>();

  constructor(readonly sortKey: string) {}

  get(index: number): Row | undefined {
    return this.rows.get(index);
  }

  put(page: Page): void {
    page.rows.forEach((cells, r) => {
      const index = page.start + r;
      const css = cells.map((_c, c) => page.css?.[`${r},${c}`]);
      const id = page.ids ? page.ids[r] : index;
      this.rows.set(index, { cells, id, css, raw: page.raw?.[r] });
      this.pending.delete(index);
    });
  }

  /** The first missing range within [from, to), marked as pending; null if none. */
  missing(from: number, to: number): [number, number] | null {
    let start = -1;
    for (let i = from; i < to; i++) {
      const absent = !this.rows.has(i) && !this.pending.has(i);
      if (absent && start < 0) {
        start = i;
      } else if (!absent && start >= 0) {
        to = i;
        break;
      }
    }
    if (start < 0) {
      return null;
    }
    const end = Math.min(to, start + MAX_REQUEST);
    for (let i = start; i < end; i++) {
      this.pending.add(i);
    }
    return [start, end - start];
  }

  release(start: number, count: number): void {
    for (let i = start; i < start + count; i++) {
      this.pending.delete(i);
    }
  }
}

export function sortKey(sort: Sort | null): string {
  return sort ? `${sort.column}:${sort.ascending ? 'a' : 'd'}` : '';
}

function textOf(cell: unknown): string {
  if (cell === null || cell === undefined) {
    return '';
  }
  if (Array.isArray(cell)) {
    if (cell.every(item => Array.isArray(item))) {
      return cell.map(tag => String(tag[0])).join(', '); // multiselect tags: [text, colour]
    }
    return typeof cell[1] === 'string' ? cell[1] : cell.join(', ');
  }
  return String(cell);
}

/** Pixel widths: the configured width, else fitted to the label and the first rows. */
export function columnWidths(columns: Column[], rows: unknown[][]): number[] {
  return columns.map((column, c) => {
    if (column.width) {
      return column.width;
    }
    if (column.kind.endsWith('_chart') || column.kind === 'image') {
      return 120;
    }
    let chars = column.label.length + 2;
    for (const row of rows.slice(0, 50)) {
      chars = Math.max(chars, textOf(row[c]).length);
    }
    return Math.max(50, Math.min(400, Math.round(chars * 7.5 + 24)));
  });
}

export interface Edits {
  edited_rows: Record<string, Record<string, unknown>>;
  added_rows: Record<string, unknown>[];
  deleted_rows: number[];
}

export function parseEdits(text: string): Edits {
  const empty: Edits = { edited_rows: {}, added_rows: [], deleted_rows: [] };
  try {
    return { ...empty, ...JSON.parse(text || '{}') };
  } catch {
    return empty;
  }
}

/** Record `value` for column `name` of the row with id `id` (`base`: the input's rows). */
export function recordEdit(edits: Edits, base: number, id: number, name: string, value: unknown): void {
  if (id >= base) {
    const added = edits.added_rows[id - base];
    if (added) {
      added[name] = value;
    }
    return;
  }
  const row = (edits.edited_rows[String(id)] = edits.edited_rows[String(id)] || {});
  row[name] = value;
}

/** Delete the rows with these ids: input rows are listed, added rows dropped. */
export function deleteRows(edits: Edits, base: number, ids: number[]): void {
  const added = ids.filter(id => id >= base).map(id => id - base);
  edits.added_rows = edits.added_rows.filter((_row, k) => !added.includes(k));
  for (const id of ids) {
    if (id < base && !edits.deleted_rows.includes(id)) {
      edits.deleted_rows.push(id);
    }
  }
  edits.deleted_rows.sort((a, b) => a - b);
}

const SVG = 'http://www.w3.org/2000/svg';

function sparkline(values: number[], column: Column): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'st-grid-spark');
  svg.setAttribute('viewBox', '0 0 100 24');
  svg.setAttribute('preserveAspectRatio', 'none');
  const finite = values.filter(v => Number.isFinite(v));
  const floor = column.kind === 'bar_chart' ? Math.min(0, ...finite) : Math.min(...finite);
  const low = column.y_min ?? floor; // bars grow from 0; lines span their own range
  const high = column.y_max ?? Math.max(...finite);
  const span = high - low || 1;
  const y = (v: number): number => 22 - (20 * (Math.min(high, Math.max(low, v)) - low)) / span;
  const n = Math.max(values.length, 1);
  if (column.kind === 'bar_chart') {
    values.forEach((v, i) => {
      const bar = document.createElementNS(SVG, 'rect');
      const top = y(v);
      bar.setAttribute('x', String((100 * i) / n + 1));
      bar.setAttribute('width', String(Math.max(100 / n - 2, 0.5)));
      bar.setAttribute('y', String(top));
      bar.setAttribute('height', String(Math.max(22 - top, 0.5)));
      svg.appendChild(bar);
    });
  } else {
    const step = values.length > 1 ? 100 / (values.length - 1) : 0;
    const points = values.map((v, i) => `${(i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    const line = document.createElementNS(SVG, column.kind === 'area_chart' ? 'polygon' : 'polyline');
    line.setAttribute('points', column.kind === 'area_chart' ? `0,22 ${points} 100,22` : points);
    svg.appendChild(line);
  }
  return svg;
}

const SCHEMES: Record<string, string[]> = {
  link: ['http://', 'https://', 'mailto:', '/'],
  image: ['http://', 'https://', 'data:image/', '/'],
  media: ['http://', 'https://', 'data:audio/', 'data:video/', '/']
};

/** `href` if it uses a scheme allowed for `use` (the kernel checked it too), else null. */
function safeHref(href: unknown, use: 'link' | 'image' | 'media' = 'link'): string | null {
  if (typeof href !== 'string') {
    return null;
  }
  return SCHEMES[use].some(s => href.startsWith(s)) ? href : null;
}

/** An audio or video player that loads nothing until it is played. */
function player(kind: string, src: string): HTMLMediaElement {
  const media = document.createElement(kind === 'video' ? 'video' : 'audio');
  media.controls = true;
  media.preload = 'none';
  media.src = src;
  media.className = `st-grid-${kind}`;
  return media;
}

/** One tag of a list or multiselect cell; `colour` (checked by the kernel) is a theme
 * colour name, drawn by a class, or a hex/rgb value. */
function chip(text: unknown, colour: string | null = null): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = 'st-grid-chip';
  el.textContent = String(text);
  if (colour && /^[a-z]+$/.test(colour)) {
    el.classList.add(`st-grid-chip-${colour}`);
  } else if (colour) {
    el.style.background = colour;
  }
  return el;
}

/** Fill `el` with one cell's content (text only: nothing from data is parsed as HTML). */
export function drawCell(el: HTMLElement, column: Column, cell: unknown, placeholder: string): void {
  el.textContent = '';
  if (cell === null || cell === undefined) {
    el.textContent = placeholder;
    el.classList.add('st-grid-empty');
    return;
  }
  el.classList.remove('st-grid-empty');
  if (column.kind === 'checkbox') {
    const box = document.createElement('span');
    box.className = cell ? 'st-grid-check st-grid-checked' : 'st-grid-check';
    box.textContent = cell ? '✓' : '';
    el.appendChild(box);
  } else if (column.kind === 'link' && Array.isArray(cell)) {
    const href = safeHref(cell[0]);
    const link = document.createElement(href ? 'a' : 'span');
    link.textContent = String(cell[1]);
    if (href) {
      link.setAttribute('href', href);
      link.setAttribute('target', '_blank');
      link.setAttribute('rel', 'noopener noreferrer');
    }
    el.appendChild(link);
  } else if (column.kind === 'image') {
    const src = safeHref(cell, 'image');
    if (src) {
      const img = document.createElement('img');
      img.src = src;
      img.className = 'st-grid-image';
      el.appendChild(img);
    }
  } else if (column.kind === 'audio' || column.kind === 'video') {
    const src = safeHref(cell, 'media');
    if (src) {
      el.appendChild(player(column.kind, src));
    }
  } else if (column.kind === 'markdown' && Array.isArray(cell)) {
    // The one cell given as HTML: rendered and sanitised in the kernel by the allow-list
    // cleaner st.markdown uses (render/html.py markdown_html). Text a user just typed
    // arrives as a plain string and is drawn as text below.
    el.innerHTML = String(cell[0]);
  } else if (column.kind === 'progress' && Array.isArray(cell)) {
    const bar = document.createElement('div');
    bar.className = 'st-grid-progress';
    const fill = document.createElement('div');
    fill.style.width = `${Math.round(Number(cell[0]) * 100)}%`;
    bar.appendChild(fill);
    const text = document.createElement('span');
    text.textContent = String(cell[1] ?? '');
    el.append(bar, text);
  } else if (column.kind.endsWith('_chart') && Array.isArray(cell)) {
    el.appendChild(sparkline(cell.map(Number), column));
  } else if (column.kind === 'multiselect' && Array.isArray(cell)) {
    for (const [text, colour] of cell as [unknown, string | null][]) {
      el.appendChild(chip(text, colour));
    }
  } else if (column.kind === 'list' && Array.isArray(cell)) {
    for (const item of cell) {
      el.appendChild(chip(item));
    }
  } else {
    el.textContent = String(cell);
  }
}

interface Choice {
  value: unknown;
  label: string;
  color?: string;
}

/** A select/multiselect column's options as {value, label, color}. */
function choices(column: Column): Choice[] {
  return (column.options || []).map(option => {
    if (typeof option === 'object' && option !== null) {
      const o = option as { value: unknown; label?: unknown; color?: string };
      return { value: o.value, label: String(o.label ?? o.value), color: o.color };
    }
    return { value: option, label: String(option) };
  });
}

/** A value the user just set, drawn as the kernel would draw it (tags for a multiselect;
 * their colours are the theme names or hex/rgb values the kernel sent with the options). */
export function editedCell(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) {
    return null;
  }
  if (column.kind === 'checkbox') {
    return Boolean(value);
  }
  if (column.kind === 'multiselect' && Array.isArray(value)) {
    const known = choices(column);
    return value.map(item => {
      const choice = known.find(k => k.value === item);
      const colour = choice?.color && /^(#[0-9a-fA-F]{3,8}|[a-z]+)$/.test(choice.color) ? choice.color : null;
      return [choice ? choice.label : String(item), colour];
    });
  }
  return String(value);
}

/** An input for editing one cell of `column`, holding `raw`. */
export function editorFor(column: Column, raw: unknown): HTMLInputElement | HTMLSelectElement {
  if (column.kind === 'selectbox' || column.kind === 'multiselect') {
    const select = document.createElement('select');
    const multi = column.kind === 'multiselect';
    select.multiple = multi;
    const held = multi && Array.isArray(raw) ? raw : [raw];
    for (const choice of choices(column)) {
      const item = document.createElement('option');
      item.value = JSON.stringify(choice.value);
      item.textContent = choice.label;
      item.selected = held.includes(choice.value);
      select.appendChild(item);
    }
    if (multi) {
      select.size = Math.min(6, Math.max(2, select.options.length));
      select.addEventListener('mousedown', event => {
        const item = event.target as HTMLOptionElement;
        if (item.tagName === 'OPTION') {
          event.preventDefault(); // a click toggles one option, without Ctrl
          item.selected = !item.selected;
        }
      });
    }
    return select;
  }
  const input = document.createElement('input');
  const types: Record<string, string> = { number: 'number', date: 'date', datetime: 'datetime-local', time: 'time' };
  input.type = types[column.kind] || 'text';
  if (column.kind === 'number' && column.step !== undefined) {
    input.step = String(column.step);
  } else if (column.kind === 'number') {
    input.step = 'any';
  }
  let text = raw === null || raw === undefined ? '' : String(raw);
  if (column.kind === 'datetime') {
    text = text.slice(0, 19);
  }
  input.value = text;
  return input;
}

/** The value an editor holds, typed for the column (null when cleared). */
export function editorValue(column: Column, input: HTMLInputElement | HTMLSelectElement): unknown {
  if (input instanceof HTMLSelectElement && input.multiple) {
    return [...input.selectedOptions].map(option => JSON.parse(option.value));
  }
  if (input instanceof HTMLSelectElement) {
    return JSON.parse(input.value || 'null');
  }
  if (input.value === '') {
    return null;
  }
  if (column.kind === 'number') {
    const number = Number(input.value);
    return Number.isFinite(number) ? number : null;
  }
  return input.value;
}
