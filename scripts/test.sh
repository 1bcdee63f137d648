#!/usr/bin/env bash
# Runs Veil's whole test suite on a fresh machine. Everything it needs it installs or builds
# itself: ONNX Runtime for the onnx NER backend (scripts/onnxruntime.sh, from npm). PostgreSQL
# and Keto arrive with the issues that use them, and this script will start them.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v go >/dev/null; then
  echo "test.sh: Go is required (https://go.dev/dl); none found on PATH" >&2
  exit 1
fi

echo "== ONNX Runtime"
VEIL_ONNXRUNTIME_LIB=$(./scripts/onnxruntime.sh)
export VEIL_ONNXRUNTIME_LIB VEIL_REQUIRE_ONNX=1
echo "$VEIL_ONNXRUNTIME_LIB"

echo "== go vet"
go vet ./...

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi

echo "== go test -race"
go test -race -count=1 ./...

echo "== fuzz smoke (${FUZZTIME:=10s} each)"
for target in \
  "./tokenize FuzzRoundTrip" \
  "./tokenize FuzzStream" \
  "./redact FuzzPatterns" \
  "./redact FuzzWithModel" \
  "./proxy FuzzSSE" \
  "./proxy FuzzRewrite" \
  "./proxy FuzzStreamRelay" \
  "./redact FuzzNormalize" \
  "./ner FuzzTokenize" \
  "./ner FuzzWordPiece" \
  "./ner FuzzSpanRules" \
  "./finetune FuzzValidators" \
  "./jsonscan FuzzSplice" \
  "./tokenize FuzzFoldSpaces"; do
  set -- $target
  for attempt in 1 2; do
    if out=$(go test -run '^$' -fuzz "^$2\$" -fuzztime "$FUZZTIME" "$1" 2>&1); then
      echo "$out" | tail -1
      break
    fi
    # Go's fuzz coordinator can time out stopping a busy worker on a loaded machine; that
    # failure writes no input. A real failure always writes one, and is never retried.
    if [ "$attempt" = 1 ] && echo "$out" | grep -q "context deadline exceeded" && ! echo "$out" | grep -q "Failing input written"; then
      echo "$2: fuzz engine timed out stopping a worker; running it again"
      continue
    fi
    echo "$out"
    exit 1
  done
done

# The committed NER model is what the documented training command gives: a change to the
# gazetteers or the training data without a retraining fails here.
datasets="$(cd .. && pwd)/shared/datasets"
if [ -f "$datasets/presidio-research/generated_large.json" ]; then
  model=$(mktemp)
  if ! log=$(go run ./cmd/veil ner train --datasets "$datasets" --out "$model" 2>&1); then
    echo "$log"
    rm -f "$model"
    exit 1
  fi
  if ! cmp -s "$model" ner/model/perceptron.bin.gz; then
    echo "ner/model/perceptron.bin.gz is not what 'veil ner train' gives; retrain it, or keep the change out of the training data"
    rm -f "$model"
    exit 1
  fi
  rm -f "$model"
  echo "ok  ner model reproduced by veil ner train"
else
  echo "skipped: the NER model's reproduction check ($datasets is missing)"
fi
