#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) into a git-ignored
# cache, offline-safe: its own postinstall downloads ripgrep from GitHub, so scripts are off and the
# native parts are rebuilt here. Idempotent: a finished install is left alone.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
DIR="$root/.vscode-test/code-server"
VERSION=4.100.3
stamp="$DIR/.installed-$VERSION"
if [ -f "$stamp" ]; then
  exit 0
fi
bash "$root/scripts/install-system-deps.sh"
mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || npm init -y >/dev/null
npm install "code-server@$VERSION" --ignore-scripts --no-audit --no-fund --loglevel=error
npm_config_yes=true npm rebuild argon2 --loglevel=error
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
npm_config_yes=true npm rebuild node-pty @vscode/spdlog kerberos native-watchdog @parcel/watcher --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
touch "$stamp"
echo "code-server $VERSION installed in $DIR"
