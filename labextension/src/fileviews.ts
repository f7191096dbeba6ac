// Views of st.file_uploader, st.camera_input, st.chat_input(accept_file=...) and
// st.download_button: uploads go to the kernel in chunks (upload.ts); a download's bytes are
// fetched from the kernel only when its button is clicked.
import { Camera } from './camera';
import { applyWidth, el, shortcutOf, sizeText, typedInField, widgetLabel } from './mediakit';
import { commit, refusal, sendFile } from './upload';
import { RequestingView } from './view';

interface FileInfo {
  file_id: string;
  name: string;
  size: number;
}

/** A file's name, with its folder path when it came from a picked directory. */
function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

/** One line of the uploader's file list: a file held, being sent, or refused. */
function fileRow(name: string, detail: string, error: boolean, onRemove: () => void): HTMLElement {
  const row = el('div', error ? 'st-upload-file st-upload-error' : 'st-upload-file');
  row.appendChild(el('span', 'st-upload-name', name));
  row.appendChild(el('span', 'st-upload-detail', detail));
  const remove = el('button', 'st-upload-remove', '×');
  remove.title = 'Remove file';
  remove.addEventListener('click', onRemove);
  row.appendChild(remove);
  return row;
}

export class FileUploaderView extends RequestingView {
  private input = el('input');
  private list = el('div', 'st-upload-files');
  private sending = new Map<string, string>(); // name -> progress text
  private refused: { name: string; error: string }[] = [];
  private held: FileInfo[] | null = null; // committed since the kernel last said (in a form,
  // the kernel holds the value until the form is submitted: the list still shows it)

  render(): void {
    this.el.classList.add('st-uploader');
    this.input.type = 'file';
    this.input.hidden = true;
    this.input.addEventListener('change', () => {
      void this.take(Array.from(this.input.files || []));
      this.input.value = '';
    });
    this.listenTo(this.model, 'change', this.draw);
    this.listenTo(this.model, 'change:files', () => (this.held = null));
    this.draw();
  }

  private draw(): void {
    const m = this.model;
    const multiple: boolean = m.get('multiple');
    this.input.multiple = multiple;
    this.input.accept = (m.get('accept') as string[]).join(',');
    this.input.toggleAttribute('webkitdirectory', m.get('directory'));
    this.input.disabled = m.get('disabled');
    const zone = el('div', 'st-upload-zone');
    const text = el('div', 'st-upload-instructions');
    const what = m.get('directory') ? 'directory' : multiple ? 'files' : 'file';
    text.appendChild(el('span', '', `Drag and drop ${what} here`));
    text.appendChild(el('small', '', this.limits()));
    const browse = el('button', 'st-upload-browse', 'Browse files');
    browse.disabled = m.get('disabled');
    browse.addEventListener('click', () => this.input.click());
    zone.append(text, browse, this.input);
    zone.addEventListener('dragover', event => event.preventDefault());
    zone.addEventListener('drop', event => {
      event.preventDefault();
      if (!m.get('disabled')) {
        void this.take(Array.from(event.dataTransfer?.files || []));
      }
    });
    this.el.replaceChildren(widgetLabel(m.get('label'), m.get('label_visibility'), m.get('help')));
    this.el.append(zone, this.list);
    this.el.classList.toggle('st-disabled', m.get('disabled'));
    applyWidth(this.el, m.get('width'));
    this.drawFiles();
  }

  private limits(): string {
    const types = (this.model.get('accept') as string[])
      .filter(t => t.startsWith('.'))
      .map(t => t.slice(1).toUpperCase());
    const limit = `Limit ${sizeText(this.model.get('max_bytes'))} per file`;
    return types.length ? `${limit} • ${types.join(', ')}` : limit;
  }

  private drawFiles(): void {
    const rows: HTMLElement[] = [];
    this.refused.forEach((file, i) => {
      rows.push(fileRow(file.name, file.error, true, () => {
        this.refused.splice(i, 1);
        this.drawFiles();
      }));
    });
    for (const [name, text] of this.sending) {
      rows.push(fileRow(name, text, false, () => undefined));
    }
    for (const file of [...this.currentFiles()].reverse()) {
      const remove = (): void => this.removeFile(file.file_id);
      rows.push(fileRow(file.name, sizeText(file.size), false, remove));
    }
    this.list.replaceChildren(...rows);
  }

  private currentFiles(): FileInfo[] {
    return this.held ?? ((this.model.get('files') || []) as FileInfo[]);
  }

  private async hold(files: FileInfo[]): Promise<void> {
    this.held = files;
    this.drawFiles();
    await commit(this, files.map(f => f.file_id));
  }

