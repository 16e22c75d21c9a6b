#!/usr/bin/env bash
# Makes sure this machine has what the tests use; `dotnet test` runs it first (see DirectoryPortal.Tests.csproj).
# On Debian, as root, it installs whatever is missing; otherwise it stops at once with one message saying what
# to install. Quiet and quick (a few file checks) when everything is there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# What the tests use, as "Debian package|file that shows it is installed|what for".
needs=(
  "chromium|/usr/bin/chromium|the browser tests (Debian's Chromium; the tests never download a browser)"
  "default-jre-headless|java|the Nu HTML checker (vnu.jar)"
  "nginx|/usr/sbin/nginx|the publishing tests, which serve the built site with deploy/nginx"
  "libnginx-mod-http-brotli-static|/usr/lib/nginx/modules/ngx_http_brotli_static_module.so|serving the build's .br copies (deploy/nginx/brotli.conf)"
  "apache2|/usr/sbin/apache2ctl|checking and running deploy/apache/.htaccess"
  # Arabic, Bengali and Urdu (Noto Nastaliq Urdu) pages render in real glyphs, not empty boxes.
  "fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf|Arabic text"
  "fonts-noto-core|/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf|Bengali text"
  "fonts-noto-core|/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf|Urdu text (Nastaliq)"
)

present() { if [[ "$1" == /* ]]; then [[ -e "$1" ]]; else command -v "$1" >/dev/null 2>&1; fi; }

missing_packages() {
  local entry package file
  for entry in "${needs[@]}"; do
    IFS='|' read -r package file _ <<<"$entry"
    present "$file" || echo "$package"
  done | awk '!seen[$0]++'
}

missing=$(missing_packages | tr '\n' ' ' | sed 's/ $//')
if [[ -n "$missing" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup-machine: installing Debian packages the tests need: $missing"
    # Installing a web server must not start one (port 80, left running): the standard Debian switch,
    # used only when the machine has none of its own.
    policy=/usr/sbin/policy-rc.d
    added_policy=""
    if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added_policy=yes; fi
    status=0
    # An install that was interrupted earlier blocks apt-get until dpkg finishes it, so finish it first.
    { DEBIAN_FRONTEND=noninteractive dpkg --configure -a >/dev/null && apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; } || status=$?
    [[ -n "$added_policy" ]] && rm -f "$policy"
    if [[ $status -ne 0 ]]; then
      echo "setup-machine: error: apt-get could not install: $missing (exit code $status)." >&2
      exit 1
    fi
    still=$(missing_packages | tr '\n' ' ' | sed 's/ $//')
    if [[ -n "$still" ]]; then
      echo "setup-machine: error: installed, but still missing: $still." >&2
      exit 1
    fi
  else
    {
      echo "setup-machine: error: the tests need Debian packages that are not installed: $missing."
      echo "  Install them, then run the tests again:  sudo apt-get install -y $missing"
      echo "  (Run as root, the test command installs them itself. What each is for: tests/setup-machine.sh.)"
    } >&2
    exit 1
  fi
fi

# The tests' own npm packages (lunr.js as the search oracle, the Nu HTML checker), pinned by their lock files.
for dir in "$here/DirectoryPortal.Tests/lunr-oracle" "$here/DirectoryPortal.Tests/html-checker"; do
  if [[ ! -e "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "setup-machine: error: npm (Node.js) is needed to install the tests' packages in $dir." >&2
      exit 1
    fi
    echo "setup-machine: npm ci in ${dir#"$here/"}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
done
