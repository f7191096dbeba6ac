/**
 * The data grid of st.dataframe and st.data_editor: a virtualised, paged table.
 *
 * The model holds the column schema, the row count and the first screen of rows; every
 * other row is asked of the kernel (`rows` requests: start, count, sort) when it scrolls
 * into view, and only the visible rows are in the DOM. Sorting happens in the kernel.
 * `version` changes when the rows held are stale (new data); pushed `rows` events carry
 * rows appended by add_rows. `value` is what goes back: the selection, or the edits, as
 * JSON text in Streamlit's shapes.
 */
import {
  Column,
  Edits,
  Page,
  Row,
  RowCache,
  Sort,
  columnWidths,
  deleteRows,
  drawCell,
  editedCell,
  editorFor,
  editorValue,
  parseEdits,
  recordEdit,
  sortKey
} from './gridmodel';
import { modelOf, RequestingView } from './view';
import '../style/grid.css';

export const DataGridModel = modelOf('DataGridModel', {
  columns: [],
  num_rows: 0,
  first_page: { start: 0, rows: [] },
  version: 0,
  grid_width: 'stretch',
  grid_height: 'auto',
  row_height: 35,
  placeholder: '',
  selection_mode: [],
  editing_mode: 'read_only',
  disabled: false,
  value: ''
});

const OVERSCAN = 10; // rows fetched beyond the visible ones
const SETTLE_MS = 60; // ask for rows once scrolling pauses this long, not for every frame
const MARKER = 32; // px of the row marker column (selection, deletion)
const EDITABLE = ['text', 'number', 'checkbox', 'selectbox', 'multiselect', 'date', 'datetime', 'time', 'link', 'markdown'];

export class DataGridView extends RequestingView {
  private scroller!: HTMLDivElement;
  private header!: HTMLDivElement;
  private canvas!: HTMLDivElement;
  private toolbar!: HTMLDivElement;
  private cache = new RowCache('');
  private sort: Sort | null = null;
  private widths: number[] = [];
  private picked = { rows: new Set<number>(), columns: new Set<string>(), cells: new Set<string>() };
  private edits: Edits = parseEdits(''); // the kernel's edits, and the user's since
  private kernelEdits: Edits = parseEdits(''); // the edits the shown rows already include
  private painting = 0;
  private asking = 0; // the timer of the next rows request
  private editingCell = false; // an editor is open: repaints wait until it closes
  private anchor: [number, number] | null = null; // the last clicked cell (display row, column)

  render(): void {
    this.el.classList.add('st-grid');
    this.el.setAttribute('role', 'table');
    this.scroller = document.createElement('div');
    this.scroller.className = 'st-grid-scroller';
    this.header = document.createElement('div');
    this.header.className = 'st-grid-row st-grid-header';
    this.header.setAttribute('role', 'row');
    this.canvas = document.createElement('div');
    this.canvas.className = 'st-grid-canvas';
    this.toolbar = document.createElement('div');
    this.toolbar.className = 'st-grid-toolbar';
    this.scroller.append(this.header, this.canvas);
    this.el.append(this.scroller, this.toolbar);
    this.scroller.addEventListener('scroll', () => this.schedulePaint());
    this.listenTo(this.model, 'change:columns change:version', () => this.reset(true));
    this.listenTo(this.model, 'change:first_page', () => this.reset(false));
    this.listenTo(this.model, 'change:num_rows', () => this.rowsAdded());
    this.listenTo(this.model, 'change:grid_height change:grid_width', () => this.layout());
    this.listenTo(this.model, 'change:value', () => this.readValue());
    this.readValue();
    this.reset(true);
  }

  private get columns(): Column[] {
    return this.model.get('columns') || [];
  }

  private get rowHeight(): number {
    return this.model.get('row_height') || 35;
  }

  private get modes(): string[] {
    return this.model.get('selection_mode') || [];
  }

  private get editing(): string {
    return this.model.get('editing_mode') || 'read_only';
  }

  private get hasMarker(): boolean {
    const rowModes = this.modes.some(m => m.endsWith('-row') || m === 'single-row-required');
    return rowModes || this.editing === 'dynamic' || this.editing === 'delete';
  }

