/**
 * Markup from authors and from Graphviz made safe to put in the page: no scripts, no event
 * handlers, no javascript: links, no SVG animation that could write one, and nothing whose
 * re-parse could differ from its parse (noscript, template, raw-text tags).
 */

const UNSAFE_TAGS = [
  'script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form', 'frame',
  'frameset', 'noscript', 'noembed', 'noframes', 'template', 'xmp', 'plaintext', 'textarea',
  'foreignObject', 'animate', 'animateMotion', 'animateTransform', 'set', 'use', 'handler'
].join(',');
const SCRIPT_URL = /^(javascript|vbscript):/;

function unsafeAttribute(attr: Attr): boolean {
  const name = attr.name.toLowerCase();
  const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return name.startsWith('on') || SCRIPT_URL.test(value) || attr.value.includes('<') ||
    (name === 'style' && value.includes('url(')) ||
    (/href$/.test(name) && value.startsWith('data:'));
}

/** Removes unsafe elements and attributes from `root` and everything under it, in place. */
export function sanitizeTree(root: Element): void {
  root.querySelectorAll(UNSAFE_TAGS).forEach(node => node.remove());
  for (const node of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(node.attributes)) {
      if (unsafeAttribute(attr)) {
        node.removeAttribute(attr.name);
      }
    }
  }
}

/** An author's HTML (a pydeck tooltip) as safe HTML text. */
export function sanitizeHtml(html: string): string {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const root = doc.body.firstElementChild;
  if (!root) {
    return '';
  }
  sanitizeTree(root);
  return root.innerHTML;
}

/** Text shown as text inside HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;',
    '"': '&quot;', "'": '&#39;' }[c] as string));
}
