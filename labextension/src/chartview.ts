/**
 * What every chart view shares: a box that follows the container's width (ResizeObserver),
 * redraws when the app's theme flips, and lets its library go when the view is removed.
 */
import { RequestingView } from './view';
import { onThemeChange } from './theme';

export abstract class ChartBase extends RequestingView {
  protected box!: HTMLDivElement;
  private observer: ResizeObserver | null = null;
  private stopTheme: (() => void) | null = null;
  private lastWidth = -1;
  private frame = 0;
  protected removed = false;

  render(): void {
    this.el.classList.add('st-chart-view');
    this.box = document.createElement('div');
    this.box.className = 'st-chart-box';
    this.el.appendChild(this.box);
    this.labelled();
    this.listenTo(this.model, 'change:alt', () => this.labelled());
    this.stopTheme = onThemeChange(() => this.draw());
    this.observer = new ResizeObserver(() => this.widthMayHaveChanged());
    this.observer.observe(this.el);
    this.start();
  }

  /** The author's `alt` as the chart's accessible name (a figure, so its parts stay
   * reachable), as Streamlit does. */
  private labelled(): void {
    const alt = this.model.get('alt');
    if (alt) {
      this.el.setAttribute('role', 'figure');
      this.el.setAttribute('aria-label', alt);
    } else {
      this.el.removeAttribute('role');
      this.el.removeAttribute('aria-label');
    }
  }

  /** The container's inner width in pixels (0 before layout). */
  protected containerWidth(): number {
    return Math.floor(this.el.getBoundingClientRect().width);
  }

  private widthMayHaveChanged(): void {
    const width = this.containerWidth();
    if (width === this.lastWidth || width <= 0) {
      return;
    }
    this.lastWidth = width; // also the first time: the chart may have been drawn before layout
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.resized(width));
  }

  /** Begin: draw, and draw again whenever a trait other than `alt` changes. */
  protected start(): void {
    this.listenTo(this.model, 'change', () => {
      if (Object.keys(this.model.changedAttributes() || {}).some(name => name !== 'alt')) {
        this.draw();
      }
    });
    this.draw();
  }

  /** (Re)draw from scratch: new spec, new theme. */
  protected abstract draw(): void;

  /** The container's width changed. */
  protected resized(_width: number): void {
    this.draw();
  }

  /** Release the library's resources (vega finalize, Plotly.purge...). */
  protected abstract destroy(): void;

  /** An error in the app's style, where the chart would be. */
  protected showError(message: string): void {
    this.box.replaceChildren();
    const note = document.createElement('div');
    note.className = 'st-chart-error';
    note.textContent = message;
    this.box.appendChild(note);
  }

  remove(): this {
    this.removed = true;
    this.observer?.disconnect();
    this.stopTheme?.();
    cancelAnimationFrame(this.frame);
    try {
      this.destroy();
    } catch (error) {
      console.warn('jupyter-st: chart cleanup failed', error);
    }
    return super.remove();
  }
}
