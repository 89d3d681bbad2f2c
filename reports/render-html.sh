#!/usr/bin/env bash
# Renders a report.html to a PNG screenshot with headless Chromium, to look at a report without
# a desktop (docs/reports.md). Chromium is not needed by the build or the tests; on Debian:
#   apt-get install chromium
#
# Usage: reports/render-html.sh REPORT.html [SCREENSHOT.png] [WIDTH,HEIGHT]
#   SCREENSHOT.png  default: beside the report, report.png
#   WIDTH,HEIGHT    the window in CSS pixels, default 1280,4000; the screenshot is its top, so make
#                   HEIGHT as tall as the part of the page to see (Chromium caps it near 16384)
#
# The report is self-contained, so the browser is started with networking off: a reference to
# anything outside the file would show as missing rather than be fetched.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
html="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
[ -f "$html" ] || { echo "render-html.sh: no such file: $1" >&2; exit 3; }
out="${2:-${html%.html}.png}"
size="${3:-1280,4000}"

browser=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
[ -n "$browser" ] || { echo "render-html.sh: no Chromium found; on Debian: apt-get install chromium" >&2; exit 1; }

# --no-sandbox: Chromium refuses to run as root with its sandbox (containers, CI); the page is
# our own file. --proxy-server with an unreachable address keeps every request off the network.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --mute-audio \
  --disable-background-networking --no-first-run --proxy-server="127.0.0.1:9" --proxy-bypass-list="<-loopback>" \
  --window-size="$size" --screenshot="$out" "file://$html" 2>/dev/null
[ -s "$out" ] || { echo "render-html.sh: Chromium wrote no screenshot" >&2; exit 1; }
echo "$out"
