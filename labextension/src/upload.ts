// Sending files to the kernel (the protocol in jupyter_st/render/adapters/files.py): each
// file goes as binary chunks of at most CHUNK_BYTES (a websocket message must stay under the
// server's 10 MiB limit), each chunk a request the kernel answers, with a few chunks in
// flight at once; then one commit lists the files the widget now holds. Types and sizes are
// checked here first, with Streamlit's messages; the kernel checks again.
import { sizeText } from './mediakit';
import type { Reply } from './view';

export const CHUNK_BYTES = 2 * 1024 * 1024;
const CHUNKS_IN_FLIGHT = 4; // waiting for each reply in turn made a 20 MB upload 2.5x slower

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

/** Send one file in chunks, a few in flight at once (the kernel takes them in order);
 * resolves with its id once the kernel holds all of it. */
export async function sendFile(
  target: Requester,
  file: File,
  name: string,
  progress: (fraction: number) => void = () => undefined
): Promise<string> {
  const upload = newId();
  const inFlight: Promise<unknown>[] = [];
  let offset = 0;
  let received = 0;
  try {
    do {
      const chunk = await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer();
      const head = { upload, name, type: file.type, size: file.size, offset };
      inFlight.push(target.request('chunk', head, [chunk]).then(() => {
        received += chunk.byteLength;
        progress(file.size ? received / file.size : 1);
      }));
      offset += chunk.byteLength;
      if (inFlight.length >= CHUNKS_IN_FLIGHT) {
        await inFlight.shift();
      }
    } while (offset < file.size);
    await Promise.all(inFlight);
  } catch (error) {
    inFlight.forEach(sent => sent.catch(() => undefined)); // refused too: one error is enough
    throw error;
  }
  return upload;
}

/** Tell the kernel which files the widget holds now: its new value. */
export async function commit(target: Requester, ids: string[]): Promise<void> {
  await target.request('commit', { files: ids });
}
