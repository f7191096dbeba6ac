/**
 * Vega-Lite specs made ready for the page, as Streamlit's frontend does: the Streamlit theme
 * (fonts and colours of the app's light or dark theme) or minimal defaults for theme=None,
 * the container's width, the selection parameters in their full form, built-in colour names
 * resolved to theme colours, and the rows put in as named datasets.
 */
import { isDark, themeVar } from './theme';

type Spec = Record<string, any>;

const CATEGORY_LIGHT = ['#0068c9', '#83c9ff', '#ff2b2b', '#ffabab', '#29b09d', '#7defa1',
  '#ff8700', '#ffd16a', '#6d3fc0', '#d5dae5'];
const CATEGORY_DARK = ['#83c9ff', '#0068c9', '#ffabab', '#ff2b2b', '#7defa1', '#29b09d',
  '#ffd16a', '#ff8700', '#6d3fc0', '#d5dae5'];
const SEQUENTIAL = ['#e4f5ff', '#c7ebff', '#a6dcff', '#83c9ff', '#60b4ff', '#3d9df3',
  '#1c83e1', '#0068c9', '#0054a3', '#004280'];
const DIVERGING = ['#7d353b', '#bd4043', '#ff4b4b', '#ff8c8c', '#ffc7c7', '#a6dcff',
  '#60b4ff', '#1c83e1', '#0054a3', '#004280'];
const NAMED_COLORS: Record<string, string> = {
  red: '#ff4b4b', orange: '#ffa421', yellow: '#ffe312', green: '#21c354', blue: '#1c83e1',
  violet: '#803df5', gray: '#a3a8b8', grey: '#a3a8b8'
};
const SVG_POINT_LIMIT = 2000; // above this many values Streamlit draws on a canvas

export interface Sizing {
  width: unknown; // "stretch" | "content" | pixels
  height: unknown;
  containerWidth: number;
}

interface Colors {
  text: string;
  muted: string;
  grid: string;
  background: string;
  font: string;
  dark: boolean;
}

function colors(el: Element): Colors {
  const dark = isDark();
  return {
    dark,
    text: themeVar(el, '--st-text-color', dark ? '#fafafa' : '#31333f'),
    muted: dark ? '#d5dae5' : '#555867',
    grid: dark ? '#31333f' : '#e6eaf1',
    background: themeVar(el, '--st-background-color', dark ? '#0e1117' : '#ffffff'),
    font: themeVar(el, '--st-font', 'sans-serif')
  };
}

function streamlitConfig(c: Colors): Spec {
  const labels = { labelFontSize: 12, labelFontWeight: 'normal', labelColor: c.muted };
  const titles = { titleFontSize: 14, titleFontWeight: 'normal', titleColor: c.muted };
  return {
    font: c.font,
    background: c.background,
    fieldTitle: 'verbal',
    autosize: { type: 'fit', contains: 'padding' },
    title: { align: 'left', anchor: 'start', color: c.text, fontWeight: 600, fontSize: 16,
      orient: 'top', offset: 26 },
    header: { ...labels, ...titles },
    axis: { ...labels, ...titles, ticks: false, gridColor: c.grid, domain: false,
      domainColor: c.grid, labelFlush: true, labelFlushOffset: 1, labelBound: false,
      labelLimit: 100, titlePadding: 16, labelPadding: 16, labelSeparation: 4,
      labelOverlap: true },
    legend: { ...labels, ...titles, labelFontSize: 14, titlePadding: 5, labelPadding: 16,
      columnPadding: 8, rowPadding: 4, padding: 7, symbolStrokeWidth: 4 },
    range: { category: c.dark ? CATEGORY_DARK : CATEGORY_LIGHT, diverging: DIVERGING,
      ramp: c.dark ? [...SEQUENTIAL].reverse() : SEQUENTIAL,
      heatmap: c.dark ? [...SEQUENTIAL].reverse() : SEQUENTIAL },
    view: { columns: 1, strokeWidth: 0, stroke: 'transparent', continuousHeight: 350,
      continuousWidth: 400 },
    concat: { columns: 1 },
    facet: { columns: 1 },
    mark: { tooltip: true, color: c.dark ? '#83C9FF' : '#0068C9' },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    axisXPoint: { grid: false },
    axisTemporal: { grid: false },
    axisXBand: { grid: false }
  };
}

