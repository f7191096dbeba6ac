/**
 * st.chat_input(submit_mode="disable" | "stop"): the box is disabled from the moment the
 * user sends a message until the run that message started has finished.
 *
 * The kernel's `running` flag reaches the page a little after the Enter key, so a box is
 * released only once a run has been seen to start and end; if none starts (a rejected,
 * empty message), it is released after `GRACE_MS`.
 */
const LOCKING = '.st-chat-input-lock input';
const GRACE_MS = 2000;

export class ChatLock {
  private locked: HTMLInputElement[] = [];
  private sawRun = false;
  private grace: number | undefined;

  /** A capturing keydown listener: locks a locking chat box when Enter sends it. */
  keydown = (event: KeyboardEvent): void => {
    const input = event.target as HTMLElement | null;
    if (event.key !== 'Enter' || !(input instanceof HTMLInputElement)) {
      return;
    }
    if (!input.matches(LOCKING) || !input.value.trim()) {
      return;
    }
    // after the widget's own handler has sent the text
    setTimeout(() => {
      input.disabled = true;
      this.locked.push(input);
      this.sawRun = false;
      window.clearTimeout(this.grace);
      this.grace = window.setTimeout(() => this.sawRun || this.release(), GRACE_MS);
    });
  };

  /** The app's running flag changed. */
  running(isRunning: boolean): void {
    if (isRunning) {
      this.sawRun = this.locked.length > 0;
    } else if (this.sawRun) {
      this.release();
    }
  }

  private release(): void {
    window.clearTimeout(this.grace);
    for (const input of this.locked) {
      input.disabled = false;
    }
    this.locked = [];
    this.sawRun = false;
  }
}
