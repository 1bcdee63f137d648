#!/usr/bin/env bash
# Builds eval/testdata/negative: real technical text with no personal data in it, for measuring
# false positives per MB (`veil eval --negative`). Run once and commit the result, so every
# machine measures the same text. Lines holding a genuine address ('@', '://') are dropped: those
# are real identifiers, not false positives.
set -eu  # no pipefail: head ends pipelines on purpose
cd "$(dirname "$0")/.."
out=eval/testdata/negative
mkdir -p "$out"
clean() { grep -v -e '@' -e '://' | head -c "$1"; }
goroot=$(go env GOROOT)
py=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')

# source code: Go (BSD licence) and Python (PSF licence) standard libraries
cat "$goroot"/src/net/http/server.go "$goroot"/src/encoding/json/decode.go "$goroot"/src/strconv/number.go \
    "$goroot"/src/time/format.go "$goroot"/src/crypto/tls/handshake_client.go | clean 250000 > "$out/go-source.txt"
cat "$py"/json/decoder.py "$py"/argparse.py "$py"/datetime.py "$py"/ipaddress.py "$py"/uuid.py | clean 250000 > "$out/python-source.txt"
# logs: dpkg and apt on a Debian machine
cat /var/log/dpkg.log /var/log/apt/history.log | clean 200000 > "$out/logs.txt"
# configuration files
cat /etc/*.conf /etc/ssl/openssl.cnf 2>/dev/null | clean 80000 > "$out/config.txt"
# version strings: the package database
dpkg-query -W -f '${Package} ${Version} ${Architecture} ${Installed-Size}\n' | clean 120000 > "$out/versions.txt"
# hashes: Go module checksums and file digests
cat go.sum > "$out/hashes.txt"
(cd /usr/bin && sha256sum $(ls | head -300) 2>/dev/null; md5sum $(ls | head -300) 2>/dev/null) | clean 120000 >> "$out/hashes.txt"
# stack traces: a real Go panic and a real Python traceback, several times over
tmp=$(mktemp -d)
cat > "$tmp/main.go" <<'GO'
package main

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
)

type order struct{ Items []int }

func handle(o *order) int { return o.Items[7] }

func main() {
	defer func() { fmt.Println(recover()); var o *order; _ = json.Unmarshal([]byte("{}"), &o); handle(&order{Items: []int{1, 2}}) }()
	_ = httptest.NewRecorder()
	var m map[string]int
	m["x"] = 1
}
GO
(cd "$tmp" && go mod init trace >/dev/null 2>&1 && for i in 1 2 3 4 5; do go run . 2>&1 || true; done) | clean 60000 > "$out/stack-traces.txt"
for i in 1 2 3 4 5; do python3 -c 'import json; json.loads("{\"a\": [1, 2,, 3]}")' 2>&1 || true; python3 -c 'd = {}; d["missing"]' 2>&1 || true; done | clean 30000 >> "$out/stack-traces.txt"
rm -rf "$tmp"
# order and invoice numbers, shipment and ticket references, written as shops and trackers write them
python3 - > "$out/orders.txt" <<'PY'
import random
r = random.Random(7)
lines = []
for i in range(3000):
    k = r.randrange(9)
    n = r.randrange(10**5, 10**9)
    lines.append([f"Order #{n} shipped in {r.randrange(1,9)} parcels",
                  f"INV-{r.randrange(2019,2027)}-{n:09d} total EUR {r.randrange(5,9999)}.{r.randrange(100):02d}",
                  f"ticket JIRA-{r.randrange(100,99999)} closed; build {r.randrange(1,30)}.{r.randrange(0,99)}.{r.randrange(0,999)}",
                  f"PO {n} line {r.randrange(1,40)} qty {r.randrange(1,500)} SKU {r.randrange(10**7,10**8)}",
                  f"tracking 1Z{r.randrange(10**15,10**16)} via UPS, weight {r.randrange(1,90)}.{r.randrange(10)} kg",
                  f"commit {r.getrandbits(160):040x} merged into release/{r.randrange(1,9)}.{r.randrange(0,20)}",
                  f"req_id={r.getrandbits(64):016x} latency_ms={r.randrange(1,900)} status={r.choice([200,201,204,304,404,500])}",
                  f"2026-{r.randrange(1,13):02d}-{r.randrange(1,29):02d} {r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} batch {n} rows={r.randrange(10**6)}",
                  f"pid {r.randrange(100,65535)} port {r.randrange(1024,65535)} fd {r.randrange(3,1024)} uid {r.randrange(1000,60000)}"][k])
print("\n".join(lines))
PY
wc -c "$out"/*.txt
