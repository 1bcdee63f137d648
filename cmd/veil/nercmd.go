package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/eval"
	"github.com/veil-gateway/veil/ner"
	"github.com/veil-gateway/veil/redact"
)

func runNER(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stdout, "Usage:\n  veil ner train [--out FILE] [--epochs N] [--seed S] [--generated N] [--prune N] [--datasets DIR]   train the embedded model\n  veil ner serve [--listen ADDR] [--name NAME] [--backend embedded|onnx] [--model-dir DIR] [--device cpu|cuda]   serve the NER model over the KServe v2 (Open Inference) protocol\n  veil ner export [--out DIR] [--vocab N] [--generated N] [--seed S] [--datasets DIR]   write WordPiece training data for the transformer (ner/train/transformer.py)\n  veil ner bench --url URL [--protocol text|tensors] [--concurrency N] [--requests N]   load a KServe v2 NER server as many gateways do; latency percentiles")
		if len(args) == 0 {
			return usagef("ner: say train, serve, export or bench")
		}
		return nil
	}
	switch args[0] {
	case "train":
		return runNERTrain(ctx, args[1:], stdout, stderr)
	case "serve":
		return runNERServe(ctx, args[1:], stdout, stderr)
	case "export":
		return runNERExport(ctx, args[1:], stdout, stderr)
	case "bench":
		return runNERBench(ctx, args[1:], stdout, stderr)
	}
	return usagef("ner: unknown subcommand %q (train, serve, export or bench)", args[0])
}

// nerTypes are the types the embedded model learns.
var nerTypes = []string{"PERSON", "LOCATION", "ORGANIZATION", "NRP", "STREET_ADDRESS"}

// trainingData assembles the corpus the embedded model is trained on, from sources the project
// may redistribute: Presidio's generated_large.json, WNUT 2017 train and dev, and the eval
// generator. synth_dataset_v2.json, the benchmark, is never read. A tenth of generated_large,
// chosen by seed, is held out to calibrate scores and report development figures.
func trainingData(dir string, generated int, seed uint64) (train, heldOut []eval.Sample, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("training data (from --datasets %s): %w", dir, err)
		}
	}()
	large, err := eval.Load(filepath.Join(dir, "presidio-research", "generated_large.json"))
	if err != nil {
		return nil, nil, err
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x7472)) // the split and case variants are seeded too
	for _, s := range large {
		if rng.IntN(10) == 0 {
			heldOut = append(heldOut, s)
		} else {
			train = append(train, s)
		}
	}
	for _, f := range []string{"wnut17train.conll", "emerging.dev.conll"} {
		s, err := eval.LoadCoNLL(filepath.Join(dir, "wnut17", f))
		if err != nil {
			return nil, nil, err
		}
		train = append(train, s...)
	}
	g := eval.NewGenerator(seed)
	for range generated {
		train = append(train, g.NERSample())
	}
	train = append(train, g.Samples(generated/3)...)
	for range generated / 3 { // code, logs and configuration, which hold no entities
		train = append(train, g.CodeSample())
	}
	// case variants: names in lower case and ALL CAPS must be found too
	n := len(train)
	for _, s := range train[:n] {
		var v string
		switch rng.IntN(10) {
		case 0:
			v = strings.ToLower(s.Text)
		case 1:
			v = strings.ToUpper(s.Text)
		default:
			continue
		}
		if len(v) == len(s.Text) { // byte offsets still hold
			train = append(train, eval.Sample{Text: v, Spans: s.Spans})
		}
	}
	return train, heldOut, nil
}

func examples(ss []eval.Sample) []ner.Example {
	out := make([]ner.Example, len(ss))
	for i, s := range ss {
		ex := ner.Example{Text: s.Text}
		for _, sp := range s.Spans {
			ex.Spans = append(ex.Spans, ner.Span{Type: sp.Type, Start: sp.Start, End: sp.End})
		}
		out[i] = ex
	}
	return out
}

func runNERTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ner train", "ner train [--out FILE] [--epochs N] [--seed S] [--generated N] [--prune N] [--datasets DIR]", stdout)
	out := fs.String("out", filepath.Join("ner", "model", "perceptron.bin.gz"), "where to write the model")
	epochs := fs.Int("epochs", 8, "training passes")
	seed := fs.Uint64("seed", 1, "seed for the generator, the held-out split and the shuffles")
	generated := fs.Int("generated", 9000, "generated NER samples to add")
	prune := fs.Int("prune", 1, "drop features seen fewer times than this")
	datasets := fs.String("datasets", filepath.Join("..", "shared", "datasets"), "folder holding presidio-research/ and wnut17/")
	if err := parse(fs, args); err != nil {
		return err
	}
	t0 := time.Now()
	train, held, err := trainingData(*datasets, *generated, *seed)
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "training on %d samples, %d held out\n", len(train), len(held))
	m, err := ner.Train(examples(train), examples(held), ner.TrainOptions{Types: nerTypes, Epochs: *epochs, Seed: *seed, Prune: *prune,
		Log: func(f string, a ...any) { fmt.Fprintf(stderr, f+"\n", a...) }})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return err
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	st, _ := os.Stat(*out)
	fmt.Fprintf(stdout, "wrote %s (%s, %.1f MB) in %s\n", *out, m, float64(st.Size())/1e6, time.Since(t0).Round(time.Second))
	// development figures on the held-out tenth of generated_large
	det := redact.NewDetector(redact.Patterns{}, ner.NewRecognizer(ner.Local(m), ner.Options{}))
	rep, err := eval.Evaluate(ctx, det, held, func(f redact.Finding) bool { return f.Score >= 0.5 })
	if err != nil {
		return err
	}
	rep.Print(stdout, "held-out tenth of generated_large")
	return nil
}

// runNERServe serves the embedded model over the KServe v2 protocol, so that one machine (a GPU
// box in production) serves many gateways configured with ner.backend: remote.
func runNERServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ner serve", "ner serve [--listen ADDR] [--name NAME] [--backend embedded|onnx] [--model-dir DIR] [--device cpu|cuda] [--threads N]", stdout)
	listen := fs.String("listen", "127.0.0.1:8000", "address to listen on")
	name := fs.String("name", "veil-ner", "model name in the URL paths (/v2/models/NAME/infer)")
	backend := fs.String("backend", "embedded", "embedded (the perceptron) or onnx (a transformer through ONNX Runtime)")
	modelDir := fs.String("model-dir", "", "onnx: a token-classification export (default: the shipped transformer)")
	device := fs.String("device", "cpu", "onnx: cpu or cuda")
	threads := fs.Int("threads", 0, "onnx: intra-op threads per call (default 1)")
	if err := parse(fs, args); err != nil {
		return err
	}
	var be ner.Backend
	var desc string
	switch *backend {
	case "embedded":
		m, err := ner.Embedded()
		if err != nil {
			return err
		}
		be, desc = ner.Local(m), m.String()+", CPU"
	case "onnx":
		o, err := newONNX(config.NER{ModelDir: *modelDir, Device: *device, Threads: *threads})
		if err != nil {
			return err
		}
		defer o.Close()
		be, desc = o, o.String()+"; answers TEXT and Triton's input_ids/attention_mask tensors"
	default:
		return usagef("ner serve: --backend %q: want embedded or onnx", *backend)
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: ner.Handler(*name, be), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stderr, "veil ner serve: %s on http://%s/v2/models/%s (KServe v2)\n", desc, ln.Addr(), *name)
	return serveUntil(ctx, srv, ln, 5*time.Second, nil)
}

// runNERExport writes the transformer's training data: a WordPiece vocabulary learned from the
// training texts, and the same corpus as veil ner train (more generated samples by default)
// as piece ids with BIO labels, gzipped JSON lines. ner/train/transformer.py trains on it.
func runNERExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ner export", "ner export [--out DIR] [--vocab N] [--generated N] [--seed S] [--datasets DIR]", stdout)
	out := fs.String("out", filepath.Join("ner", "train", "data"), "folder to write vocab.txt, labels.json, train.jsonl.gz and dev.jsonl.gz to")
	vocabSize := fs.Int("vocab", 8000, "WordPiece vocabulary size")
	generated := fs.Int("generated", 40000, "generated NER samples to add")
	seed := fs.Uint64("seed", 1, "seed for the generator and the held-out split")
	datasets := fs.String("datasets", filepath.Join("..", "shared", "datasets"), "folder holding presidio-research/ and wnut17/")
	if err := parse(fs, args); err != nil {
		return err
	}
	train, held, err := trainingData(*datasets, *generated, *seed)
	if err != nil {
		return err
	}
	texts := make([]string, len(train))
	for i, s := range train {
		texts[i] = s.Text
	}
	vocab := ner.BuildVocab(texts, *vocabSize, 2)
	w, err := ner.NewWordPiece(vocab, false)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(*out, "vocab.txt"), []byte(strings.Join(vocab, "\n")+"\n")); err != nil {
		return err
	}
	labels, _ := json.Marshal(ner.BIOLabels(nerTypes))
	if err := writeFileAtomic(filepath.Join(*out, "labels.json"), labels); err != nil {
		return err
	}
	for _, part := range []struct {
		name string
		ss   []eval.Sample
	}{{"train.jsonl.gz", train}, {"dev.jsonl.gz", held}} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		enc := json.NewEncoder(zw)
		n := 0
		for _, ex := range examples(part.ss) {
			for _, seq := range ner.Sequences(w, ex, nerTypes, 254) {
				if err := enc.Encode(seq); err != nil {
					return err
				}
				n++
			}
		}
		if err := zw.Close(); err != nil {
			return err
		}
		if err := writeFileAtomic(filepath.Join(*out, part.name), buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s: %d sequences, %.1f MB\n", filepath.Join(*out, part.name), n, float64(buf.Len())/1e6)
	}
	fmt.Fprintf(stdout, "vocabulary: %d pieces\n", len(vocab))
	return ctx.Err()
}

