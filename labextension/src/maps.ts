// The map view: st.map and st.pydeck_chart drawn by bundled deck.gl (loaded on first use).
// pydeck's JSON becomes layers through deck.gl's JSONConverter; raster tiles go under them
// when reachable; tooltips follow pydeck's spec; clicks on pickable objects come back as
// {event: "select", selection: {indices: {layer: [i]}, objects: {layer: [object]}}}.
import { ChartBase } from './chartview';
import { basemapLayer, converterFor, DeckModules, prepareJson, tooltipFor } from './deck';
import { loadDeck } from './lazy';
import { modelOf } from './view';

type Selection = { indices: Record<string, number[]>; objects: Record<string, unknown[]> };

export const DeckMapModel = modelOf('DeckMapModel', {
  spec: '{}', deck_tooltip: null, width: 'stretch', height: 500, selection_mode: '', alt: null
});

export class DeckMapView extends ChartBase {
  private deck: any = null;
  private modules: DeckModules | null = null;
  private layers: any[] = [];
  private drawing = 0;
  private selection: Selection = { indices: {}, objects: {} };
  private viewState = ''; // the initial view last given: a new one moves the camera

  protected start(): void {
    this.box.classList.add('st-deck-box');
    super.start();
  }

  private size(): { width: number | string; height: number } {
    const width = this.model.get('width');
    const height = this.model.get('height');
    return {
      width: typeof width === 'number' ? width : '100%',
      height: typeof height === 'number' ? height : 500
    };
  }

  protected draw(): void {
    void this.drawDeck(++this.drawing);
  }

  private async drawDeck(generation: number): Promise<void> {
    const modules = (this.modules ??= await loadDeck());
    if (generation !== this.drawing || this.removed) {
      return;
    }
    let props: any;
    try {
      props = converterFor(modules).convert(prepareJson(this.model.get('spec'), this.el));
    } catch (error) {
      this.showError(`Could not read the map: ${(error as Error).message ?? error}`);
      return;
    }
    const { width, height } = this.size();
    this.box.style.height = `${height}px`;
    this.box.style.width = typeof width === 'number' ? `${width}px` : '100%';
    this.layers = props.layers ?? [];
    const settings = {
      ...props,
      layers: [basemapLayer(modules), ...this.layers],
      width: '100%',
      height: '100%',
      controller: props.controller ?? true,
      getTooltip: tooltipFor(this.model.get('deck_tooltip')),
      loadOptions: { worker: false },
      onClick: (info: any) => this.clicked(info)
    };
    const viewState = JSON.stringify(props.initialViewState ?? null);
    if (this.deck && viewState === this.viewState) {
      delete settings.initialViewState; // same start: keep where the user panned to
    }
    this.viewState = viewState;
    if (this.deck) {
      this.deck.setProps(settings);
    } else {
      this.box.replaceChildren();
      this.deck = new modules.core.Deck({ ...settings, parent: this.box });
    }
  }

  private clicked(info: any): void {
    const mode = this.model.get('selection_mode');
    if (!mode) {
      return;
    }
    const layer = info?.layer?.id;
    if (!layer || info.index < 0 || String(layer).startsWith('st-basemap')) {
      this.selection = { indices: {}, objects: {} };
    } else if (mode === 'single-object') {
      this.selection = { indices: { [layer]: [info.index] }, objects: { [layer]: [info.object] } };
    } else {
      const indices = [...(this.selection.indices[layer] ?? [])];
      const objects = [...(this.selection.objects[layer] ?? [])];
      const at = indices.indexOf(info.index);
      if (at >= 0) {
        indices.splice(at, 1);
        objects.splice(at, 1);
      } else {
        indices.push(info.index);
        objects.push(info.object);
      }
      this.selection = { indices: { ...this.selection.indices, [layer]: indices },
        objects: { ...this.selection.objects, [layer]: objects } };
    }
    this.send({ event: 'select', selection: this.selection });
  }

  protected resized(): void {
    this.deck?.redraw('resize');
  }

  protected destroy(): void {
    this.deck?.finalize();
    this.deck = null;
  }
}
