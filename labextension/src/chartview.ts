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
    this.stopTheme = onThemeChange(() => this.draw());
    this.observer = new ResizeObserver(() => this.widthMayHaveChanged());
    this.observer.observe(this.el);
    this.start();
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

  /** Begin: fetch what the view needs, then draw. */
  protected start(): void {
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