function themeDefaults(c: Colors): Spec {
  const fonts = { labelFont: c.font, titleFont: c.font, labelFontSize: 12, titleFontSize: 12 };
  const text = { labelColor: c.text, titleColor: c.text, ...fonts };
  return {
    background: c.background,
    axis: { ...text, gridColor: c.grid },
    legend: text,
    title: { color: c.text, subtitleColor: c.text, ...fonts },
    header: text,
    view: { stroke: c.grid, continuousHeight: 350, continuousWidth: 400 },
    mark: { tooltip: true }
  };
}

/** Deep merge: `over` wins, arrays are replaced. */
function merge(base: Spec, over: Spec | undefined): Spec {
  if (!over || typeof over !== 'object') {
    return base;
  }
  const out: Spec = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const mine = out[key];
    const both = value && typeof value === 'object' && !Array.isArray(value) &&
      mine && typeof mine === 'object' && !Array.isArray(mine);
    out[key] = both ? merge(mine, value) : value;
  }
  return out;
}

/** Streamlit's full form of selection parameters; point selections get the encodings. */
function prepareSelections(spec: Spec): void {
  if (!Array.isArray(spec.params) || !spec.encoding) {
    return;
  }
  for (const param of spec.params) {
    if (!param || !('select' in param)) {
      continue;
    }
    if (param.select === 'interval' || param.select === 'point') {
      param.select = { type: param.select };
    }
    if (param.select?.type === 'point' && param.select.encodings == null) {
      param.select.encodings = Object.keys(spec.encoding);
    }
  }
}

/** Built-in colour names (red, primary...) become the theme's colours, anywhere. */
function resolveNamedColors(node: unknown, primary: string): unknown {
  if (typeof node === 'string') {
    const lower = node.toLowerCase();
    return lower === 'primary' ? primary : NAMED_COLORS[lower] ?? node;
  }
  if (Array.isArray(node)) {
    return node.map(item => resolveNamedColors(item, primary));
  }
  if (node && typeof node === 'object') {
    const out: Spec = {};
    for (const [key, value] of Object.entries(node)) {
      const colorish = ['value', 'color', 'fill', 'stroke', 'range', 'scale', 'encoding',
        'mark', 'layer', 'condition'].includes(key) || /^(x|y|color|fill|stroke)/.test(key);
      out[key] = colorish ? resolveNamedColors(value, primary) : value;
    }
    return out;
  }
  return node;
}

/** The spec to embed: theme, size, selections, colours, and the rows as datasets. */
export function specForPage(
  input: Spec, el: Element, theme: string | null, sizing: Sizing, selectionMode: string[],
  rows: Record<string, unknown[]>
): Spec {
  const c = colors(el);
  let spec: Spec = JSON.parse(JSON.stringify(input));
  for (const side of ['width', 'height']) {
    if (typeof spec[side] === 'number' && spec[side] <= 0) {
      delete spec[side];
    }
  }
  spec.config = theme === 'streamlit' ? merge(streamlitConfig(c), spec.config)
    : merge(themeDefaults(c), spec.config);
  if (typeof sizing.height === 'number') {
    spec.height = sizing.height;
  }
  if (sizing.width === 'stretch' && sizing.containerWidth > 0) {
    spec.width = sizing.containerWidth;
  } else if (typeof sizing.width === 'number') {
    spec.width = sizing.width;
  }
  spec.padding = { bottom: 20, ...(typeof spec.padding === 'object' ? spec.padding : {}) };
  if (selectionMode.length > 0) {
    prepareSelections(spec);
  }
  if (spec.usermeta && typeof spec.usermeta === 'object') {
    delete spec.usermeta.embedOptions; // a spec must not turn on actions, loaders or links
  }
  spec = resolveNamedColors(spec, themeVar(el, '--st-primary-color', '#ff4b4b')) as Spec;
  spec.datasets = { ...(spec.datasets ?? {}), ...rows };
  return spec;
}

/** Streamlit draws many points on a canvas, few as SVG (crisper, and selectable text). */
export function rendererFor(rows: Record<string, unknown[]>): 'svg' | 'canvas' {
  let values = 0;
  for (const list of Object.values(rows)) {
    const first = list[0];
    values += list.length * (first && typeof first === 'object' ? Object.keys(first).length : 1);
  }
  return values > SVG_POINT_LIMIT ? 'canvas' : 'svg';
}
