#!/usr/bin/env bash
# Regenerate samples/ from the HTML pages in test/corpus/pages (needs w3m; tests do not).
#   bash test/corpus/dump-pages.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
for page in test/corpus/pages/*.html; do
  name=$(basename "$page" .html)
  w3m -dump -T text/html -cols 10000 "$page" > "samples/$name.txt"
  w3m -dump -T text/html "$page" > "samples/$name-80.txt"
done
