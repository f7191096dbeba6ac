/**
 * The base of our data views: a view that asks the kernel for what it does not hold yet.
 *
 * `request(name, args)` sends `{request: name, id, ...args}` as a custom message; the
 * kernel's widget (jupyter_st/render/views.py) answers `{reply: id, ...}` with optional
 * binary buffers, or `{reply: id, error}`, which rejects the promise.
 */
import { DOMWidgetModel, DOMWidgetView } from '@jupyter-widgets/base';

export const MODULE_NAME = 'jupyter-st';
export const MODULE_VERSION = '0.1.0';

export interface Reply {
  content: Record<string, unknown>;
  buffers: DataView[];
}

type Waiting = { resolve: (reply: Reply) => void; reject: (error: Error) => void };

let nextRequest = 1; // one sequence for the page: replies are matched across all views

/** A model class of ours, in the jupyter-st module. */
export function modelOf(name: string, defaults: Record<string, unknown> = {}): typeof DOMWidgetModel {
  return class extends DOMWidgetModel {
    defaults(): Backbone.ObjectHash {
      return {
        ...super.defaults(),
        _model_name: name,
        _model_module: MODULE_NAME,
        _model_module_version: MODULE_VERSION,
        _view_name: name.replace(/Model$/, 'View'),
        _view_module: MODULE_NAME,
        _view_module_version: MODULE_VERSION,
        ...defaults
      };
    }
  };
}

export class RequestingView extends DOMWidgetView {
  private waiting = new Map<number, Waiting>();

  initialize(parameters: any): void {
    super.initialize(parameters);
    this.listenTo(this.model, 'msg:custom', this.onCustom);
  }

  /** Ask the kernel; resolves with its reply, rejects with its error. */
  request(name: string, args: Record<string, unknown> = {}, buffers: ArrayBuffer[] = []): Promise<Reply> {
    const id = nextRequest++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.send({ ...args, request: name, id }, buffers);
    });
  }

  /** Messages from the kernel that are not replies (pushed data, events). */
  protected onMessage(_content: Record<string, unknown>, _buffers: DataView[]): void {
    // subclasses that expect pushed messages override this
  }

  remove(): this {
    for (const waiting of this.waiting.values()) {
      waiting.reject(new Error('view removed'));
    }
    this.waiting.clear();
    return super.remove();
  }

  private onCustom(content: Record<string, unknown>, buffers: DataView[] = []): void {
    const id = content.reply;
    if (typeof id !== 'number') {
      this.onMessage(content, buffers);
      return;
    }
    const waiting = this.waiting.get(id);
    if (!waiting) {
      return; // another view of the same model asked
    }
    this.waiting.delete(id);
    if (typeof content.error === 'string') {
      waiting.reject(new Error(content.error));
    } else {
      waiting.resolve({ content, buffers });
    }
  }
}

/**
 * A view whose render() throws would fail the whole box it sits in (the app goes blank):
 * draw the error in its place instead, and log it.
 */
export function guardRender(viewClass: { prototype: DOMWidgetView }): void {
  const render = viewClass.prototype.render;
  if ((render as { guarded?: boolean }).guarded) {
    return;
  }
  const guarded = function (this: DOMWidgetView, ...args: unknown[]): unknown {
    try {
      return (render as (...a: unknown[]) => unknown).apply(this, args);
    } catch (error) {
      console.error('jupyter-st: a view failed to render', error);
      const box = document.createElement('div');
      box.className = 'st-view-error';
      box.textContent = `This element could not be shown: ${String(error)}`;
      this.el.replaceChildren(box);
      return undefined;
    }
  };
  (guarded as { guarded?: boolean }).guarded = true;
  viewClass.prototype.render = guarded as DOMWidgetView['render'];
}
