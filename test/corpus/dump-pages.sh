#!/usr/bin/env bash
# Regenerate samples/ from the HTML pages in test/corpus/pages (needs w3m, lynx, html2markdown from
# python3-html2text and pandoc; tests do not).
#   bash test/corpus/dump-pages.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
for page in test/corpus/pages/*.html; do
  name=$(basename "$page" .html)
  w3m -dump -T text/html -cols 10000 "$page" > "samples/$name.txt"
  w3m -dump -T text/html "$page" > "samples/$name-80.txt"
done
# lynx dumps (link markers and a References list) of some of them
for name in en-news ar-tagdiv-full ar-sports-standings ar-council-decisions ar-gold-prices ar-climate-summit ar-tagdiv-desalination ar-opinion-column de-city-council ar-jannah-health es-national-news ru-kazan-metro tr-istanbul-ferry id-semarang-flood ar-blogger en-toc-guide ar-egypt-news ar-interview ur-news en-substack it-news pt-news en-liveblog hi-delhi-pollution he-city-park pl-city-news vi-hanoi-park bn-dhaka-schools el-athens-metro th-bangkok-park uk-kyiv-park sv-goteborg-park en-ghost-essay en-more-stories en-tram-extension en-lentil-recipe zh-chengdu-metro ko-busan-tram ar-jnews-water ar-portal-metro ar-channel-summit ar-youm-rail en-bridge-closure ar-gulf-stadium ar-short-brief en-tabloid-rescue sw-dar-brt en-review-headphones ar-amp-metro cs-brno-tram; do
  lynx -dump -force_html -stdin < "test/corpus/pages/$name.html" > "samples/$name-lynx.txt"
done
# lynx -nolist dumps (no link markers, no References: lynx told by its indent) of a few of them
for name in ar-opinion-column ko-busan-tram de-city-council ar-youm-rail en-bridge-closure ar-gulf-stadium ar-short-brief en-tabloid-rescue; do
  lynx -dump -nolist -force_html -stdin < "test/corpus/pages/$name.html" > "samples/$name-nolist.txt"
done
# Markdown as crawlers save pages: Python's html2text (wrapped at 78 columns, as crawl4ai's fork
# of it writes) and pandoc's GitHub Markdown without raw HTML
for name in en-tram-extension ar-tagdiv-full; do
  html2markdown "test/corpus/pages/$name.html" > "samples/$name-h2t.md"
done
for name in zh-chengdu-metro ko-busan-tram ar-jnews-water ar-portal-metro ar-channel-summit; do
  pandoc -f html-native_divs-native_spans -t gfm-raw_html --wrap=none "test/corpus/pages/$name.html" -o "samples/$name-gfm.md"
done
# Page text as copied from a browser (an approximation of innerText, see copy-text.py)
for name in pl-city-news hi-delhi-pollution; do
  python3 test/corpus/copy-text.py "test/corpus/pages/$name.html" > "samples/$name-copied.txt"
done
# A wider wrap: w3m at 120 columns
for name in sv-goteborg-park; do
  w3m -dump -T text/html -cols 120 "test/corpus/pages/$name.html" > "samples/$name-120.txt"
done
# lynx at 110 columns
for name in he-city-park ar-match-report en-liveblog; do
  lynx -dump -force_html -width=110 -stdin < "test/corpus/pages/$name.html" > "samples/$name-lynx110.txt"
done
# A narrower wrap: w3m at 72 columns
for name in tr-istanbul-ferry; do
  w3m -dump -T text/html -cols 72 "test/corpus/pages/$name.html" > "samples/$name-72.txt"
done
