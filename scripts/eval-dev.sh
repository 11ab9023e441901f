#!/usr/bin/env bash
# Scores newsgraph against every gold set, with newsgraph eval.
#   tuning sets (read article by article while rules were written; not a measure of
#   quality on unseen text): ../shared/gold/dev, tests/gold/bbc-tuning-a, tests/gold/bbc-tuning-b,
#   tests/gold/modern-tuning (20 articles of 2024-2026 by 20 outlets),
#   tests/gold/world-tuning (23 world-news articles of 2024-2026 by 23 outlets),
#   tests/gold/news-tuning (20 articles of 2024-2026 by 20 outlets; first read as totals only)
#   blind sets (read ONLY through these totals; never pass --verbose for them):
#   tests/gold/modern, tests/gold/world
# Usage: scripts/eval-dev.sh [--verbose]   (--verbose applies to the tuning sets only)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/newsgraph
dev_articles=()
for g in ../shared/gold/dev/*.json; do
  d=$(basename "$g" .json)
  dev_articles+=("$(find data/articles ../shared/corpus -name "$d.txt" | head -1)")
done
echo "## tuning: dev gold (../shared/gold/dev)"
$bin eval --gold ../shared/gold/dev "${dev_articles[@]}" "$@"
echo
echo "## tuning: tests/gold/bbc-tuning-a"
$bin eval --gold tests/gold/bbc-tuning-a tests/gold/bbc-tuning-a/articles "$@"
echo
echo "## tuning: tests/gold/bbc-tuning-b"
$bin eval --gold tests/gold/bbc-tuning-b tests/gold/bbc-tuning-b/articles "$@"
echo
echo "## tuning: tests/gold/modern-tuning"
$bin eval --gold tests/gold/modern-tuning tests/gold/modern-tuning/articles "$@"
echo
echo "## tuning: tests/gold/world-tuning"
$bin eval --gold tests/gold/world-tuning tests/gold/world-tuning/articles "$@"
echo
echo "## tuning: tests/gold/news-tuning"
$bin eval --gold tests/gold/news-tuning tests/gold/news-tuning/articles "$@"
for set in modern world; do
  if [ -d "tests/gold/$set" ]; then
    echo
    echo "## blind: tests/gold/$set (totals only)"
    $bin eval --gold "tests/gold/$set" "tests/gold/$set/articles"
  fi
done
