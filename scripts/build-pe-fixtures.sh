#!/usr/bin/env bash
# Builds the binary fixtures of the bundle tests: real PE executables
# (mingw-w64 gcc + windres with a VERSIONINFO resource) and real cabinets (gcab),
# plus SHA256SUMS, their manifest. A built copy is committed in
# test/fixtures/bundle/bin, so `npm test` needs none of these tools; CI rebuilds
# them (`npm run test:fixtures`) and checks the readers answer the same.
# Refresh the committed copy after changing stub.c, version.rc or this script:
#   scripts/build-pe-fixtures.sh test/fixtures/bundle/bin
#
# Usage: scripts/build-pe-fixtures.sh <out-dir>
# Exit status: 0 built; 3 a tool is missing (tests skip; the message on stderr
# names the Debian packages: mingw-w64 gcab cabextract); anything else failed.
#
# Layout of <out-dir>:
#   <arch>-<ver>/{sysprep,setupcl,factory}.exe   arch: x86 x64, ver: 5.1 5.2
#   deploy-mszip.cab   sysprep/setupcl/factory (x86-5.1) + big.txt, MSZIP (gcab -c -z)
#   deploy-none.cab    the same, uncompressed (gcab -c)
#   deploy-corrupt.cab deploy-none.cab with one byte of its first data block flipped
#   big.txt            > 100 KB of text so MSZIP needs several data blocks
#   notpe.exe          a text file named like an executable
#   dos.exe            an MZ header without a PE header
#   SHA256SUMS         `sha256sum -c` manifest of the files above
set -euo pipefail

out=${1:?usage: build-pe-fixtures.sh <out-dir>}
here=$(cd "$(dirname "$0")/.." && pwd)
src="$here/test/fixtures/bundle"

missing=()
for tool in i686-w64-mingw32-gcc x86_64-w64-mingw32-gcc i686-w64-mingw32-windres x86_64-w64-mingw32-windres gcab cabextract; do
	command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "build-pe-fixtures: missing ${missing[*]} (apt-get install mingw-w64 gcab cabextract)" >&2
	exit 3
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A prefix=([x86]=i686-w64-mingw32 [x64]=x86_64-w64-mingw32)
declare -A full=([5.1]="5 1 2600 5512" [5.2]="5 2 3790 3959")

for arch in x86 x64; do
	p=${prefix[$arch]}
	"$p-gcc" -O2 -s -c "$src/stub.c" -o "$work/stub-$arch.o"
	for ver in 5.1 5.2; do
		read -r major minor build rev <<<"${full[$ver]}"
		dir="$out/$arch-$ver"
		mkdir -p "$dir"
		for name in sysprep setupcl factory; do
			"$p-windres" -DVER_MAJOR="$major" -DVER_MINOR="$minor" -DVER_BUILD="$build" -DVER_REV="$rev" -DVER_NAME="$name" \
				-i "$src/version.rc" -o "$work/$name-$arch-$ver.res.o"
			"$p-gcc" -s -o "$dir/$name.exe" "$work/stub-$arch.o" "$work/$name-$arch-$ver.res.o"
		done
	done
done

# Text that compresses but not trivially (so back-references cross 32 KB blocks).
: >"$out/big.txt"
for i in $(seq 1 4000); do
	echo "line $i $(( (i * 7919) % 104729 )) OemPnPDriversPath=Sysprep\\drivers\\nic$((i % 17))" >>"$out/big.txt"
done

printf 'This is not an executable.\r\n' >"$out/notpe.exe"
# MZ header whose e_lfanew points at a region without "PE\0\0".
head -c 128 /dev/zero | sed 's/^/MZ/' | head -c 128 >"$out/dos.exe"

mkdir -p "$work/cab"
cp "$out/x86-5.1/sysprep.exe" "$out/x86-5.1/setupcl.exe" "$out/x86-5.1/factory.exe" "$out/big.txt" "$work/cab/"
(cd "$work/cab" && gcab -c -z "$out/deploy-mszip.cab" sysprep.exe setupcl.exe factory.exe big.txt)
(cd "$work/cab" && gcab -c "$out/deploy-none.cab" sysprep.exe setupcl.exe factory.exe big.txt)
# Flip byte 100 of the first CFDATA payload (CFFOLDER.coffCabStart at offset 36,
# then 8 bytes of CFDATA header), so its checksum no longer matches.
cp "$out/deploy-none.cab" "$out/deploy-corrupt.cab"
start=$(od -An -tu4 -j36 -N4 "$out/deploy-corrupt.cab" | tr -d ' ')
pos=$((start + 8 + 100))
byte=$(od -An -tu1 -j"$pos" -N1 "$out/deploy-corrupt.cab" | tr -d ' ')
printf "\\$(printf %o $((byte ^ 255)))" | dd of="$out/deploy-corrupt.cab" bs=1 seek="$pos" conv=notrunc status=none

(cd "$out" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
echo "build-pe-fixtures: built in $out"