// runNERBench loads a KServe v2 NER server the way many gateways do: --concurrency callers,
// each sending 2 KB messages one after another through the Remote backend (micro-batching,
// kept-alive connections), and reports each call's latency and the throughput.
func runNERBench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("ner bench", "ner bench --url URL [--model NAME] [--protocol text|tensors] [--concurrency N] [--requests N] [--max-batch N] [--max-wait D] [--max-in-flight N] [--max-rows N]", stdout)
	url := fs.String("url", "http://127.0.0.1:8000", "the server's base URL")
	name := fs.String("model", "veil-ner", "model name")
	protocol := fs.String("protocol", "text", "text (veil ner serve) or tensors (Triton with model.onnx)")
	modelDir := fs.String("model-dir", "", "tensors: the export whose tokenizer to use (default: the shipped transformer)")
	conc := fs.Int("concurrency", 100, "concurrent callers")
	requests := fs.Int("requests", 3000, "calls in all")
	maxBatch := fs.Int("max-batch", 32, "texts per batched call")
	maxWait := fs.Duration("max-wait", 2*time.Millisecond, "longest wait to fill a batch")
	maxRows := fs.Int("max-rows", 0, "tensors: most windows in one call (default max-batch, at least 64)")
	maxInFlight := fs.Int("max-in-flight", 2, "batched calls at the server before new calls wait to fill a batch (-1: always wait)")
	if err := parse(fs, args); err != nil {
		return err
	}
	ro := ner.RemoteOptions{URL: *url, Model: *name, MaxBatch: *maxBatch, MaxWait: *maxWait, MaxInFlight: *maxInFlight, MaxRows: *maxRows}
	if *protocol == "tensors" {
		tm, err := ner.LoadTensorModel(*modelDir)
		if err != nil {
			return err
		}
		ro.Tensors = tm
	} else if *protocol != "text" {
		return usagef("ner bench: --protocol %q: want text or tensors", *protocol)
	}
	r := ner.NewRemote(ro)
	defer r.Close()
	g := eval.NewGenerator(7)
	msgs := make([]string, 64)
	for i := range msgs {
		var b strings.Builder
		for b.Len() < 2048 {
			b.WriteString(g.NERSample().Text)
			b.WriteString(" ")
		}
		msgs[i] = b.String()[:2048]
		for !utf8.ValidString(msgs[i]) {
			msgs[i] = msgs[i][:len(msgs[i])-1]
		}
	}
	if _, err := r.Tag(ctx, msgs[:1]); err != nil { // warm up, and fail early
		return err
	}
	lat := make([]time.Duration, *requests)
	var next atomic.Int64
	var firstErr atomic.Value
	t0 := time.Now()
	var wg sync.WaitGroup
	for range *conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= *requests || ctx.Err() != nil {
					return
				}
				s := time.Now()
				if _, err := r.Tag(ctx, msgs[i%len(msgs):i%len(msgs)+1]); err != nil {
					firstErr.CompareAndSwap(nil, err)
					return
				}
				lat[i] = time.Since(s)
			}
		}()
	}
	wg.Wait()
	if err, _ := firstErr.Load().(error); err != nil {
		return err
	}
	total := time.Since(t0)
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[int(p*float64(len(lat)-1))].Round(10 * time.Microsecond) }
	fmt.Fprintf(stdout, "%d calls of 2 KB, %d concurrent, protocol %s: p50 %s, p90 %s, p99 %s, max %s; %.0f calls/s, %.1f MB/s\n",
		*requests, *conc, *protocol, q(0.5), q(0.9), q(0.99), lat[len(lat)-1].Round(10*time.Microsecond),
		float64(*requests)/total.Seconds(), float64(*requests)*2048/total.Seconds()/1e6)
	return nil
}
