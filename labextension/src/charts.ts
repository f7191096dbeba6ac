// Chart views: Vega-Lite (built-in charts, altair_chart, vega_lite_chart), Plotly and
// Graphviz. Each library is loaded on first use (lazy.ts). A Vega chart's rows come apart
// from its spec: all of them on request when the view starts, then pushed changes
// ({event: "rows", revision, dataset, mode: "insert" | "replace"}, rows in a binary
// buffer, see chartrows.ts) applied as vega changesets (jupyter_st/render/adapters/charts.py).
// Selections go back as {event: "select", selection}.
import { ChartBase } from './chartview';
import { parseRows } from './chartrows';
import { figureForPage, offlineGeo, plotlySelection, vizSvg } from './figures';
import { loadPlotly, loadVegaEmbed, loadViz } from './lazy';
import { rendererFor, specForPage } from './vega';
import { modelOf } from './view';
import '../style/charts.css';

const SELECT_DEBOUNCE_MS = 150;
const SYNC_MS = 50; // rows pushed within this time reach the chart in one update

export const VegaChartModel = modelOf('VegaChartModel', {
  spec: {}, theme: 'streamlit', width: 'stretch', height: 'content', selection_mode: [],
  alt: null
});

export class VegaChartView extends ChartBase {
  private rows: Record<string, unknown[]> = {};
  private revision = -1; // -1 until the first rows arrive
  private view: any = null;
  private finalize: (() => void) | null = null;
  private drawing = 0;
  private selection: Record<string, unknown> = {};
  private timers: Record<string, number> = {};
  private embedded: Record<string, unknown[]> = {}; // the rows the drawn view holds
  private embedding = false; // a view is being compiled: rows arriving now wait for it
  private flushTimer = 0;

  protected start(): void {
    this.listenTo(this.model, 'change:spec change:theme change:width change:height', () =>
      this.draw());
    this.listenTo(this.model, 'change:selection_mode', () => this.draw());
    void this.loadRows();
  }

  private async loadRows(): Promise<void> {
    this.revision = -1;
    try {
      const reply = await this.request('data');
      const names = (reply.content.names as string[]) ?? [];
      this.rows = {};
      names.forEach((name, i) => (this.rows[name] = parseRows(reply.buffers[i])));
      this.revision = reply.content.revision as number;
      this.draw();
    } catch (error) {
      if (!this.removed) {
        this.showError(`Could not load the chart's data: ${error}`);
      }
    }
  }

  protected onMessage(content: Record<string, unknown>, buffers: DataView[]): void {
    if (content.event !== 'rows' || this.revision < 0) {
      return; // before the first answer: that answer includes these rows
    }
    const revision = content.revision as number;
    if (revision <= this.revision) {
      return;
    }
    if (revision !== this.revision + 1) {
      void this.loadRows(); // a message was missed: start over
      return;
    }
    this.revision = revision;
    this.applyRows(String(content.dataset), String(content.mode), parseRows(buffers[0]));
  }

  private applyRows(name: string, mode: string, rows: unknown[]): void {
    const had = this.rows[name];
    this.rows[name] = mode === 'insert' && had ? had.concat(rows) : rows;
    if (!had && !(name in this.embedded)) {
      this.draw(); // a new dataset: compile it in
      return;
    }
    if (!this.flushTimer && !this.embedding && this.view) {
      this.flushTimer = window.setTimeout(() => this.syncRows(), SYNC_MS); // batch bursts
    }
  }

  /** Bring the view's datasets up to `rows`: the new tail of a grown dataset is inserted
   * (`insert` extends arrays with concat, so the old rows are the same objects), anything
   * else replaced. One dataflow run for every change since the last. */
  private syncRows(): void {
    this.flushTimer = 0;
    if (!this.view) {
      return;
    }
    let changed = false;
    for (const [name, rows] of Object.entries(this.rows)) {
      const shown = this.embedded[name];
      if (shown === rows) {
        continue;
      }
      const grown = shown && rows.length >= shown.length && rows[0] === shown[0] &&
        rows[shown.length - 1] === shown[shown.length - 1];
      const change = this.view.changeset();
      this.view.change(name, grown ? change.insert(rows.slice(shown.length))
        : change.remove(() => true).insert(rows));
      this.embedded[name] = rows;
      changed = true;
    }
    if (changed) {
      this.view.resize().runAsync().catch(() => this.draw());
    }
  }

  protected draw(): void {
    if (this.revision < 0 || this.removed) {
      return;
    }
    this.embedding = true;
    void this.embed(++this.drawing);
  }

