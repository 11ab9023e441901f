#!/usr/bin/env bash
# Fetches Cytoscape.js (MIT) from the npm registry into data/vendor/, where
# `newsgraph export --format html` embeds it (include_str!) so that the page it
# writes needs no network. Run it again after changing VERSION; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=3.35.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cytoscape@$VERSION" >/dev/null && tar -xzf "cytoscape-$VERSION.tgz")
mkdir -p data/vendor
cp "$tmp/package/dist/cytoscape.min.js" data/vendor/cytoscape.min.js
cp "$tmp/package/LICENSE" data/vendor/cytoscape.LICENSE
cat > data/vendor/README.md <<README
# Vendored code

- \`cytoscape.min.js\`: [Cytoscape.js](https://js.cytoscape.org) $VERSION, the npm package's
  \`dist/cytoscape.min.js\`, MIT licence (\`cytoscape.LICENSE\`). Embedded in the binary by
  \`src/export/html.rs\` and inlined in every page \`newsgraph export --format html\` writes.
  Fetched by \`scripts/vendor_cytoscape.sh\` (\`npm pack cytoscape@$VERSION\`).
README
echo "data/vendor: cytoscape $VERSION ($(wc -c < data/vendor/cytoscape.min.js) bytes)"
