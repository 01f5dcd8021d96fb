#!/usr/bin/env bash
# Copies the two npm packages the web pages use that have no webjar on Maven Central into
# src/main/resources/web/assets/vendor (committed, so that building needs only Java):
#   world-atlas 2.0.2 (ISC; country shapes from Natural Earth, public domain): countries-110m.json
#   topojson-client 3.1.0 (ISC): turns those shapes into GeoJSON for ECharts in the browser
# htmx and ECharts come from their webjars (pom.xml). Run from the repository root with npm.
set -euo pipefail
dest=src/main/resources/web/assets/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
mkdir -p "$dest/world-atlas" "$dest/topojson-client"
tar -xzf "$work/world-atlas-2.0.2.tgz" -C "$work" package/countries-110m.json package/LICENSE
cp "$work/package/countries-110m.json" "$work/package/LICENSE" "$dest/world-atlas/"
rm -rf "$work/package"
tar -xzf "$work/topojson-client-3.1.0.tgz" -C "$work" package/dist/topojson-client.min.js package/LICENSE
cp "$work/package/dist/topojson-client.min.js" "$work/package/LICENSE" "$dest/topojson-client/"
echo "copied world-atlas and topojson-client into $dest"
