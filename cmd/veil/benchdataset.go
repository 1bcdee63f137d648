package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"mime/multipart"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/eval"
	"github.com/veil-gateway/veil/finetune"
	"github.com/veil-gateway/veil/proxy"
)

// runBenchDataset measures veil redact's engine on a generated fine-tuning file of --size:
// throughput, and the process's memory high-water mark, which must not grow with the file.
// With --upload it also sends the same file through the gateway's /v1/files to a local
// upstream that discards it, for the overhead of the gateway over the offline path.
func runBenchDataset(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("bench dataset", "bench dataset [--size 1GB] [--ner off|embedded|remote] [--ner-url URL] [--ner-protocol text|tensors] [--ner-max-batch N] [--ner-max-in-flight N] [--ner-parallel N] [--workers N] [--upload] [--dir DIR] [--cpuprofile F] [--memprofile F]", stdout)
	sizeFlag := fs.String("size", "1GB", "size of the generated file (KB, MB, GB)")
	nerFlag := fs.String("ner", "off", "NER model: off (recognizers only), embedded, or remote (--ner-url)")
	nerURL := fs.String("ner-url", "", "remote: the KServe v2 server's base URL")
	nerProtocol := fs.String("ner-protocol", "text", "remote: text (veil ner serve) or tensors (Triton with model.onnx)")
	nerMaxBatch := fs.Int("ner-max-batch", 32, "remote: texts per batched call (ner.max_batch)")
	nerInFlight := fs.Int("ner-max-in-flight", 2, "remote: batched calls at the server before texts wait to fill a batch (ner.max_in_flight)")
	nerParallel := fs.Int("ner-parallel", 0, "remote: texts of a batch of lines sent to the server at once (default as the gateway's)")
	workers := fs.Int("workers", 0, "parallel workers (default GOMAXPROCS)")
	upload := fs.Bool("upload", false, "also upload the file through the gateway and compare")
	dirFlag := fs.String("dir", "", "folder for the generated file and the vault (default: a temporary one, removed after)")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the redaction to this file")
	memprofile := fs.String("memprofile", "", "write a profile of what the run allocated to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	stop, err := cpuProfile(*cpuprofile)
	if err != nil {
		return err
	}
	defer stop()
	total, err := parseSize(*sizeFlag)
	if err != nil {
		return usagef("bench dataset: --size: %v", err)
	}
	if *nerFlag != config.NEROff && *nerFlag != config.NEREmbedded && (*nerFlag != config.NERRemote || *nerURL == "") {
		return usagef("bench dataset: --ner must be off, embedded, or remote with --ner-url")
	}
	dir := *dirFlag
	if dir == "" {
		if dir, err = os.MkdirTemp("", "veil-bench-dataset-"); err != nil {
			return err
		}
		defer os.RemoveAll(dir)
	}
	in := filepath.Join(dir, "train.jsonl")
	t0 := time.Now()
	lines, err := generateDataset(in, total)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "generated %s: %s, %d lines in %s\n", in, size(total), lines, time.Since(t0).Round(time.Millisecond))
	cfg, err := config.Parse("bench", fmt.Appendf(nil, "listen: 127.0.0.1:0\ndata_dir: %s\nupstreams: [{name: local, base_url: http://127.0.0.1:1/v1}]\ntenants: [{id: bench, api_keys: [veil-bench-key], upstream: local, policy: strict}]\nner: {backend: %s, url: %q, protocol: %s, max_batch: %d, max_in_flight: %d, deadline: 10s}\n",
		filepath.Join(dir, "data"), *nerFlag, *nerURL, *nerProtocol, *nerMaxBatch, *nerInFlight))
	if err != nil {
		return err
	}
	eng, err := openEngine(cfg)
	if err != nil {
		return err
	}
	defer eng.Close()
	if *nerParallel > 0 {
		eng.redactor.SetParallel(*nerParallel)
	}
	pol, err := tenantPolicy(cfg, "bench", "")
	if err != nil {
		return err
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	out, err := os.Create(filepath.Join(dir, "train.redacted.jsonl"))
	if err != nil {
		f.Close()
		return err
	}
	datasetGC()
	writeMem := memProfile(*memprofile) // what the run allocates, not the generator
	t0 = time.Now()
	rep, err := finetune.Process(ctx, f, out, finetune.Options{Redactor: eng.redactor, Tenant: "bench", Policy: pol, Workers: *workers, BatchFields: proxy.BatchFields()})
	f.Close()
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	offline := time.Since(t0)
	if err := writeMem(); err != nil {
		return err
	}
	findings := 0
	for _, fd := range rep.Findings {
		findings += fd.Count
	}
	fmt.Fprintf(stdout, "veil redact engine (ner %s): %s in %s = %.1f MB/s, %d lines changed, %d findings; memory high-water mark %s\n",
		*nerFlag, size(rep.BytesIn), offline.Round(time.Millisecond), float64(rep.BytesIn)/1e6/offline.Seconds(), rep.LinesChanged, findings, hwm())
	os.Remove(filepath.Join(dir, "train.redacted.jsonl"))
	if !*upload {
		return nil
	}
	took, err := benchUpload(ctx, cfg, eng, in)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "upload through the gateway: %s = %.1f MB/s, %+.1f%% against the engine alone; memory high-water mark %s\n",
		took.Round(time.Millisecond), float64(rep.BytesIn)/1e6/took.Seconds(), (took.Seconds()/offline.Seconds()-1)*100, hwm())
	return nil
}

