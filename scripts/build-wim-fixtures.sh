#!/usr/bin/env bash
# Builds the Windows image fixtures of the image checks: real WIM and ESD files
# made by wimlib (Debian package wimtools) from a one-file folder, with the
# image metadata Setup reads (names, edition IDs, architecture, languages,
# build) set as wimlib image properties. A built copy is committed in
# test/fixtures/images, so `npm test` needs no tool; CI rebuilds them
# (`npm run test:fixtures`) and checks the reader answers the same for both and
# agrees with `wiminfo`. wimlib stamps creation times and a random GUID into
# each file, so the bytes differ between builds; the metadata does not.
# Refresh the committed copy after changing this script:
#   scripts/build-wim-fixtures.sh test/fixtures/images
#
# Usage: scripts/build-wim-fixtures.sh <out-dir>
# Exit status: 0 built; 3 wimlib is missing (apt-get install wimtools); anything else failed.
#
# Layout of <out-dir>:
#   client.wim   Windows 11 Home / Pro / Pro N, amd64, build 22631, en-US (LZX)
#   server.esd   Windows Server 2022 Standard / Datacenter, amd64, build 20348,
#                en-US and de-DE, solid LZMS (the ESD form)
#   x86.wim      Windows 10 Pro, x86, build 19045, de-DE, uncompressed
set -euo pipefail

out=${1:?usage: build-wim-fixtures.sh <out-dir>}
for tool in wimcapture wimappend wiminfo; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "build-wim-fixtures: missing $tool (apt-get install wimtools)" >&2
		exit 3
	fi
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tree/Windows/System32"
printf 'reseal image fixture\n' >"$work/tree/Windows/System32/readme.txt"
# Fixed times keep what can be fixed stable between builds.
touch -d '2024-01-01 00:00:00 UTC' "$work/tree/Windows/System32/readme.txt" "$work/tree/Windows/System32" "$work/tree/Windows" "$work/tree"

# props NAME=VALUE... → --image-property arguments
props() { local arg; for arg in "$@"; do printf -- '--image-property\0%s\0' "$arg"; done; }

image() { # <verb> <file> <name> <description> [compression flags...] -- <property>...
	local verb=$1 file=$2 name=$3 description=$4
	shift 4
	local flags=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do flags+=("$1"); shift; done
	shift
	local args=()
	mapfile -d '' args < <(props "$@")
	"$verb" "$work/tree" "$file" "$name" "$description" "${flags[@]}" "${args[@]}" >/dev/null
}

client() { # <verb> <name> <edition>
	image "$1" "$out/client.wim.tmp" "$2" "$2" --compress=LZX -- \
		"WINDOWS/ARCH=9" "WINDOWS/EDITIONID=$3" "WINDOWS/INSTALLATIONTYPE=Client" "WINDOWS/PRODUCTTYPE=WinNT" \
		"WINDOWS/VERSION/MAJOR=10" "WINDOWS/VERSION/MINOR=0" "WINDOWS/VERSION/BUILD=22631" "WINDOWS/VERSION/SPBUILD=2861" \
		"WINDOWS/LANGUAGES/LANGUAGE=en-US" "WINDOWS/LANGUAGES/DEFAULT=en-US" "FLAGS=$3" "DISPLAYNAME=$2"
}
rm -f "$out/client.wim.tmp"
client wimcapture 'Windows 11 Home' Core
client wimappend 'Windows 11 Pro' Professional
client wimappend 'Windows 11 Pro N' ProfessionalN
mv "$out/client.wim.tmp" "$out/client.wim"

server() { # <verb> <name> <edition>
	image "$1" "$out/server.esd.tmp" "$2" "$2 (a fixture)" --solid -- \
		"WINDOWS/ARCH=9" "WINDOWS/EDITIONID=$3" "WINDOWS/INSTALLATIONTYPE=Server" "WINDOWS/PRODUCTTYPE=ServerNT" \
		"WINDOWS/VERSION/MAJOR=10" "WINDOWS/VERSION/MINOR=0" "WINDOWS/VERSION/BUILD=20348" "WINDOWS/VERSION/SPBUILD=587" \
		"WINDOWS/LANGUAGES/LANGUAGE=en-US" "WINDOWS/LANGUAGES/LANGUAGE[2]=de-DE" "WINDOWS/LANGUAGES/DEFAULT=en-US" "FLAGS=$3"
}
rm -f "$out/server.esd.tmp"
server wimcapture 'Windows Server 2022 Standard' ServerStandard
server wimappend 'Windows Server 2022 Datacenter' ServerDatacenter
mv "$out/server.esd.tmp" "$out/server.esd"

rm -f "$out/x86.wim"
image wimcapture "$out/x86.wim" 'Windows 10 Pro' 'Windows 10 Pro (x86)' --compress=none -- \
	"WINDOWS/ARCH=0" "WINDOWS/EDITIONID=Professional" "WINDOWS/INSTALLATIONTYPE=Client" \
	"WINDOWS/VERSION/MAJOR=10" "WINDOWS/VERSION/MINOR=0" "WINDOWS/VERSION/BUILD=19045" \
	"WINDOWS/LANGUAGES/LANGUAGE=de-DE" "WINDOWS/LANGUAGES/DEFAULT=de-DE" "FLAGS=Professional"
