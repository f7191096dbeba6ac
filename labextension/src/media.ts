// The media and file views' models, and the views themselves (players.ts, fileviews.ts):
// index.ts registers everything exported here, so only model and view classes are.
import { modelOf } from './view';
import '../style/media.css';

export { ImageListView, MediaView } from './players';
export {
  CameraInputView,
  ChatFileInputView,
  DownloadButtonView,
  FileUploaderView
} from './fileviews';

export const ImageListModel = modelOf('ImageListModel', {
  items: [], blobs: [], width: 'content', link: ''
});
export const MediaModel = modelOf('MediaModel', {
  kind: 'audio', src: '', data: null, mime: '', start_time: 0, end_time: -1, loop: false,
  autoplay: false, muted: false, youtube: '', subtitles: [], subtitle_data: [], width: 'stretch',
  alt: ''
});
export const FileUploaderModel = modelOf('FileUploaderModel', {
  label: '', label_visibility: 'visible', help: '', disabled: false, accept: [], multiple: false,
  directory: false, files: [], max_bytes: 200 * 1024 * 1024, width: 'stretch'
});
export const CameraInputModel = modelOf('CameraInputModel', {
  label: '', label_visibility: 'visible', help: '', disabled: false, files: [], resolution: 0,
  max_bytes: 200 * 1024 * 1024, width: 'stretch'
});
export const DownloadButtonModel = modelOf('DownloadButtonModel', {
  label: '', help: '', disabled: false, type: 'secondary', icon: '', icon_position: 'left',
  nowrap: false, shortcut: '', file_name: '', width: 'content'
});

export const ChatFileInputModel = modelOf('ChatFileInputModel', {
  placeholder: '', disabled: false, accept: [], multiple: false, directory: false, max_chars: 0,
  prefill: '', max_bytes: 200 * 1024 * 1024
});
