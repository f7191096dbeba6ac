/**
 * Plotly and Graphviz helpers: a Plotly figure styled like Streamlit's for theme="streamlit"
 * (a figure on Plotly's default template gets one in the app's colours), the selection
 * Streamlit reports, Plotly's offline settings, and a Graphviz layout as a safe SVG element.
 */
import { sanitizeTree } from './sanitize';
import { isDark, themeVar } from './theme';

type Json = Record<string, any>;

const CATEGORY_LIGHT = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1',
  '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];
const CATEGORY_DARK = ['#83c9ff', '#0068c9', '#ffabab', '#ff2b2b', '#7defa1', '#29b09d',
  '#ffd16a', '#ff8700', '#6d3fc0', '#d5dae5'];
const DEFAULT_HEIGHT = 450;
// Plotly's own colorway: for theme="streamlit", traces coloured from it take the app's
// (Streamlit makes its own template Plotly's default, so figures never hold these).
const PLOTLY_COLORWAY = ['#636efa', '#ef553b', '#00cc96', '#ab63fa', '#ffa15a', '#19d3f3',
  '#ff6692', '#b6e880', '#ff97ff', '#fecb52'];

// Plotly reaches for its CDN for geo outlines (topojsonURL) and may typeset with MathJax:
// neither, by default; geo charts draw their traces without land outlines (see offlineGeo).
const OFFLINE_CONFIG = { displaylogo: false, responsive: false, typesetMath: false,
  topojsonURL: 'about:blank#', showLink: false, showSendToCloud: false,
  showEditInChartStudio: false };
const GEO_LAYERS = ['coastlines', 'land', 'ocean', 'lakes', 'rivers', 'countries', 'subunits'];

/** Every topojson Plotly asks for is already here, empty, so it never fetches one. */
export function offlineGeo(): void {
  const assets = ((window as any).PlotlyGeoAssets ??= { topojson: {} });
  if (assets.topojson?.__offline) {
    return;
  }
  const empty = { type: 'Topology', arcs: [], objects: Object.fromEntries(
    GEO_LAYERS.map(name => [name, { type: 'GeometryCollection', geometries: [] }])) };
  assets.topojson = new Proxy(assets.topojson ?? {}, {
    get: (known, name) => name === '__offline' || (known as any)[name] || empty
  });
}

function recolor(node: unknown, palette: string[]): unknown {
  if (typeof node === 'string') {
    const at = PLOTLY_COLORWAY.indexOf(node.toLowerCase());
    return at >= 0 ? palette[at] : node;
  }
  if (Array.isArray(node)) {
    return node.map(item => recolor(item, palette));
  }
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, recolor(v, palette)]));
  }
  return node;
}

function streamlitTemplate(el: Element): Json {
  const dark = isDark();
  const text = themeVar(el, '--st-text-color', dark ? '#fafafa' : '#31333f');
  const grid = dark ? '#31333f' : '#e6eaf1';
  const axis = { gridcolor: grid, linecolor: grid, zerolinecolor: grid, automargin: true,
    title: { font: { color: text } }, tickfont: { color: text } };
  return {
    layout: {
      colorway: dark ? CATEGORY_DARK : CATEGORY_LIGHT,
      font: { family: themeVar(el, '--st-font', 'sans-serif'), color: text, size: 14 },
      paper_bgcolor: 'rgba(0,0,0,0)',
      plot_bgcolor: 'rgba(0,0,0,0)',
      xaxis: axis,
      yaxis: axis,
      legend: { font: { color: text } },
      hoverlabel: { font: { family: themeVar(el, '--st-font', 'sans-serif') } }
    }
  };
}

/** data, layout and config for Plotly.react, sized to the container. */
export function figureForPage(model: any, el: Element, containerWidth: number): Json {
  let figure: Json;
  try {
    figure = JSON.parse(model.get('spec') || '{}');
  } catch {
    figure = {};
  }
  // the kernel drops Plotly's default template for theme="streamlit"; one the author chose stays
  const themed = model.get('theme') === 'streamlit' && !figure.layout?.template;
  const data = themed ? recolor(figure.data ?? [], isDark() ? CATEGORY_DARK : CATEGORY_LIGHT)
    : figure.data ?? [];
  const layout: Json = { ...(figure.layout ?? {}) };
  if (themed) {
    layout.template = streamlitTemplate(el);
  }
  const width = model.get('width');
  const height = model.get('height');
  if (width === 'stretch') {
    layout.width = containerWidth > 0 ? containerWidth : undefined;
  } else if (typeof width === 'number') {
    layout.width = width;
  }
  if (typeof height === 'number') {
    layout.height = height;
  } else if (!layout.height) {
    layout.height = DEFAULT_HEIGHT;
  }
  const modes = (model.get('selection_mode') as string[]) ?? [];
  if (modes.length > 0 && !layout.dragmode) {
    layout.dragmode = modes.includes('box') ? 'select' : modes.includes('lasso') ? 'lasso'
      : 'zoom';
  }
  const config = { ...OFFLINE_CONFIG, ...(model.get('config') ?? {}) };
  return { data, layout, config };
}

/** A plotly_selected event as Streamlit's selection: points, their indices, box, lasso. */
export function plotlySelection(event: any): Json {
  const points = (event?.points ?? []).map((p: any) => {
    const out: Json = { curve_number: p.curveNumber, point_number: p.pointNumber,
      point_index: p.pointIndex };
    for (const key of ['x', 'y', 'z', 'lat', 'lon', 'customdata', 'hovertext', 'text']) {
      if (p[key] !== undefined) {
        out[key] = p[key];
      }
    }
    return out;
  });
  const range = event?.range;
  const box = range && range.x && range.y ? [{ xref: 'x', yref: 'y', x: range.x, y: range.y }]
    : [];
  const lasso = event?.lassoPoints
    ? [{ xref: 'x', yref: 'y', x: event.lassoPoints.x, y: event.lassoPoints.y }] : [];
  return { points, point_indices: points.map((p: Json) => p.point_index), box, lasso };
}

let vizInstance: Promise<any> | null = null;

/** A DOT graph laid out by Graphviz (WebAssembly) as an SVG element, made safe: DOT's
 * URL/href attributes become links, and a javascript: one must not survive. */
export async function vizSvg(module: any, dot: string, engine: string): Promise<SVGSVGElement> {
  vizInstance ??= module.instance(); // one WebAssembly instance for every graph on the page
  const viz = await vizInstance;
  const svg: SVGSVGElement = viz.renderSVGElement(dot, { engine: engine || 'dot' });
  sanitizeTree(svg);
  return svg;
}
