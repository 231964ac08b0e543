#!/usr/bin/env bash
# Prints the path of a cached Packer binary, building it first when it is missing.
#
#   scripts/packer.sh [VERSION]     (default 1.9.4; the tests also use 1.11.2)
#
# Binaries live in ${PARBAKE_CACHE:-${HOME:-/root}/.cache/parbake}/packer/VERSION/packer, outside the
# checkout, so fresh clones on the same machine reuse them. A build takes 2 to 7 minutes.
set -euo pipefail
version="${1:-1.9.4}"
cache="${PARBAKE_CACHE:-${HOME:-/root}/.cache/parbake}"
exec "$(dirname "$0")/build-module.sh" github.com/hashicorp/packer "v$version" . "$cache/packer/$version/packer"
