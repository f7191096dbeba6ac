// Sending files to the kernel (the protocol in jupyter_st/render/adapters/files.py): each
// file goes as binary chunks of at most CHUNK_BYTES (a websocket message must stay under the
// server's 10 MiB limit), each chunk a request the kernel answers before the next is sent,
// then one commit lists the files the widget now holds. Types and sizes are checked here
// first, with Streamlit's messages; the kernel checks again.
import { sizeText } from './mediakit';
import type { Reply } from './view';

export const CHUNK_BYTES = 2 * 1024 * 1024;

export interface Requester {
  request(name: string, args?: Record<string, unknown>, buffers?: ArrayBuffer[]): Promise<Reply>;
}

/** Why a file may not be uploaded (Streamlit's wording), or '' when it may. */
export function refusal(file: File, accept: string[], maxBytes: number): string {
  if (accept.length > 0 && !accept.some(type => matches(file, type))) {
    const kind = file.type || extensionOf(file.name) || 'These';
    return `${kind} files are not allowed.`;
  }
  if (file.size > maxBytes) {
    return `File must be ${sizeText(maxBytes)} or smaller.`;
  }
  return '';
}

function matches(file: File, type: string): boolean {
  if (type.endsWith('/*')) {
    return file.type.startsWith(type.slice(0, -1));
  }
  if (type.includes('/')) {
    return file.type === type;
  }
  return file.name.toLowerCase().endsWith(type);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

function newId(): string {
  const random = new Uint8Array(16);
  crypto.getRandomValues(random);
  return Array.from(random, b => b.toString(16).padStart(2, '0')).join('');
}

/** Send one file in chunks; resolves with its id once the kernel holds all of it. */
export async function sendFile(
  target: Requester,
  file: File,
  name: string,
  progress: (fraction: number) => void = () => undefined
): Promise<string> {
  const upload = newId();
  let offset = 0;
  do {
    const chunk = await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer();
    const head = { upload, name, type: file.type, size: file.size, offset };
    await target.request('chunk', head, [chunk]);
    offset += chunk.byteLength;
    progress(file.size ? offset / file.size : 1);
  } while (offset < file.size);
  return upload;
}

/** Tell the kernel which files the widget holds now: its new value. */
export async function commit(target: Requester, ids: string[]): Promise<void> {
  await target.request('commit', { files: ids });
}
