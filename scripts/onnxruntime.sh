#!/usr/bin/env bash
# Installs ONNX Runtime's shared library for the onnx NER backend into .cache/onnxruntime and
# prints its path. It comes from npm's onnxruntime-node (MIT), installed without running its
# scripts; only libonnxruntime.so.1 for linux/x64 is kept. Version 1.24 or later: Veil's
# binding (yalue/onnxruntime_go v1.27.0) asks for ONNX Runtime's API version 24.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.24.3
dir=.cache/onnxruntime
lib=$dir/libonnxruntime.so.1
if [ -f "$lib" ] && [ "$(cat "$dir/VERSION" 2>/dev/null)" = "$version" ]; then
  echo "$PWD/$lib"
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "onnxruntime.sh: npm is required to fetch onnxruntime-node@$version" >&2
  exit 1
fi
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) echo "onnxruntime.sh: no ONNX Runtime build for $(uname -m)" >&2; exit 1 ;;
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --silent --no-audit --no-fund --ignore-scripts --prefix "$tmp" "onnxruntime-node@$version" >&2
mkdir -p "$dir"
cp "$tmp/node_modules/onnxruntime-node/bin/napi-v6/linux/$arch/libonnxruntime.so.1" "$lib.tmp"
mv "$lib.tmp" "$lib"
echo "$version" >"$dir/VERSION"
echo "$PWD/$lib"
