#!/usr/bin/env bash
# Installs the Debian packages crosscheck needs to build and test, skipping those present.
# Run as root on Debian 12 (bookworm) or later. Usage: install-deps.sh [--with-browser]
# --with-browser adds chromium, which only the browser test of the HTML report needs (test.sh
# passes it; a plain build does not pull in a browser).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libz3-dev libfmt-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev libicu-dev libgmp-dev
  libyaml-dev libtbb-dev libxxhash-dev
  libgtest-dev googletest
  python3 python3-yaml python3-jsonschema python3-num2words
  clang-tidy
)
for arg in "$@"; do
  case "$arg" in
    --with-browser) packages+=(chromium) ;;
    *) echo "install-deps: unknown option $arg (expected --with-browser)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
