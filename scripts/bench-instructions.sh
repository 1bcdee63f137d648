#!/bin/sh
# bench-instructions.sh PKG BENCH [N]: the instructions one iteration of a Go benchmark executes,
# counted by valgrind's callgrind: a run of N+1 iterations less a run of one, over N (50 by
# default). The count does not depend on the shared host's load, which swings timings severalfold
# between hours, so it tells a change of a few per cent that alternating timed runs cannot; a
# timed run still says what the change is worth (see the README's Speed section).
#
#   scripts/bench-instructions.sh ./redact 'BenchmarkCatalogue$'
#
# Needs valgrind (Debian's package). Async preemption is off: its signals trip callgrind. So is
# RDTSCP, with which Go's runtime reads the clock where the CPU has it and which valgrind 3.19
# cannot run (SIGILL in runtime.cputicks on this host since December 2026). The collector is off
# too (GOGC=off): under callgrind its work and its write barriers, which depend on timing, moved a
# count by up to a fifth between runs of the same binary.
set -eu
if [ $# -lt 2 ] || [ "$1" = -h ] || [ "$1" = --help ]; then
	sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
	exit 2
fi
pkg=$1 bench=$2 n=${3:-50}
command -v valgrind >/dev/null || { echo "bench-instructions: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/bench.test" "$pkg"
count() {
	(cd "$pkg" && GOGC=off GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1" \
		"$tmp/bench.test" -test.run '^$' -test.bench "$bench" -test.benchtime "${1}x" 2>&1) |
		awk '/Collected/ { print $4 }'
}
one=$(count 1)
many=$(count $((n + 1)))
[ -n "$one" ] && [ -n "$many" ] || { echo "bench-instructions: callgrind gave no count" >&2; exit 1; }
awk -v a="$one" -v b="$many" -v n="$n" -v name="$bench" 'BEGIN { printf "%s: %.3f M instructions per iteration\n", name, (b - a) / n / 1e6 }'
