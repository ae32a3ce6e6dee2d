#!/usr/bin/env bash
# Installs what the real-editor test tiers need, idempotently:
#   - Debian packages: chromium (headless browser for code-server), neovim,
#     ripgrep (seeds @vscode/ripgrep's download cache), and the toolchain
#     code-server's native modules build with (build-essential, pkg-config,
#     python3, libkrb5-dev). Skipped when already installed.
#   - code-server (VS Code in a browser) under .e2e/code-server, outside the
#     project's package.json. Skipped when the pinned version is already there.
# Usage: scripts/install-code-server.sh [--apt-only]
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=${CODE_SERVER_VERSION:-4.100.3}   # last release whose engines field is Node 20
DEST=${RESEAL_CODE_SERVER_DIR:-$PWD/.e2e/code-server}
APT_PACKAGES=(chromium neovim ripgrep build-essential pkg-config python3 libkrb5-dev)

log() { printf '[install-code-server] %s\n' "$*" >&2; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
	if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
		log "apt-get install ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	else
		log "missing Debian packages: ${missing[*]} (install them, then run this again)"
		exit 1
	fi
fi
[ "${1:-}" = "--apt-only" ] && exit 0

stamp="$DEST/.installed-$CODE_SERVER_VERSION"
if [ -f "$stamp" ] && [ -x "$DEST/node_modules/.bin/code-server" ]; then
	log "code-server $CODE_SERVER_VERSION already installed in $DEST"
	exit 0
fi

log "installing code-server@$CODE_SERVER_VERSION into $DEST"
start=$(date +%s)
mkdir -p "$DEST/tmp"
cd "$DEST"
[ -f package.json ] || printf '{ "name": "reseal-e2e-code-server", "private": true }\n' > package.json

# @vscode/ripgrep's postinstall downloads rg from api.github.com, which this
# machine cannot reach. It first looks in $TMPDIR/vscode-ripgrep-cache-<ver>/,
# so seed that cache with Debian's rg for every @vscode/ripgrep version in use.
for rgver in 1.15.9 1.15.10 1.15.11 1.15.12 1.15.13 1.15.14; do
	cache="$DEST/tmp/vscode-ripgrep-cache-$rgver"
	mkdir -p "$cache/stage"
	cp "$(command -v rg)" "$cache/stage/rg"
	for asset in ripgrep-v13.0.0-10-x86_64-unknown-linux-musl ripgrep-v13.0.0-13-x86_64-unknown-linux-musl ripgrep-v14.1.1-x86_64-unknown-linux-musl; do
		[ -f "$cache/$asset.tar.gz" ] || tar czf "$cache/$asset.tar.gz" -C "$cache/stage" rg
	done
done

# code-server's postinstall refuses to run as root without unsafe-perm (npm 11
# only honours it as an env variable); node-pty's postinstall runs `npx
# node-gyp`, which needs npm_config_yes without a TTY.
TMPDIR="$DEST/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
	npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >"$DEST/install.log" 2>&1 || {
	tail -n 60 "$DEST/install.log" >&2
	log "npm install failed (full log: $DEST/install.log)"
	exit 1
}
XDG_CONFIG_HOME="$DEST/tmp/xdg" XDG_DATA_HOME="$DEST/tmp/xdg-data" "$DEST/node_modules/.bin/code-server" --version >&2
rm -f "$DEST"/.installed-*
touch "$stamp"
log "installed in $(( $(date +%s) - start )) s"
