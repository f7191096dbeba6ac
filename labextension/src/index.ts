// The jupyter-st JupyterLab extension: registers our widget module ("jupyter-st" 0.1.0) with
// the Jupyter widget manager. The same federated bundle serves JupyterLab, Notebook 7 and Voila.
// Each family module exports its model and view classes; heavy libraries load lazily (lazy.ts).
import type { JupyterFrontEndPlugin } from '@jupyterlab/application';
import { DOMWidgetView, IJupyterWidgetRegistry } from '@jupyter-widgets/base';

import * as charts from './charts';
import { ChromeModel, ChromeView } from './chrome';
import * as grid from './grid';
import * as maps from './maps';
import * as media from './media';
import { guardRender, MODULE_NAME, MODULE_VERSION } from './view';
import '../style/chrome.css';

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyter-st:widgets',
  description: 'jupyter_st widget views: app chrome, data grid, charts, maps and media',
  requires: [IJupyterWidgetRegistry],
  autoStart: true,
  activate: (_app: unknown, registry: IJupyterWidgetRegistry): void => {
    const exports = { ChromeModel, ChromeView, ...grid, ...charts, ...maps, ...media };
    for (const [name, cls] of Object.entries(exports)) {
      if (name.endsWith('View')) {
        guardRender(cls as { prototype: DOMWidgetView }); // one broken view never blanks the app
      }
    }
    registry.registerWidget({ name: MODULE_NAME, version: MODULE_VERSION, exports });
  }
};

export default plugin;
