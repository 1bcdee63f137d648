package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/eval"
)

func runBench(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "dataset" {
		return runBenchDataset(ctx, args[1:], stdout, stderr)
	}
	fs := newFlags("bench", "bench [--rate N] [--requests N]  |  bench dataset [--size 1GB] [--ner off|embedded] [--upload]", stdout)
	rate := fs.Int("rate", 1000, "requests per second, sent open loop")
	requests := fs.Int("requests", 5000, "requests per measured phase")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	stop, err := cpuProfile(*cpuprofile)
	if err != nil {
		return err
	}
	defer stop()
	if *rate < 1 || *requests < 100 {
		return usagef("bench: --rate must be at least 1 and --requests at least 100")
	}
	up, err := eval.StartUpstream()
	if err != nil {
		return err
	}
	defer up.Close()
	dir, err := os.MkdirTemp("", "veil-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	const key = "veil-bench-key"
	cfg, err := config.Parse("bench", fmt.Appendf(nil, `listen: 127.0.0.1:0
data_dir: %s
upstreams: [{name: local, base_url: %q}]
tenants: [{id: bench, api_keys: [%q], upstream: local, policy: strict}]
`, dir, up.URL, key))
	if err != nil {
		return err
	}
	eng, err := openEngine(cfg)
	if err != nil {
		return err
	}
	defer eng.Close()
	srv, err := newGateway(cfg, eng, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv}
	go hs.Serve(ln)
	defer hs.Close()
	veilURL := "http://" + ln.Addr().String() + "/v1/chat/completions"
	directURL := up.URL + "/chat/completions"
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: 4096, MaxIdleConnsPerHost: 4096, IdleConnTimeout: time.Minute}}

	fmt.Fprintf(stdout, "veil bench: 2 KB chat request with 5 identifiers, %d requests per phase at %d/s, local upstream; GOMAXPROCS shares the machine with the load generator and the upstream\n\n", *requests, *rate)
	fmt.Fprintf(stdout, "%-26s %9s %9s %9s %9s %11s %9s\n", "phase", "p50", "p99", "ttfb p50", "ttfb p99", "allocs/req", "sent/s")
	run := func(name, url, apiKey string, fresh, stream bool, n int) (*eval.Result, error) {
		r, err := eval.SendLoad(ctx, client, eval.LoadOptions{URL: url, APIKey: apiKey, Rate: *rate, Requests: n, Fresh: fresh, Stream: stream})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if name != "" {
			fmt.Fprintf(stdout, "%-26s %9s %9s %9s %9s %11.0f %9.0f", name, us(r.P50), us(r.P99), us(r.TTFB50), us(r.TTFB99), r.AllocsPerOp, r.Achieved)
			if r.Errors > 0 {
				fmt.Fprintf(stdout, "  (%d errors)", r.Errors)
			}
			fmt.Fprintln(stdout)
		}
		return r, nil
	}
	// warm both paths: connections, caches, the vault's tenant key
	if _, err := run("", directURL, "", false, false, *requests/5); err != nil {
		return err
	}
	if _, err := run("", veilURL, key, false, false, *requests/5); err != nil {
		return err
	}
	type pair struct{ direct, veil *eval.Result }
	var rows []struct {
		name string
		pair
	}
	for _, ph := range []struct {
		name          string
		fresh, stream bool
	}{{"repeat identifiers", false, false}, {"fresh identifiers", true, false}, {"streamed", false, true}} {
		d, err := run("direct   "+ph.name, directURL, "", ph.fresh, ph.stream, *requests)
		if err != nil {
			return err
		}
		v, err := run("via veil "+ph.name, veilURL, key, ph.fresh, ph.stream, *requests)
		if err != nil {
			return err
		}
		rows = append(rows, struct {
			name string
			pair
		}{ph.name, pair{d, v}})
	}
	fmt.Fprintf(stdout, "\nadded by veil (via veil minus direct, same run):\n%-20s %9s %9s %12s %12s %11s\n", "phase", "p50", "p99", "ttfb p50", "ttfb p99", "allocs/req")
	for _, r := range rows {
		fmt.Fprintf(stdout, "%-20s %9s %9s %12s %12s %11.0f\n", r.name, us(r.veil.P50-r.direct.P50), us(r.veil.P99-r.direct.P99),
			us(r.veil.TTFB50-r.direct.TTFB50), us(r.veil.TTFB99-r.direct.TTFB99), r.veil.AllocsPerOp-r.direct.AllocsPerOp)
	}
	return nil
}

func us(d time.Duration) string { return fmt.Sprintf("%.3fms", float64(d.Microseconds())/1000) }

// cpuProfile starts a CPU profile written to path ("" for none); stop ends it.
func cpuProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// memProfile writes, when stop is called, what was allocated since the start (a heap profile's
// alloc_space and alloc_objects) to path; "" writes nothing.
func memProfile(path string) (stop func() error) {
	if path == "" {
		return func() error { return nil }
	}
	runtime.MemProfileRate = 64 << 10
	return func() error {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
}
