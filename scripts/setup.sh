#!/usr/bin/env bash
# Prepares this checkout on a machine that may have nothing but Debian's Node 20: Node.js 22.12+
# (from the npm registry's node@22 package, into a cache folder put first on PATH), Chromium for
# the browser tests (Debian's package, when missing), and the locked dependencies (npm ci, when
# node_modules does not match package-lock.json). Sourced by scripts/run.sh, so PATH carries over.

setup_log() { printf '\n== %s\n' "$*"; }

node_ok() {
	command -v node >/dev/null 2>&1 &&
		node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

# 1. Node.js 22.12+ (Astro 7 needs it). node@22's install script ships the real binaries.
NODE22_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/instagram-api-error-reference/node22"
if ! node_ok; then
	if [ ! -x "$NODE22_CACHE/node_modules/.bin/node" ]; then
		setup_log "Installing Node.js 22 into $NODE22_CACHE"
		mkdir -p "$NODE22_CACHE"
		printf '{"name":"node22-toolchain","private":true,"allowScripts":{"node":true}}\n' >"$NODE22_CACHE/package.json"
		(cd "$NODE22_CACHE" && npm install --no-audit --no-fund --loglevel=error node@22) || { echo "Could not install Node.js 22"; return 1; }
	fi
	# The machine's npm settings (registry, proxy, certificate authority) live in the global npmrc of
	# its own npm; keep them in force for the npm that comes with Node 22, whose prefix differs.
	system_npmrc="$(npm config get globalconfig 2>/dev/null || true)"
	[ -n "$system_npmrc" ] && [ -f "$system_npmrc" ] && export npm_config_globalconfig="$system_npmrc"
	export PATH="$NODE22_CACHE/node_modules/.bin:$PATH"
	node_ok || { echo "Node.js 22.12+ is required; found $(node --version 2>/dev/null || echo none)"; return 1; }
fi
setup_log "Node $(node --version), npm $(npm --version)"

# 2. Chromium for the browser tests (only the test command needs it).
if [ "${SETUP_CHROMIUM:-1}" = 1 ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
	setup_log "Installing Chromium from Debian packages"
	sudo_cmd=""
	[ "$(id -u)" = 0 ] || sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null ||
		{ echo "Could not install Chromium; set CHROMIUM_PATH to a Chromium binary"; return 1; }
fi

# 3. Dependencies, exactly as locked: npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	setup_log "npm ci"
	npm ci --no-audit --no-fund || return 1
fi
export ASTRO_TELEMETRY_DISABLED=1
