#!/usr/bin/env bash
# System packages the tests need that npm cannot install: Debian's Chromium (the viewer's
# end-to-end tests drive it with playwright-core), a CJK font (legible labels in screenshots),
# xmllint (libxml2-utils: the GEXF test validates graph.gexf against the GEXF 1.3 schema), and for
# scanned letters Tesseract with its Simplified Chinese data and poppler's pdftoppm.
# Java 17 and Maven, for the local Neo4j, come with the machine; the script checks for them.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
for pkg in tesseract-ocr tesseract-ocr-chi-sim poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)

if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup-system: please install ${missing[*]} (apt-get install -y ${missing[*]}) or run this as root" >&2
    exit 2
  fi
  echo "setup-system: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  command -v java >/dev/null 2>&1 || { echo "setup-system: Neo4j without Docker needs Java 17 (java not found)" >&2; exit 2; }
  command -v mvn >/dev/null 2>&1 || { echo "setup-system: Neo4j without Docker needs Maven (mvn not found)" >&2; exit 2; }
fi
echo "setup-system: chromium $(chromium --version 2>/dev/null | awk '{print $2}'), CJK font and xmllint present, $(tesseract --version 2>/dev/null | head -n 1) with chi_sim, pdftoppm"
