package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/veil-gateway/veil/eval"
	"github.com/veil-gateway/veil/ner"
	"github.com/veil-gateway/veil/redact"
)

func runNER(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stdout, "Usage:\n  veil ner train [--out FILE] [--epochs N] [--seed S] [--generated N] [--prune N] [--datasets DIR]   train the embedded model\n  veil ner serve [--listen ADDR] [--name NAME]   serve the NER model over the KServe v2 (Open Inference) protocol")
		if len(args) == 0 {
			return usagef("ner: say train or serve")
		}
		return nil
	}
	switch args[0] {
	case "train":
		return runNERTrain(ctx, args[1:], stdout, stderr)
	case "serve":
		return runNERServe(ctx, args[1:], stdout, stderr)
	}
	return usagef("ner: unknown subcommand %q (train or serve)", args[0])
}

// nerTypes are the types the embedded model learns.
var nerTypes = []string{"PERSON", "LOCATION", "ORGANIZATION", "NRP", "STREET_ADDRESS"}

// trainingData assembles the corpus the embedded model is trained on, from sources the project
// may redistribute: Presidio's generated_large.json, WNUT 2017 train and dev, and the eval
// generator. synth_dataset_v2.json, the benchmark, is never read. A tenth of generated_large,
// chosen by seed, is held out to calibrate scores and report development figures.
func trainingData(dir string, generated int, seed uint64) (train, heldOut []eval.Sample, err error) {
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
		return fmt.Errorf("training data (from --datasets %s): %w", *datasets, err)
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
	fs := newFlags("ner serve", "ner serve [--listen ADDR] [--name NAME]", stdout)
	listen := fs.String("listen", "127.0.0.1:8000", "address to listen on")
	name := fs.String("name", "veil-ner", "model name in the URL paths (/v2/models/NAME/infer)")
	if err := parse(fs, args); err != nil {
		return err
	}
	m, err := ner.Embedded()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: ner.Handler(*name, ner.Local(m)), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stderr, "veil ner serve: %s on http://%s/v2/models/%s (KServe v2), CPU\n", m, ln.Addr(), *name)
	return serveUntil(ctx, srv, ln, 5*time.Second, nil)
}
