/** The app's light or dark theme (the chrome puts `st-dark` on <body>), and its changes. */

export function isDark(): boolean {
  return document.body.classList.contains('st-dark');
}

/** Calls `changed(dark)` whenever the theme flips; returns a function that stops it. */
export function onThemeChange(changed: (dark: boolean) => void): () => void {
  let dark = isDark();
  const observer = new MutationObserver(() => {
    if (isDark() !== dark) {
      dark = isDark();
      changed(dark);
    }
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

/** A CSS variable of the app's theme, read where the element sits. */
export function themeVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}
