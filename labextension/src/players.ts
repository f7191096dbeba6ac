// Views of st.image / st.pyplot (ImageListView) and st.audio / st.video (MediaView): media
// bytes arrive as binary buffers (DataViews in the model) and are shown through object URLs.
import { BlobUrls, applyWidth, el } from './mediakit';
import { RequestingView } from './view';

interface ImageItem {
  caption: string;
  alt: string | null;
  mime: string;
  blob?: number;
  url?: string;
}

export class ImageListView extends RequestingView {
  private urls = new BlobUrls();

  render(): void {
    this.el.classList.add('st-image-list');
    this.listenTo(this.model, 'change', this.draw);
    this.draw();
  }

  private draw(): void {
    const blobs: DataView[] = this.model.get('blobs') || [];
    const link: string = this.model.get('link');
    const width: string = this.model.get('width');
    this.el.replaceChildren();
    for (const item of (this.model.get('items') || []) as ImageItem[]) {
      const figure = el('div', 'st-image-item');
      const img = el('img');
      const blob = item.blob !== undefined ? blobs[item.blob] : undefined;
      img.src = blob ? this.urls.url(blob, item.mime) : item.url || '';
      if (item.alt !== null) {
        img.alt = item.alt;
      }
      applyWidth(img, width);
      figure.appendChild(link ? linked(img, link) : img);
      if (item.caption) {
        const caption = el('div', 'st-image-caption');
        caption.innerHTML = item.caption; // sanitised markdown from the kernel
        figure.appendChild(caption);
      }
      this.el.appendChild(figure);
    }
    this.urls.keepOnly(blobs);
  }

  remove(): this {
    this.urls.clear();
    return super.remove();
  }
}

function linked(img: HTMLElement, href: string): HTMLElement {
  const a = el('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.appendChild(img);
  return a;
}

export class MediaView extends RequestingView {
  private urls = new BlobUrls();
  private player: HTMLMediaElement | HTMLIFrameElement | null = null;
  private shown = '';

  render(): void {
    this.el.classList.add('st-media-player');
    this.listenTo(this.model, 'change', this.draw);
    this.draw();
  }

  private draw(): void {
    const youtube: string = this.model.get('youtube');
    this.urls.keepOnly(this.buffers());
    const source = youtube ? this.youtubeSrc(youtube) : this.source();
    const key = `${this.model.get('kind')}|${youtube ? 'yt' : 'native'}|${source}`;
    const fresh = key !== this.shown;
    if (fresh) {
      this.shown = key;
      this.player = youtube ? this.iframe(source) : this.native(source);
      this.el.replaceChildren(this.player);
    }
    applyWidth(this.el, this.model.get('width'));
    if (!youtube) {
      this.configure(this.player as HTMLMediaElement, fresh);
    }
  }

  /** The buffers this view shows now: the media and its subtitles (other URLs go). */
  private buffers(): DataView[] {
    const data: DataView | null = this.model.get('data');
    const subtitles: DataView[] = this.model.get('subtitle_data') || [];
    return data && data.byteLength ? [data, ...subtitles] : subtitles;
  }

  private source(): string {
    const data: DataView | null = this.model.get('data');
    const mime: string = this.model.get('mime');
    return data && data.byteLength ? this.urls.url(data, mime) : this.model.get('src');
  }

  private youtubeSrc(embed: string): string {
    const query = new URLSearchParams();
    const start: number = this.model.get('start_time');
    const end: number = this.model.get('end_time');
    if (start) query.set('start', String(start));
    if (end >= 0) query.set('end', String(end));
    if (this.model.get('loop')) query.set('loop', '1');
    if (this.model.get('autoplay')) query.set('autoplay', '1');
    if (this.model.get('muted')) query.set('mute', '1');
    const text = query.toString();
    return text ? `${embed}?${text}` : embed;
  }

  private iframe(src: string): HTMLIFrameElement {
    const frame = el('iframe', 'st-media-youtube');
    frame.src = src;
    frame.allow = 'autoplay; encrypted-media; picture-in-picture';
    frame.allowFullscreen = true;
    return frame;
  }

  private native(src: string): HTMLMediaElement {
    const player = el(this.model.get('kind') === 'video' ? 'video' : 'audio');
    player.controls = true;
    player.src = src;
    player.addEventListener('loadedmetadata', () => {
      player.currentTime = this.model.get('start_time');
    });
    player.addEventListener('timeupdate', () => this.atTime(player));
    player.addEventListener('ended', () => {
      if (this.model.get('loop')) {
        player.currentTime = this.model.get('start_time');
        void player.play().catch(() => undefined);
      }
    });
    return player;
  }

  /** Stop (or loop back) at end_time, as Streamlit's player does. */
  private atTime(player: HTMLMediaElement): void {
    const end: number = this.model.get('end_time');
    if (end >= 0 && player.currentTime >= end) {
      if (this.model.get('loop')) {
        player.currentTime = this.model.get('start_time');
      } else {
        player.pause();
      }
    }
  }

  private configure(player: HTMLMediaElement, fresh: boolean): void {
    player.loop = this.model.get('loop') && this.model.get('end_time') < 0;
    player.autoplay = this.model.get('autoplay');
    player.muted = this.model.get('muted');
    const alt: string = this.model.get('alt');
    if (alt) {
      player.setAttribute('aria-label', alt);
    }
    if (this.model.hasChanged('start_time') && player.readyState > 0) {
      player.currentTime = this.model.get('start_time');
    }
    const subtitlesChanged =
      this.model.hasChanged('subtitles') || this.model.hasChanged('subtitle_data');
    if (player instanceof HTMLVideoElement && (fresh || subtitlesChanged)) {
      this.tracks(player); // only when they change: a chosen track stays chosen
    }
  }

  private tracks(video: HTMLVideoElement): void {
    const labels: string[] = this.model.get('subtitles') || [];
    const data: DataView[] = this.model.get('subtitle_data') || [];
    video.querySelectorAll('track').forEach(track => track.remove());
    labels.forEach((label, i) => {
      if (!data[i]) {
        return;
      }
      const track = el('track');
      track.kind = 'captions';
      track.label = label;
      track.src = this.urls.url(data[i], 'text/vtt');
      if (i === 0) {
        track.default = true;
      }
      video.appendChild(track);
    });
  }

  remove(): this {
    this.urls.clear();
    return super.remove();
  }
}
