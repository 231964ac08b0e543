#!/usr/bin/env bash
# Installs a plugin binary for one Packer version into PLUGIN_PATH, the way that version
# expects, and prints the environment to use it (PACKER_PLUGIN_PATH, a private config dir).
#
#   scripts/install-plugin.sh PACKER_BIN PLUGIN_PATH BINARY [SOURCE]
#
# SOURCE defaults to github.com/parbake/parbake. Packer 1.9 loads `packer init`'s layout:
# SOURCE/packer-plugin-NAME_vX_x5.0_OS_ARCH beside its _SHA256SUM. Packer 1.10 and later
# install it themselves with `plugins install --path`.
set -euo pipefail
packer=$1 plugin_path=$2 bin=$3 source=${4:-github.com/parbake/parbake}
name=${source##*/}
mkdir -p "$plugin_path"
plugin_path=$(cd "$plugin_path" && pwd)
export CHECKPOINT_DISABLE=1 PACKER_PLUGIN_PATH="$plugin_path"
export PACKER_CONFIG_DIR="${PACKER_CONFIG_DIR:-$plugin_path/.config}"

pversion=$("$packer" version | sed -n 's/^Packer v\([0-9.]*\).*/\1/p')
case "$pversion" in
  1.9.*)
    info=$("$bin" describe)
    v=$(printf '%s' "$info" | sed -n 's/.*"version":"\([^"]*\)".*/\1/p')
    api=$(printf '%s' "$info" | sed -n 's/.*"api_version":"\([^"]*\)".*/\1/p')
    dir="$plugin_path/$source"
    file="packer-plugin-${name}_v${v}_${api}_$(go env GOOS)_$(go env GOARCH)"
    mkdir -p "$dir"
    cp "$bin" "$dir/$file"
    chmod 0755 "$dir/$file"
    sha256sum "$dir/$file" | cut -d' ' -f1 | tr -d '\n' >"$dir/${file}_SHA256SUM"
    ;;
  *)
    "$packer" plugins install --path "$bin" "$source" >&2
    ;;
esac
echo "CHECKPOINT_DISABLE=1"
echo "PACKER_PLUGIN_PATH=$plugin_path"
echo "PACKER_CONFIG_DIR=$PACKER_CONFIG_DIR"