  /** Start again from the model's first page; `fresh`: the columns may have changed. */
  private reset(fresh: boolean): void {
    const first: Page = this.model.get('first_page') || { start: 0, rows: [] };
    if (fresh || !this.sort) {
      this.cache = new RowCache(sortKey(this.sort));
      if (!this.sort) {
        this.cache.put(first);
      }
    }
    if (fresh) {
      if (this.sort && this.sort.column >= this.columns.length) {
        this.sort = null;
        this.cache = new RowCache('');
        this.cache.put(first);
      }
      this.widths = columnWidths(this.columns, first.rows);
      this.drawHeader();
    }
    this.layout();
  }

  /** More rows (add_rows): a sorted order is no longer known, an unsorted one is kept. */
  private rowsAdded(): void {
    if (this.sort) {
      this.cache = new RowCache(sortKey(this.sort));
    }
    this.layout();
  }

  private layout(): void {
    const rows = this.model.get('num_rows') || 0;
    const height = String(this.model.get('grid_height'));
    const rh = this.rowHeight;
    const full = (rows + 1) * rh + 2;
    let px = Math.min(10, rows) * rh + rh + 2; // Streamlit: up to 10 rows and the header
    if (height === 'content') {
      px = Math.min(full, 10000);
    } else if (/^\d+$/.test(height)) {
      px = Number(height);
    } else if (height === 'stretch') {
      px = Math.max(px, 400);
    }
    this.scroller.style.height = `${px}px`;
    this.canvas.style.height = `${rows * rh}px`;
    const width = String(this.model.get('grid_width'));
    const total = this.sizeCanvas() + 2;
    this.el.classList.toggle('st-grid-stretch', width === 'stretch');
    this.el.style.width = /^\d+$/.test(width) ? `${width}px` : width === 'content' ? `${total}px` : '';
    this.el.style.maxWidth = '100%';
    this.drawToolbar();
    this.schedulePaint();
  }

  /** The rows' full width (they are positioned absolutely, so the canvas must say how wide
   * they are for the grid to scroll sideways); returns it. */
  private sizeCanvas(): number {
    const total = this.widths.reduce((a, b) => a + b, 0) + (this.hasMarker ? MARKER : 0);
    this.canvas.style.minWidth = `${total}px`;
    return total;
  }

  private schedulePaint(): void {
    if (!this.painting && !this.editingCell) {
      this.painting = requestAnimationFrame(() => {
        this.painting = 0;
        this.paint();
      });
    }
  }