  private async embed(generation: number): Promise<void> {
    const embed = (await loadVegaEmbed()).default;
    if (generation !== this.drawing || this.removed) {
      return;
    }
    const modes = (this.model.get('selection_mode') as string[]) ?? [];
    const rows = { ...this.rows }; // rows arriving meanwhile are synced once it is drawn
    const spec = specForPage(this.model.get('spec'), this.el, this.model.get('theme'), {
      width: this.model.get('width'), height: this.model.get('height'),
      containerWidth: this.containerWidth()
    }, modes, rows);
    if (this.model.get('alt')) {
      spec.description = this.model.get('alt'); // Streamlit's accessible name for the chart
    }
    const target = document.createElement('div');
    try {
      const result = await embed(target, spec as any, {
        actions: false, renderer: rendererFor(rows), tooltip: { theme: 'custom' }
      });
      if (generation !== this.drawing || this.removed) {
        result.finalize();
        return;
      }
      const kept = this.selectionState();
      this.destroy();
      this.box.replaceChildren(target);
      this.view = result.view;
      this.restoreSelection(kept);
      this.finalize = result.finalize;
      this.embedded = rows;
      this.embedding = false;
      this.listenForSelections(modes);
      this.syncRows();
    } catch (error) {
      if (generation === this.drawing) {
        this.embedding = false;
        this.destroy();
        this.showError(`Invalid Vega-Lite spec: ${(error as Error).message ?? error}`);
      }
    }
  }

  /** What the drawn view has selected (Vega-Lite keeps it in `<param>_store` datasets), so
   * a redraw (theme flip, new size) shows the same selection the script was told about. */
  private selectionState(): unknown {
    if (!this.view || Object.keys(this.selection).length === 0) {
      return null;
    }
    try {
      return this.view.getState({ signals: () => false, recurse: true,
        data: (name?: string) => !!name && name.endsWith('_store') });
    } catch {
      return null;
    }
  }

  private restoreSelection(state: unknown): void {
    try {
      if (state) {
        this.view.setState(state);
      }
    } catch (error) {
      console.warn('jupyter-st: the selection could not be kept', error);
    }
  }

  private listenForSelections(modes: string[]): void {
    for (const name of modes) {
      this.view.addSignalListener(name, (_: string, value: any) => {
        clearTimeout(this.timers[name]);
        this.timers[name] = window.setTimeout(() => this.selected(name, value),
          SELECT_DEBOUNCE_MS);
      });
    }
  }

  private selected(name: string, value: any): void {
    const points = value && value.vlPoint && 'or' in value.vlPoint ? value.vlPoint.or : value;
    const next = { ...this.selection, [name]: points ?? {} };
    if (JSON.stringify(next) !== JSON.stringify(this.selection)) {
      this.selection = next;
      this.send({ event: 'select', selection: next });
    }
  }

  protected resized(width: number): void {
    if (!this.view || this.model.get('width') !== 'stretch') {
      return;
    }
    this.view.width(width).resize().runAsync().catch(() => this.draw());
  }

  protected destroy(): void {
    Object.values(this.timers).forEach(timer => clearTimeout(timer));
    clearTimeout(this.flushTimer);
    this.flushTimer = 0;
    this.finalize?.();
    this.finalize = null;
    this.view = null;
  }
}

export const PlotlyChartModel = modelOf('PlotlyChartModel', {
  spec: '{}', config: {}, theme: 'streamlit', width: 'stretch', height: 'content',
  selection_mode: [], alt: null
});

export class PlotlyChartView extends ChartBase {
  private plotly: any = null;
  private drawing = 0;

  protected draw(): void {
    void this.plot(++this.drawing);
  }

  private async plot(generation: number): Promise<void> {
    const module: any = await loadPlotly();
    const Plotly = module.default ?? module;
    offlineGeo();
    if (generation !== this.drawing || this.removed) {
      return;
    }
    const figure = figureForPage(this.model, this.el, this.containerWidth());
    this.box.classList.add('st-plotly-box');
    try {
      await Plotly.react(this.box, figure.data, figure.layout, figure.config);
    } catch (error) {
      this.showError(`Could not draw the Plotly figure: ${error}`);
      return;
    }
    if (this.plotly === null) {
      this.plotly = Plotly;
      const modes = (this.model.get('selection_mode') as string[]) ?? [];
      if (modes.length > 0) {
        (this.box as any).on('plotly_selected', (event: any) =>
          this.send({ event: 'select', selection: plotlySelection(event) }));
      }
    }
  }

  protected resized(): void {
    if (this.plotly && this.model.get('width') === 'stretch') {
      this.plotly.Plots.resize(this.box);
    }
  }

  protected destroy(): void {
    this.plotly?.purge(this.box);
    this.plotly = null;
  }
}

export const GraphvizChartModel = modelOf('GraphvizChartModel', {
  spec: '', engine: 'dot', width: 'content', height: 'content', alt: null
});

export class GraphvizChartView extends ChartBase {
  private drawing = 0;

  protected draw(): void {
    void this.layout(++this.drawing);
  }

  private async layout(generation: number): Promise<void> {
    const viz = await loadViz();
    if (generation !== this.drawing || this.removed) {
      return;
    }
    try {
      const svg = await vizSvg(viz, this.model.get('spec'), this.model.get('engine'));
      if (generation === this.drawing) {
        svg.classList.add('st-graphviz-svg');
        if (this.model.get('width') === 'stretch') {
          svg.setAttribute('width', '100%');
        }
        this.box.replaceChildren(svg);
      }
    } catch (error) {
      this.showError(`Could not lay out the graph: ${(error as Error).message ?? error}`);
    }
  }

  protected resized(): void {
    // the SVG scales itself
  }

  protected destroy(): void {
    this.box?.replaceChildren();
  }
}
