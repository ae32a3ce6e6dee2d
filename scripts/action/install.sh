#!/usr/bin/env bash
# Step 1 of action.yml: installs the reseal CLI into a private prefix and tells
# the next step where it is (RESEAL_CLI in $GITHUB_ENV).
#   INPUT_VERSION  empty: build from this checkout (npm ci, then npm pack, whose
#                  prepack builds the bundles), exactly the package npm would get;
#                  a version or dist-tag (0.1.0, latest): reseal@<it> from the registry;
#                  anything else (a .tgz path, name@range): passed to npm install as is.
set -euo pipefail

prefix="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/reseal-cli"
spec="${INPUT_VERSION:-}"
if [ -z "$spec" ]; then
	checkout="${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/../.." && pwd)}"
	echo "Building reseal from $checkout"
	(cd "$checkout" && npm ci --no-audit --no-fund --loglevel=error >&2)
	tarball="$(cd "$checkout" && npm pack --silent --pack-destination "${RUNNER_TEMP:-${TMPDIR:-/tmp}}" | tail -n 1)"
	spec="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/$tarball"
else
	case "$spec" in
	*/* | *\\* | *.tgz | *@*) ;;
	*) spec="reseal@$spec" ;;
	esac
fi

npm install --global --prefix "$prefix" --no-audit --no-fund --loglevel=error "$spec" >&2
# npm puts global bins in <prefix>/bin on Linux and macOS, in <prefix> itself on Windows.
if [ -e "$prefix/bin/reseal" ]; then cli="$prefix/bin/reseal"; else cli="$prefix/reseal.cmd"; fi
echo "Installed reseal $("$cli" --version) at $cli"
if [ -n "${GITHUB_ENV:-}" ]; then echo "RESEAL_CLI=$cli" >>"$GITHUB_ENV"; fi