  /** Draw the visible rows from the cache; ask the kernel for the ones missing. */
  private paint(): void {
    const rows: number = this.model.get('num_rows') || 0;
    const rh = this.rowHeight;
    const view = this.scroller.clientHeight || rh * 11;
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / rh) - 1);
    const last = Math.min(rows, Math.ceil((this.scroller.scrollTop + view) / rh));
    this.canvas.textContent = '';
    for (let i = first; i < last; i++) {
      this.canvas.appendChild(this.drawRow(i, this.cache.get(i)));
    }
    clearTimeout(this.asking);
    this.asking = window.setTimeout(() => {
      const wanted = this.cache.missing(Math.max(0, first - OVERSCAN), Math.min(rows, last + OVERSCAN));
      if (wanted) {
        this.fetch(wanted[0], wanted[1]);
      }
    }, SETTLE_MS);
  }

  private fetch(start: number, count: number): void {
    const cache = this.cache;
    const sort = this.sort;
    this.request('rows', { start, count, sort })
      .then(reply => {
        const page = reply.content as unknown as Page;
        if (cache === this.cache && page.version === this.model.get('version')) {
          cache.put(page);
          this.schedulePaint();
        } else {
          cache.release(start, count);
        }
      })
      .catch(() => cache.release(start, count));
  }

  protected onMessage(content: Record<string, unknown>): void {
    if (content.event === 'rows' && !this.sort) {
      this.cache.put(content as unknown as Page); // rows appended by add_rows
      this.schedulePaint();
    }
  }

  /** Width, and for pinned columns (the index, `pinned=True`) a place at the left edge. */
  private cellStyle(el: HTMLElement, c: number): void {
    el.style.flexBasis = `${this.widths[c]}px`;
    el.style.width = `${this.widths[c]}px`;
    const left = this.pinnedLeft(c);
    if (left !== null) {
      el.classList.add('st-grid-pinned');
      el.style.left = `${left}px`;
    }
  }

  /** The left offset of column `c` if it is pinned and only pinned columns precede it. */
  private pinnedLeft(c: number): number | null {
    let left = this.hasMarker ? MARKER : 0;
    for (let i = 0; i <= c; i++) {
      const column = this.columns[i];
      if (!(column.index || column.pinned === true)) {
        return null;
      }
      if (i < c) {
        left += this.widths[i];
      }
    }
    return left;
  }

  private marker(): HTMLDivElement {
    const el = document.createElement('div');
    el.className = 'st-grid-cell st-grid-marker st-grid-pinned';
    el.style.flexBasis = el.style.width = `${MARKER}px`;
    el.style.left = '0px';
    return el;
  }

  private drawHeader(): void {
    this.header.textContent = '';
    this.header.style.height = `${this.rowHeight}px`;
    if (this.hasMarker) {
      this.header.appendChild(this.marker());
    }
    this.columns.forEach((column, c) => {
      const el = document.createElement('div');
      el.className = `st-grid-cell st-grid-head st-grid-align-${column.align}`;
      el.setAttribute('role', 'columnheader');
      if (column.index) {
        el.classList.add('st-grid-index');
      }
      this.cellStyle(el, c);
      const label = document.createElement('span');
      label.className = 'st-grid-label';
      label.textContent = column.label;
      if (column.group) {
        const group = document.createElement('span');
        group.className = 'st-grid-group'; // a MultiIndex column's upper levels
        group.textContent = column.group;
        label.prepend(group);
      }
      if (column.help) {
        el.title = column.help;
      }
      const arrow = document.createElement('span');
      arrow.className = 'st-grid-sort';
      arrow.textContent = this.sort?.column === c ? (this.sort.ascending ? '↑' : '↓') : '';
      const grip = document.createElement('span');
      grip.className = 'st-grid-resize';
      grip.addEventListener('mousedown', event => this.startResize(event, c));
      el.append(label, arrow, grip);
      el.addEventListener('click', event => this.headerClicked(event, c));
      if (this.picked.columns.has(column.name)) {
        el.classList.add('st-grid-picked');
      }
      this.header.appendChild(el);
    });
  }

  private headerClicked(event: MouseEvent, c: number): void {
    if ((event.target as HTMLElement).classList.contains('st-grid-resize')) {
      return;
    }
    const column = this.columns[c];
    const columnModes = this.modes.filter(m => m.endsWith('-column'));
    if (columnModes.length && !column.index && !(event.target as HTMLElement).classList.contains('st-grid-sort')) {
      this.toggle(this.picked.columns, column.name, columnModes[0] === 'multi-column');
      this.drawHeader();
      this.sendSelection();
      return;
    }
    this.sortBy(c);
  }

  /** Ascending, then descending, then the data's own order. */
  private sortBy(c: number): void {
    if (this.sort?.column !== c) {
      this.sort = { column: c, ascending: true };
    } else if (this.sort.ascending) {
      this.sort = { column: c, ascending: false };
    } else {
      this.sort = null;
    }
    this.cache = new RowCache(sortKey(this.sort));
    this.anchor = null; // display rows now show other data rows
    if (!this.sort) {
      this.cache.put(this.model.get('first_page'));
    }
    this.drawHeader();
    this.schedulePaint();
  }

  private startResize(event: MouseEvent, c: number): void {
    event.preventDefault();
    event.stopPropagation();
    const x0 = event.clientX;
    const w0 = this.widths[c];
    const move = (e: MouseEvent): void => {
      this.widths[c] = Math.max(40, w0 + e.clientX - x0);
      this.sizeCanvas();
      this.drawHeader();
      this.schedulePaint();
    };
    const up = (): void => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  }

  private drawRow(index: number, row: Row | undefined): HTMLDivElement {
    const el = document.createElement('div');
    el.className = 'st-grid-row';
    el.setAttribute('role', 'row');
    el.style.top = `${index * this.rowHeight}px`;
    el.style.height = `${this.rowHeight}px`;
    el.dataset.row = String(index);
    if (this.hasMarker) {
      el.appendChild(this.rowMarker(row));
    }
    const placeholder = this.model.get('placeholder') || '';
    this.columns.forEach((column, c) => {
      const cell = document.createElement('div');
      cell.className = `st-grid-cell st-grid-align-${column.align} st-grid-kind-${column.kind}`;
      cell.setAttribute('role', 'cell');
      if (column.index) {
        cell.classList.add('st-grid-index');
      }
      this.cellStyle(cell, c);
      if (!row) {
        cell.classList.add('st-grid-loading');
      } else {
        drawCell(cell, column, this.shownCell(row, c), placeholder);
        if (row.css[c]) {
          cell.style.cssText += `;${row.css[c]}`;
        }
        if (this.picked.cells.has(JSON.stringify([row.id, column.name])) || this.picked.columns.has(column.name)) {
          cell.classList.add('st-grid-picked');
        }
        cell.addEventListener('click', event => this.cellClicked(row, c, cell, index, event.shiftKey));
        cell.addEventListener('dblclick', () => this.startEdit(row, c, cell));
      }
      el.appendChild(cell);
    });
    if (row && this.picked.rows.has(row.id)) {
      el.classList.add('st-grid-picked-row');
    }
    return el;
  }

  private rowMarker(row: Row | undefined): HTMLDivElement {
    const el = this.marker();
    if (!row) {
      return el;
    }
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = this.picked.rows.has(row.id);
    box.addEventListener('change', () => {
      const multi = this.modes.includes('multi-row') || this.editing !== 'read_only';
      this.toggle(this.picked.rows, row.id, multi);
      if (this.modes.includes('single-row-required') && this.picked.rows.size === 0) {
        this.picked.rows.add(row.id);
      }
      this.schedulePaint();
      this.drawToolbar();
      if (this.editing === 'read_only') {
        this.sendSelection();
      }
    });
    el.appendChild(box);
    return el;
  }

  private toggle<T>(set: Set<T>, item: T, multi: boolean): void {
    const had = set.has(item);
    if (!multi) {
      set.clear();
    }
    if (had) {
      set.delete(item);
    } else {
      set.add(item);
    }
  }

  private cellClicked(row: Row, c: number, cell: HTMLElement, index: number, shift: boolean): void {
    const column = this.columns[c];
    const cellModes = this.modes.filter(m => m.endsWith('-cell'));
    if (cellModes.length && !column.index) {
      const multi = cellModes[0] === 'multi-cell';
      if (multi && shift && this.anchor) {
        this.pickRange(this.anchor, [index, c]); // Streamlit's multi-cell: a rectangle
      } else {
        this.toggle(this.picked.cells, JSON.stringify([row.id, column.name]), multi);
        this.anchor = [index, c];
      }
      this.sendSelection();
      this.schedulePaint();
    } else if (column.kind === 'checkbox' && this.canEdit(column)) {
      this.commit(row, c, !this.shownCell(row, c), cell);
    }
  }

  /** Select the cells of the rectangle between two [display row, column] corners (rows
   * not fetched yet are left out; index columns are not selectable). */
  private pickRange(from: [number, number], to: [number, number]): void {
    this.picked.cells.clear();
    const [r0, r1] = [Math.min(from[0], to[0]), Math.max(from[0], to[0])];
    const [c0, c1] = [Math.min(from[1], to[1]), Math.max(from[1], to[1])];
    for (let i = r0; i <= r1; i++) {
      const row = this.cache.get(i);
      for (let c = c0; c <= c1 && row; c++) {
        if (!this.columns[c].index) {
          this.picked.cells.add(JSON.stringify([row.id, this.columns[c].name]));
        }
      }
    }
  }

  private sendSelection(): void {
    const selection = {
      rows: [...this.picked.rows].sort((a, b) => a - b),
      columns: [...this.picked.columns],
      cells: [...this.picked.cells].map(text => JSON.parse(text))
    };
    this.model.set('value', JSON.stringify({ selection }));
    this.touch();
  }

  /** The kernel's value: the selection shown, or the edits held. */
  private readValue(): void {
    const text: string = this.model.get('value') || '';
    if (this.editing !== 'read_only') {
      this.edits = parseEdits(text);
      this.kernelEdits = parseEdits(text);
      return;
    }
    try {
      const selection = JSON.parse(text || '{}').selection || {};
      this.picked.rows = new Set(selection.rows || []);
      this.picked.columns = new Set(selection.columns || []);
      this.picked.cells = new Set((selection.cells || []).map((cell: unknown) => JSON.stringify(cell)));
    } catch {
      return;
    }
    if (this.header) {
      this.drawHeader();
      this.schedulePaint();
    }
  }

  // -- editing --------------------------------------------------------------------------
  private canEdit(column: Column): boolean {
    return (
      this.editing !== 'read_only' &&
      !this.model.get('disabled') &&
      !column.disabled &&
      !column.index &&
      EDITABLE.includes(column.kind)
    );
  }

  /** The cell as the user last set it (edits wait for the kernel's rerun). */
  private shownCell(row: Row, c: number): unknown {
    const name = this.columns[c].name;
    const base = this.baseRows();
    const edited = row.id >= base ? this.edits.added_rows[row.id - base] : this.edits.edited_rows[String(row.id)];
    if (edited && name in edited && row.raw) {
      return editedCell(this.columns[c], edited[name]);
    }
    return row.cells[c];
  }

  /** Rows of the input: ids from here on are added rows. */
  private baseRows(): number {
    const rows: number = this.model.get('num_rows') || 0;
    return rows - this.kernelEdits.added_rows.length + this.kernelEdits.deleted_rows.length;
  }

  private startEdit(row: Row, c: number, cell: HTMLElement): void {
    const column = this.columns[c];
    if (!this.canEdit(column) || column.kind === 'checkbox') {
      return;
    }
    const input = editorFor(column, row.raw ? row.raw[c] : row.cells[c]);
    input.className = 'st-grid-editor';
    cell.textContent = '';
    cell.appendChild(input);
    input.focus();
    this.editingCell = true;
    let done = false;
    const finish = (keep: boolean): void => {
      if (done) {
        return;
      }
      done = true;
      this.editingCell = false;
      if (keep) {
        this.commit(row, c, editorValue(column, input), cell);
      } else {
        this.schedulePaint();
      }
    };
    input.addEventListener('keydown', event => {
      if ((event as KeyboardEvent).key === 'Enter') {
        finish(true);
      } else if ((event as KeyboardEvent).key === 'Escape') {
        finish(false);
      }
    });
    input.addEventListener('blur', () => finish(true));
    if (input instanceof HTMLSelectElement && !input.multiple) {
      input.addEventListener('change', () => finish(true));
    }
  }

  private commit(row: Row, c: number, value: unknown, cell: HTMLElement): void {
    const column = this.columns[c];
    recordEdit(this.edits, this.baseRows(), row.id, column.name, value);
    drawCell(cell, column, this.shownCell(row, c), this.model.get('placeholder') || '');
    this.sendEdits();
  }

  private sendEdits(): void {
    this.model.set('value', JSON.stringify(this.edits));
    this.touch();
  }

  private drawToolbar(): void {
    this.toolbar.textContent = '';
    const mode = this.editing;
    if (mode === 'read_only' || this.model.get('disabled')) {
      return;
    }
    if (mode === 'dynamic' || mode === 'add') {
      const add = document.createElement('button');
      add.className = 'st-grid-add';
      add.textContent = '+ Add row';
      add.addEventListener('click', () => {
        this.edits.added_rows.push({});
        this.sendEdits();
      });
      this.toolbar.appendChild(add);
    }
    if ((mode === 'dynamic' || mode === 'delete') && this.picked.rows.size) {
      const remove = document.createElement('button');
      remove.className = 'st-grid-delete';
      remove.textContent = `Delete ${this.picked.rows.size} row${this.picked.rows.size > 1 ? 's' : ''}`;
      remove.addEventListener('click', () => {
        deleteRows(this.edits, this.baseRows(), [...this.picked.rows]);
        this.picked.rows.clear();
        this.sendEdits();
      });
      this.toolbar.appendChild(remove);
    }
  }

  remove(): this {
    if (this.painting) {
      cancelAnimationFrame(this.painting);
    }
    clearTimeout(this.asking);
    return super.remove();
  }
}
