#!/usr/bin/env bash
# Runs `go generate ./...` through a symlink named packer-plugin-parbake, because packer-sdc
# struct-markdown finds the project root by that name prefix and loops forever without it, and a
# clone (CI's included) may live in a directory with any name.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
link_dir=$(mktemp -d)
trap 'rm -rf "$link_dir"' EXIT
ln -s "$root" "$link_dir/packer-plugin-parbake"
cd "$link_dir/packer-plugin-parbake"
go generate ./...
