// The jupyter-st JupyterLab extension: registers our widget module ("jupyter-st" 0.1.0) with
// the Jupyter widget manager. The same federated bundle serves JupyterLab, Notebook 7 and Voila.
import type { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { IJupyterWidgetRegistry } from '@jupyter-widgets/base';

import { ChromeModel, ChromeView, MODULE_NAME, MODULE_VERSION } from './chrome';
import '../style/chrome.css';

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyter-st:widgets',
  description: 'jupyter_st widget views (app chrome)',
  requires: [IJupyterWidgetRegistry],
  autoStart: true,
  activate: (_app: JupyterFrontEnd, registry: IJupyterWidgetRegistry): void => {
    registry.registerWidget({
      name: MODULE_NAME,
      version: MODULE_VERSION,
      exports: { ChromeModel, ChromeView }
    });
  }
};

export default plugin;
export { ChromeModel, ChromeView };
