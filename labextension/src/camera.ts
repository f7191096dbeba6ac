// The camera of st.camera_input: a live <video> from getUserMedia, and a snapshot of it as a
// JPEG file. Where the browser refuses the camera, the caller shows Streamlit's request text.

export class Camera {
  readonly video: HTMLVideoElement;
  private stream: MediaStream | null = null;

  constructor() {
    this.video = document.createElement('video');
    this.video.autoplay = true;
    this.video.muted = true;
    this.video.playsInline = true;
  }

  /** Start the camera; resolves false when the browser has none or refuses it. */
  async start(height: number): Promise<boolean> {
    if (this.stream) {
      return true;
    }
    try {
      const video: MediaTrackConstraints = height ? { height: { ideal: height } } : {};
      this.stream = await navigator.mediaDevices.getUserMedia({ audio: false, video });
      this.video.srcObject = this.stream;
      return true;
    } catch {
      return false;
    }
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

  stop(): void {
    this.stream?.getTracks().forEach(track => track.stop());
    this.stream = null;
    this.video.srcObject = null;
  }
}
