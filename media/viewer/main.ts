// Webview script of the note viewer (built into dist/media/viewer.js).
export {};
