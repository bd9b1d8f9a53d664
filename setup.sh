#!/usr/bin/env bash
# Sets up a fresh machine and verifies every bundled submission (sample_evidence/*/submission).
#   bash setup.sh            # install (apt-get where missing, then the package) and run
#   bash setup.sh --no-run   # install only
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then need_apt+=(tesseract-ocr-chi-sim); fi
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need_apt+=(fonts-wqy-microhei)
# the sample generator sets the same text in several CJK fonts (embedded in text-layer PDFs)
fc-list 2>/dev/null | grep -qi "WenQuanYi Zen Hei" || need_apt+=(fonts-wqy-zenhei)
# what the test suite needs beyond the product (README's test command passes on a bare machine):
# Chromium looks at report.html as a person would (CJK fonts make its screenshots legible);
# PostgreSQL serves the results-index tests on loopback
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_apt+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing with apt-get: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check -e ".[dev]"

if [ "${1:-}" != "--no-run" ]; then
  # the main job on every bundled submission; 0 = clean, 1 = gaps found: both a successful run.
  # (CI's test run reuses these readings through JINZHENG_TEST_CACHE.)
  for submission in sample_evidence/*/submission; do
    name="$(basename "$(dirname "$submission")")"
    echo "== jinzheng verify $submission --out out/$name"
    set +e
    jinzheng verify "$submission" --out "out/$name"
    code=$?
    set -e
    [ "$code" -le 1 ] || exit "$code"
  done
fi
