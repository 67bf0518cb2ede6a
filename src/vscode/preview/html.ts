import * as vscode from 'vscode';

/** A fresh nonce for one page: 128 random bits from Web Crypto (Node 20 and browsers alike, no node:crypto). */
export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The folder the viewer's webview may load from: dist/media (script, CSS, KaTeX CSS and fonts). */
export function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'media');
}

export function viewerWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot(extensionUri)] };
}

/**
 * The page shell. The note itself arrives by message (`render`), so navigating keeps the page and its
 * script; the shell is rebuilt, with a new nonce, whenever the webview is (re)created.
 */
export function viewerHtml(webview: vscode.Webview, extensionUri: vscode.Uri, lang: string): string {
  const nonce = createNonce();
  const media = mediaRoot(extensionUri);
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(media, ...path)).toString();
  const csp = [
    "default-src 'none'",
    // No remote images: a note's image would be a request to any server (the renderer makes them links).
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('katex', 'katex.min.css')}">
<link rel="stylesheet" href="${asset('viewer.css')}">
<title>Concept Reference</title>
</head>
<body>
<div id="cr-app" class="cr-app" aria-busy="true"></div>
<script nonce="${nonce}" src="${asset('viewer.js')}"></script>
</body>
</html>`;
}
