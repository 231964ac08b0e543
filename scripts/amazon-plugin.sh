#!/usr/bin/env bash
# Prints the path of a cached packer-plugin-amazon binary (for validating example/aws), building
# it from the Go module proxy when it is missing. GitHub releases, where `packer init` would get
# it, are out of reach here.
set -euo pipefail
version="${1:-v1.3.2}"
cache="${PARBAKE_CACHE:-${HOME:-/root}/.cache/parbake}"
exec "$(dirname "$0")/build-module.sh" github.com/hashicorp/packer-plugin-amazon "$version" . \
  "$cache/packer-plugin-amazon/$version/packer-plugin-amazon"
