/**
 * The heavy libraries, each a separate chunk fetched on first use and then shared by every
 * view on the page: a page without charts loads none of them (see ../shared/DESIGN.md).
 */

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (loading === null) {
      loading = load().catch(error => {
        loading = null; // a failed fetch may be retried by the next view
        throw error;
      });
    }
    return loading;
  };
}

/** vega-embed with vega and vega-lite. */
export const loadVegaEmbed = once(() => import(/* webpackChunkName: "vega" */ 'vega-embed'));

/** deck.gl: core, the common layers, aggregation and geo layers, and the JSON converter. */
export const loadDeck = once(async () => {
  const [core, layers, aggregation, geo, json] = await Promise.all([
    import(/* webpackChunkName: "deckgl" */ '@deck.gl/core'),
    import(/* webpackChunkName: "deckgl" */ '@deck.gl/layers'),
    import(/* webpackChunkName: "deckgl" */ '@deck.gl/aggregation-layers'),
    import(/* webpackChunkName: "deckgl" */ '@deck.gl/geo-layers'),
    import(/* webpackChunkName: "deckgl" */ '@deck.gl/json')
  ]);
  return { core, layers, aggregation, geo, json };
});

/** plotly.js (the minified distribution). */
export const loadPlotly = once(() => import(/* webpackChunkName: "plotly" */ 'plotly.js-dist-min'));

/** Graphviz compiled to WebAssembly, for st.graphviz_chart. */
export const loadViz = once(() => import(/* webpackChunkName: "graphviz" */ '@viz-js/viz'));
