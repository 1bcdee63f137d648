package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/veil-gateway/veil/eval"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
)

// datasets is a repeatable --dataset flag.
type datasets []string

func (d *datasets) String() string     { return strings.Join(*d, ",") }
func (d *datasets) Set(v string) error { *d = append(*d, v); return nil }

var _ flag.Value = (*datasets)(nil)

// defaultDatasets are used when no --dataset is given and they exist beside the checkout.
var defaultDatasets = []string{"../shared/datasets/presidio-research/synth_dataset_v2.json"}

func runEval(ctx context.Context, args []string, _ io.Reader, stdout, _ io.Writer) error {
	fs := newFlags("eval", "eval [--dataset FILE ...] [--policy NAME|FILE] [--json]", stdout)
	var ds datasets
	fs.Var(&ds, "dataset", "labelled data: Presidio's JSON or Veil's JSONL spans (repeatable; default "+defaultDatasets[0]+")")
	policy := fs.String("policy", "strict", "count a finding only where this policy masks it")
	asJSON := fs.Bool("json", false, "print JSON instead of tables")
	generate := fs.Int("generate", 0, "write this many generated labelled samples (Veil JSONL spans) to stdout and exit")
	generated := fs.Int("generated", 0, "also evaluate on this many generated samples")
	seed := fs.Uint64("seed", 1, "seed for --generate and --generated")
	negative := fs.String("negative", "", "also count false positives on the .txt files of this folder (text with no personal data); \"default\" is eval/testdata/negative")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *generate > 0 {
		g := eval.NewGenerator(*seed)
		samples := make([]eval.Sample, *generate)
		for i := range samples {
			samples[i] = g.Sample()
		}
		return eval.WriteJSONL(stdout, samples)
	}
	ds = append(ds, fs.Args()...)
	if *negative == "default" {
		*negative = "eval/testdata/negative"
	}
	if len(ds) == 0 && *generated == 0 && *negative == "" {
		for _, d := range defaultDatasets {
			if _, err := os.Stat(d); err == nil {
				ds = append(ds, d)
			}
		}
		if len(ds) == 0 {
			return usagef("eval: give --dataset FILE")
		}
	}
	pol, err := policies.Load(*policy)
	if err != nil {
		return fmt.Errorf("%w: %w", errInvalid, err)
	}
	keep := func(f redact.Finding) bool { return pol.Decide(f.Type, f.Score) != policies.Allow }
	det := newDetector()
	if *generated > 0 {
		ds = append(ds, fmt.Sprintf("generated:%d:%d", *generated, *seed))
	}
	if *negative != "" {
		fp, err := eval.FalsePositives(ctx, det, *negative, keep)
		if err != nil {
			return fmt.Errorf("%w: %w", errInvalid, err)
		}
		if *asJSON {
			b, _ := json.Marshal(map[string]any{"negative": *negative, "bytes": fp.Bytes, "false_positives": fp.PerType, "per_100kb": fp.Per100KB()})
			fmt.Fprintln(stdout, string(b))
		} else {
			fp.Print(stdout, *negative)
			fmt.Fprintln(stdout)
		}
	}
	for _, path := range ds {
		var samples []eval.Sample
		if _, err := fmt.Sscanf(path, "generated:%d:%d", generated, seed); err == nil {
			g := eval.NewGenerator(*seed)
			for range *generated {
				samples = append(samples, g.Sample())
			}
		} else if samples, err = eval.Load(path); err != nil {
			return fmt.Errorf("%w: %w", errInvalid, err)
		}
		rep, err := eval.Evaluate(ctx, det, samples, keep)
		if err != nil {
			return err
		}
		if *asJSON {
			out := map[string]any{"dataset": path, "policy": pol.Version(), "samples": rep.Samples, "overall": scores(rep.Overall),
				"unmasked_share": rep.UnmaskedShare(), "unscored": rep.Unscored, "types": map[string]any{}}
			for t, c := range rep.PerType {
				out["types"].(map[string]any)[t] = scores(*c)
			}
			b, _ := json.Marshal(out)
			fmt.Fprintln(stdout, string(b))
			continue
		}
		rep.Print(stdout, path)
		fmt.Fprintln(stdout)
	}
	return nil
}

func scores(c eval.Counts) map[string]any {
	return map[string]any{"gold": c.Gold, "tp": c.TP, "fp": c.FP, "fn": c.FN, "precision": c.Precision(), "recall": c.Recall(), "f1": c.F(1), "f2": c.F(2)}
}
