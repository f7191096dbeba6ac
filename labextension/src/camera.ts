// The camera of st.camera_input: a live <video> from getUserMedia, and a snapshot of it as a
// JPEG file. Where the browser refuses the camera, the caller shows Streamlit's request text.

export class Camera {
  readonly video: HTMLVideoElement;
  private stream: MediaStream | null = null;
  private opening: Promise<boolean> | null = null; // one request to the browser at a time
  private wanted = false; // false once stopped: a stream granted later is stopped at once

  constructor() {
    this.video = document.createElement('video');
    this.video.autoplay = true;
    this.video.muted = true;
    this.video.playsInline = true;
  }

  /** Start the camera; resolves false when the browser has none or refuses it. */
  start(height: number): Promise<boolean> {
    this.wanted = true;
    if (this.stream) {
      return Promise.resolve(true);
    }
    this.opening ??= this.open(height).finally(() => (this.opening = null));
    return this.opening;
  }

  private async open(height: number): Promise<boolean> {
    let stream: MediaStream;
    try {
      const video: MediaTrackConstraints = height ? { height: { ideal: height } } : {};
      stream = await navigator.mediaDevices.getUserMedia({ audio: false, video });
    } catch {
      return false;
    }
    if (!this.wanted) {
      stopTracks(stream); // the view went away (or took a photo) while the browser asked
      return true;
    }
    this.stream = stream;
    this.video.srcObject = stream;
    return true;
  }

  get running(): boolean {
    return this.stream !== null;
  }

  /** The current frame as a JPEG file (Streamlit names it image.jpg). */
  async snapshot(): Promise<File | null> {
    const { videoWidth: width, videoHeight: height } = this.video;
    if (!width || !height) {
      return null;
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')?.drawImage(this.video, 0, 0, width, height);
    const blob = await new Promise<Blob | null>(done => canvas.toBlob(done, 'image/jpeg', 0.95));
    return blob ? new File([blob], 'image.jpg', { type: 'image/jpeg' }) : null;
  }

  /** Stop the camera (its light goes off), also one the browser has not granted yet. */
  stop(): void {
    this.wanted = false;
    if (this.stream) {
      stopTracks(this.stream);
    }
    this.stream = null;
    this.video.srcObject = null;
  }
}

function stopTracks(stream: MediaStream): void {
  stream.getTracks().forEach(track => track.stop());
}
