#!/usr/bin/env bash
# Renders `pakt timeline --format svg` in headless Chromium (Debian's
# chromium package, installed here when missing) to a PNG and fails if the
# SVG is not well-formed XML or the rendered page is blank.
# Usage: scripts/check-svg.sh [out.png] [pakt options…]   (default docs/timeline.png)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/timeline.png}
shift || true
if ! command -v chromium >/dev/null 2>&1; then
  echo "check-svg: installing Debian's chromium" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node bin/pakt.js timeline --format svg --lang en "$@" > "$work/timeline.svg"
python3 - "$work/timeline.svg" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag.endswith('svg'), 'not an SVG document'
PY
height=$(sed -n 's/.*<svg [^>]*height="\([0-9]*\)".*/\1/p' "$work/timeline.svg" | head -1)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size="1200,${height:-700}" \
  --screenshot="$work/timeline.png" "file://$work/timeline.svg" >/dev/null 2>&1
python3 - "$work/timeline.png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, width, height, ctype = 8, b'', 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    chunk = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        width, height, depth, ctype = struct.unpack('>IIBB', chunk[:10])
        assert depth == 8 and ctype in (2, 6), f'unexpected PNG format {depth}/{ctype}'
    elif kind == b'IDAT':
        idat += chunk
    pos += 12 + length
raw = zlib.decompress(idat)
bpp = 3 if ctype == 2 else 4
stride = width * bpp
prev = bytearray(stride)
colours, ink = set(), 0
for y in range(height):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp * 4):
        px = tuple(line[x:x + 3])
        colours.add(px)
        if px != (255, 255, 255): ink += 1
    prev = line
share = ink / (width * height / 4)
assert share > 0.02, f'the page is (almost) blank: {share:.3%} of it drawn'
assert len(colours) > 8, 'the page has too few colours for phases, markers and text'
print(f'check-svg: {width}x{height} px, {share:.1%} drawn, {len(colours)} colours')
PY
mkdir -p "$(dirname "$out")"
cp "$work/timeline.png" "$out"