  /** Check, send and commit picked or dropped files. */
  private async take(picked: File[]): Promise<void> {
    const multiple: boolean = this.model.get('multiple');
    const files = multiple ? picked : picked.slice(0, 1);
    this.refused = [];
    const directory: boolean = this.model.get('directory');
    const sent: FileInfo[] = [];
    for (const file of files) {
      const name = pathOf(file);
      const why = refusal(file, this.model.get('accept'), this.model.get('max_bytes'));
      if (why) {
        if (!(directory && why.endsWith('not allowed.'))) {
          this.refused.push({ name, error: why }); // a folder's other files are skipped quietly
        }
        continue;
      }
      try {
        const id = await sendFile(this, file, name, f => this.progress(name, f));
        sent.push({ file_id: id, name, size: file.size });
      } catch (error) {
        this.refused.push({ name, error: (error as Error).message });
      }
      this.sending.delete(name);
    }
    if (sent.length) {
      await this.hold(multiple ? [...this.currentFiles(), ...sent] : sent.slice(-1));
    }
    this.drawFiles();
  }

  private progress(name: string, fraction: number): void {
    this.sending.set(name, `${Math.round(fraction * 100)}%`);
    this.drawFiles();
  }

  private removeFile(id: string): void {
    void this.hold(this.currentFiles().filter(file => file.file_id !== id));
  }
}

const CAMERA_HELP = 'https://docs.streamlit.io/develop/api-reference/widgets/st.camera_input';

export class CameraInputView extends RequestingView {
  private camera = new Camera();
  private box = el('div', 'st-camera-box');
  private button = el('button', 'st-camera-button');
  private photoUrl = '';

  render(): void {
    this.el.classList.add('st-camera');
    this.button.addEventListener('click', () => void this.clicked());
    this.listenTo(this.model, 'change', this.draw);
    this.draw();
  }

  private hasPhoto(): boolean {
    return ((this.model.get('files') || []) as FileInfo[]).length > 0 && this.photoUrl !== '';
  }

  private draw(): void {
    const m = this.model;
    this.el.replaceChildren(widgetLabel(m.get('label'), m.get('label_visibility'), m.get('help')));
    this.el.append(this.box, this.button);
    applyWidth(this.el, m.get('width'));
    this.button.disabled = m.get('disabled');
    if (this.hasPhoto()) {
      const img = el('img', 'st-camera-photo');
      img.src = this.photoUrl;
      this.box.replaceChildren(img);
      this.button.textContent = 'Clear photo';
      this.camera.stop();
      return;
    }
    this.button.textContent = 'Take Photo';
    if (m.get('disabled')) {
      this.camera.stop();
      this.box.replaceChildren();
      return;
    }
    this.box.replaceChildren(this.camera.video);
    void this.startCamera();
  }

  private async startCamera(): Promise<void> {
    if (this.camera.running) {
      return;
    }
    this.button.disabled = true;
    if (await this.camera.start(this.model.get('resolution'))) {
      this.button.disabled = this.model.get('disabled');
      return;
    }
    const ask = el('div', 'st-camera-ask', 'This app would like to use your camera. ');
    const link = el('a', '', 'Learn how to allow access.');
    link.href = CAMERA_HELP;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    ask.appendChild(link);
    this.box.replaceChildren(ask);
  }

  private async clicked(): Promise<void> {
    if (this.hasPhoto()) {
      this.showPhoto(null);
      await commit(this, []);
      this.draw();
      return;
    }
    const photo = await this.camera.snapshot();
    if (!photo) {
      return;
    }
    this.showPhoto(photo);
    const id = await sendFile(this, photo, photo.name);
    await commit(this, [id]);
  }

  /** Keep one object URL for the photo shown: the previous one is revoked. */
  private showPhoto(photo: Blob | null): void {
    if (this.photoUrl) {
      URL.revokeObjectURL(this.photoUrl);
    }
    this.photoUrl = photo ? URL.createObjectURL(photo) : '';
  }

  remove(): this {
    this.camera.stop();
    this.showPhoto(null);
    return super.remove();
  }
}

/** A button's text with its icon on the side Streamlit's `icon_position` names. */
function iconLabel(label: string, icon: string, position: string): string {
  if (!icon) {
    return label;
  }
  return position === 'right' ? `${label} ${icon}` : `${icon} ${label}`;
}

export class DownloadButtonView extends RequestingView {
  private button = el('button');
  private message = el('div', 'st-download-error');

