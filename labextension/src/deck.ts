/**
 * deck.gl helpers for pydeck's JSON: the converter with the layer classes registered, a
 * base map of raster tiles (used when the tile server answers; offline the layers draw on a
 * plain background and tiles stop being asked for), safe tooltips, and theme colours.
 */
import { escapeHtml, sanitizeHtml } from './sanitize';
import { isDark, themeVar } from './theme';

export type DeckModules = {
  core: any;
  layers: any;
  aggregation: any;
  geo: any;
  json: any;
};

type Json = Record<string, any>;

const TILE_HOSTS = ['a', 'b', 'c', 'd'];
const TILE_URL = 'https://{s}.basemaps.cartocdn.com/{style}/{z}/{x}/{y}.png';
const COLOR_PROPS = ['getFillColor', 'getLineColor', 'getColor', 'getTargetColor',
  'getSourceColor', 'highlightColor'];
let tilesUnreachable = false; // after one failed tile, stop asking (offline)

const converters = new WeakMap<object, any>();

/** deck.gl's JSONConverter with every layer class we bundle. */
export function converterFor(deck: DeckModules): any {
  let converter = converters.get(deck);
  if (!converter) {
    const classes: Json = {};
    for (const module of [deck.layers, deck.aggregation, deck.geo]) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'function' && /Layer$/.test(name)) {
          classes[name] = value;
        }
      }
    }
    for (const name of ['MapView', 'OrbitView', 'OrthographicView', 'FirstPersonView']) {
      classes[name] = deck.core[name];
    }
    const configuration = new deck.json.JSONConfiguration({
      classes,
      enumerations: { COORDINATE_SYSTEM: deck.core.COORDINATE_SYSTEM }
    });
    converter = new deck.json.JSONConverter({ configuration });
    converters.set(deck, converter);
  }
  return converter;
}

function primaryRgb(el: Element): number[] {
  const hex = themeVar(el, '--st-primary-color', '#ff4b4b').replace('#', '');
  const full = hex.length === 3 ? hex.split('').map(c => c + c).join('') : hex.slice(0, 6);
  const value = parseInt(full, 16);
  return Number.isNaN(value) ? [255, 75, 75] : [value >> 16, (value >> 8) & 255, value & 255];
}

/** pydeck JSON with Streamlit's "primary" colour resolved and the layers' ids kept. */
export function prepareJson(text: string, el: Element): Json {
  const spec: Json = JSON.parse(text || '{}');
  const primary = primaryRgb(el);
  for (const layer of Array.isArray(spec.layers) ? spec.layers : []) {
    for (const prop of COLOR_PROPS) {
      if (typeof layer?.[prop] === 'string' && layer[prop].toLowerCase() === 'primary') {
        layer[prop] = primary;
      }
    }
  }
  delete spec.mapStyle; // base maps come from basemapLayer, never a style URL
  delete spec.mapProvider;
  return spec;
}

async function loadTile(url: string, signal?: AbortSignal): Promise<ImageBitmap | null> {
  if (tilesUnreachable) {
    return null;
  }
  try {
    const response = await fetch(url, { signal, mode: 'cors', credentials: 'omit' });
    if (!response.ok) {
      return null;
    }
    return await createImageBitmap(await response.blob());
  } catch (error) {
    if ((error as Error)?.name !== 'AbortError') {
      tilesUnreachable = true;
    }
    return null;
  }
}

/** Raster tiles under the layers, light or dark with the app's theme. */
export function basemapLayer(deck: DeckModules): any {
  const style = isDark() ? 'dark_all' : 'light_all';
  return new deck.geo.TileLayer({
    id: `st-basemap-${style}`,
    minZoom: 0,
    maxZoom: 19,
    tileSize: 256,
    maxRequests: 6,
    getTileData: ({ index, signal }: any) => {
      const host = TILE_HOSTS[Math.abs(index.x + index.y) % TILE_HOSTS.length];
      const url = TILE_URL.replace('{s}', host).replace('{style}', style)
        .replace('{z}', index.z).replace('{x}', index.x).replace('{y}', index.y);
      return loadTile(url, signal);
    },
    onTileError: () => undefined,
    renderSubLayers: (props: any) => {
      if (!props.data) {
        return null;
      }
      const [[west, south], [east, north]] = props.tile.boundingBox;
      return new deck.layers.BitmapLayer(props, {
        data: undefined, image: props.data, bounds: [west, south, east, north]
      });
    }
  });
}

/** `{field}` placeholders filled from the picked object (HTML-escaped when `html`). */
function fill(template: string, object: Json, html: boolean): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, key: string) => {
    const value = key.trim().split('.').reduce<any>((at, part) => at?.[part], object);
    if (value === undefined) {
      return whole;
    }
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return html ? escapeHtml(text) : text;
  });
}

/** deck.gl's getTooltip for pydeck's tooltip spec (true: every property as text). */
export function tooltipFor(tooltip: unknown): ((info: any) => any) | null {
  if (!tooltip) {
    return null;
  }
  return (info: any) => {
    const object = info?.object;
    if (!object || typeof object !== 'object') {
      return null;
    }
    const spec = tooltip as Json;
    const style = { fontFamily: 'var(--st-font, sans-serif)', fontSize: '14px',
      ...(typeof spec.style === 'object' ? spec.style : {}) };
    if (typeof spec.html === 'string') {
      return { html: sanitizeHtml(fill(spec.html, object, true)), style };
    }
    if (typeof spec.text === 'string') {
      return { text: fill(spec.text, object, false), style };
    }
    const lines = Object.entries(object).filter(([, v]) => typeof v !== 'object')
      .map(([k, v]) => `${k}: ${v}`);
    return { text: lines.join('\n'), style };
  };
}
