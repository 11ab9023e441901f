#!/usr/bin/env bash
# Scores newsgraph against the dev gold (../shared/gold/dev) and the project's own
# held-out gold (tests/gold/heldout, used while tuning) and blind gold (tests/gold/blind,
# only ever looked at in aggregate and by error pattern), with newsgraph eval and with the reference
# scorer. Usage: scripts/eval-dev.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/newsgraph
dev_articles=()
for g in ../shared/gold/dev/*.json; do
  d=$(basename "$g" .json)
  dev_articles+=("$(find data/articles ../shared/corpus -name "$d.txt" | head -1)")
done
echo "## dev gold (../shared/gold/dev)"
$bin eval --gold ../shared/gold/dev "${dev_articles[@]}" "$@"
echo
echo "## held-out gold (tests/gold/heldout)"
$bin eval --gold tests/gold/heldout tests/gold/heldout/articles "$@"
echo
echo "## blind gold (tests/gold/blind)"
$bin eval --gold tests/gold/blind tests/gold/blind/articles "$@"