  private onKey = (event: KeyboardEvent): void => {
    const shortcut: string = this.model.get('shortcut');
    if (!shortcut || this.button.disabled || typedInField(event)) {
      return;
    }
    if (shortcutOf(event) === shortcut) {
      event.preventDefault();
      this.button.click();
    }
  };

  render(): void {
    this.el.classList.add('st-download');
    document.addEventListener('keydown', this.onKey);
    this.button.addEventListener('click', () => void this.download());
    this.el.append(this.button, this.message);
    this.listenTo(this.model, 'change', this.draw);
    this.draw();
  }

  private draw(): void {
    const m = this.model;
    this.button.className = `st-download-button st-button-${m.get('type')}`;
    this.button.classList.toggle('st-download-nowrap', m.get('nowrap'));
    this.button.textContent = iconLabel(m.get('label'), m.get('icon'), m.get('icon_position'));
    this.button.title = m.get('help');
    this.button.disabled = m.get('disabled');
    applyWidth(this.button, m.get('width'));
  }

  /** Ask the kernel for the file, then save it as the browser saves a download. */
  private async download(): Promise<void> {
    this.message.textContent = '';
    try {
      const { content, buffers } = await this.request('download');
      const blob = new Blob([buffers[0] ?? new ArrayBuffer(0)], { type: String(content.mime) });
      const url = URL.createObjectURL(blob);
      const a = el('a');
      a.href = url;
      a.download = String(content.file_name);
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      this.message.textContent = (error as Error).message;
    }
  }

  remove(): this {
    document.removeEventListener('keydown', this.onKey);
    return super.remove();
  }
}

/** st.chat_input(accept_file=...): a text box with an attach button; Enter sends the text
 * with the attached files (uploaded first, like the file uploader's). */
export class ChatFileInputView extends RequestingView {
  private text = el('input', 'st-chat-text');
  private files = el('input');
  private attach = el('button', 'st-chat-attach', '📎');
  private chips = el('div', 'st-chat-files');
  private staged: File[] = [];
  private note = el('div', 'st-chat-note');

  render(): void {
    this.el.classList.add('st-chat-file-input');
    this.text.type = 'text';
    this.files.type = 'file';
    this.files.hidden = true;
    this.attach.title = 'Attach files';
    this.attach.addEventListener('click', () => this.files.click());
    this.files.addEventListener('change', () => {
      this.stage(Array.from(this.files.files || []));
      this.files.value = '';
    });
    this.text.addEventListener('keydown', event => {
      if (event.key === 'Enter') {
        void this.sendMessage();
      }
    });
    const row = el('div', 'st-chat-row');
    row.append(this.attach, this.text, this.files);
    this.el.append(this.chips, this.note, row);
    this.listenTo(this.model, 'change', this.draw);
    this.listenTo(this.model, 'change:prefill', () => {
      if (this.model.get('prefill')) {
        this.text.value = this.model.get('prefill');
      }
    });
    this.text.value = this.model.get('prefill') || '';
    this.draw();
  }

  private draw(): void {
    const m = this.model;
    this.text.placeholder = m.get('placeholder');
    if (m.get('max_chars')) {
      this.text.maxLength = m.get('max_chars');
    } else {
      this.text.removeAttribute('maxlength');
    }
    this.text.disabled = this.attach.disabled = m.get('disabled');
    this.files.multiple = m.get('multiple');
    this.files.accept = (m.get('accept') as string[]).join(',');
    this.files.toggleAttribute('webkitdirectory', m.get('directory'));
    this.chips.replaceChildren(...this.staged.map((file, i) => fileRow(file.name,
      sizeText(file.size), false, () => { this.staged.splice(i, 1); this.draw(); })));
  }

  private stage(picked: File[]): void {
    const reasons: string[] = [];
    const ok = picked.filter(file => {
      const why = refusal(file, this.model.get('accept'), this.model.get('max_bytes'));
      if (why) {
        reasons.push(`${file.name}: ${why}`);
      }
      return !why;
    });
    this.staged = this.model.get('multiple') ? [...this.staged, ...ok] : ok.slice(0, 1);
    this.note.textContent = reasons.join(' ');
    this.draw();
  }

  private async sendMessage(): Promise<void> {
    const text = this.text.value;
    if (!text.trim() && !this.staged.length) {
      return;
    }
    const files = this.staged;
    this.staged = [];
    this.text.value = '';
    this.draw();
    try {
      const ids: string[] = [];
      for (const file of files) {
        ids.push(await sendFile(this, file, pathOf(file)));
      }
      await this.request('submit', { text, files: ids });
    } catch (error) {
      this.note.textContent = (error as Error).message; // refused: the draft comes back
      this.staged = files;
      this.text.value = text;
      this.draw();
    }
  }
}