// benchUpload posts the file to the gateway's /v1/files, streamed, against a local upstream
// that reads and discards it.
func benchUpload(ctx context.Context, cfg *config.Config, eng *engine, path string) (time.Duration, error) {
	upLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	upSrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mr, err := r.MultipartReader()
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		var n int64
		for {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			k, _ := io.Copy(io.Discard, p)
			n += k
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"file-bench","object":"file","bytes":%d,"purpose":"fine-tune","filename":"train.jsonl","created_at":1}`, n)
	})}
	go upSrv.Serve(upLn)
	defer upSrv.Close()
	cfg.Upstreams[0].BaseURL = "http://" + upLn.Addr().String() + "/v1"
	srv, err := newGateway(cfg, eng, slog.New(slog.DiscardHandler))
	if err != nil {
		return 0, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	hs := &http.Server{Handler: srv}
	go hs.Serve(ln)
	defer hs.Close()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		f, err := os.Open(path)
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		defer f.Close()
		mw.WriteField("purpose", "fine-tune")
		part, _ := mw.CreateFormFile("file", "train.jsonl")
		if _, err := io.Copy(part, f); err != nil {
			pw.CloseWithError(err)
			return
		}
		pw.CloseWithError(mw.Close())
	}()
	req, err := http.NewRequestWithContext(ctx, "POST", "http://"+ln.Addr().String()+"/v1/files", pr)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer veil-bench-key")
	t0 := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return 0, fmt.Errorf("upload: %d %s", resp.StatusCode, body)
	}
	return time.Since(t0), nil
}

// generateDataset writes a fine-tuning file of about size bytes: chat records built from the
// eval generator's labelled samples, drawn with repeats from a pool so that, as in real data,
// the same people and cards recur across the file.
func generateDataset(path string, size int64) (int, error) {
	g := eval.NewGenerator(11)
	pool := make([]string, 4000)
	for i := range pool {
		rec := map[string]any{"messages": []map[string]string{
			{"role": "system", "content": "You are the support assistant of a clinic and a card issuer."},
			{"role": "user", "content": g.Sample().Text},
			{"role": "assistant", "content": "Thanks. " + g.Sample().Text},
		}}
		b, _ := json.Marshal(rec)
		pool[i] = string(b)
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	rng := rand.New(rand.NewPCG(11, 12))
	var n int64
	lines := 0
	for n < size {
		l := pool[rng.IntN(len(pool))]
		w.WriteString(l)
		w.WriteByte('\n')
		n += int64(len(l) + 1)
		lines++
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, err
	}
	return lines, f.Close()
}

func parseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.m
			break
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("%q is not a size like 512MB or 1GB", s)
	}
	return int64(v * float64(mult)), nil
}

// hwm is the process's peak resident memory (VmHWM), where /proc tells it.
func hwm() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
