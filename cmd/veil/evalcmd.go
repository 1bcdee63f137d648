package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/eval"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
)

// stringList is a repeatable string flag.
type stringList []string

func (d *stringList) String() string     { return strings.Join(*d, ",") }
func (d *stringList) Set(v string) error { *d = append(*d, v); return nil }

var _ flag.Value = (*stringList)(nil)

// defaultDatasets are used when no --dataset is given and they exist beside the checkout.
var defaultDatasets = []string{"../shared/datasets/presidio-research/synth_dataset_v2.json"}

func runEval(ctx context.Context, args []string, _ io.Reader, stdout, _ io.Writer) error {
	fs := newFlags("eval", "eval [--dataset FILE ...] [--ner embedded|onnx|off] [--model-dir DIR] [--negative DIR|default] [--generated N] [--generate N] [--seed S] [--unknown-names] [--policy NAME|FILE] [--errors N] [--json]", stdout)
	var ds stringList
	fs.Var(&ds, "dataset", "labelled data: Presidio's JSON or Veil's JSONL spans (repeatable; default "+defaultDatasets[0]+" when neither --negative nor --generated is given)")
	policy := fs.String("policy", "strict", "count a finding only where this policy masks it")
	asJSON := fs.Bool("json", false, "print JSON instead of tables")
	generate := fs.Int("generate", 0, "write this many generated labelled samples (Veil JSONL spans) to stdout and exit")
	generated := fs.Int("generated", 0, "also evaluate on this many generated samples")
	seed := fs.Uint64("seed", 1, "seed for --generate and --generated")
	unknownNames := fs.Bool("unknown-names", false, "with --generate and --generated: give every person an invented name no word list holds, to measure how names the lists do not know are found")
	nerBackend := fs.String("ner", "embedded", "NER model: embedded (the perceptron), onnx (the shipped transformer, or --model-dir's) or off")
	modelDir := fs.String("model-dir", "", "with --ner onnx: a token-classification export to measure")
	errorsN := fs.Int("errors", 0, "after each table, list up to N missed and N spurious spans per type with what was found instead (prints the data's text: for development data only)")
	negative := fs.String("negative", "", "count false positives on the .txt files of this folder (text with no personal data), besides any --dataset; \"default\" is eval/testdata/negative")
	if err := parse(fs, args); err != nil {
		return err
	}
	generatedSamples := func(n int) []eval.Sample {
		ss := eval.NewGenerator(*seed).Samples(n)
		if *unknownNames {
			ss = eval.RenamePersons(ss, *seed)
		}
		return ss
	}
	if *generate > 0 {
		return eval.WriteJSONL(stdout, generatedSamples(*generate))
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
			return usagef("eval: give --dataset FILE, --negative DIR or --generated N")
		}
	}
	pol, err := policies.Load(*policy)
	if err != nil {
		return fmt.Errorf("%w: %w", errInvalid, err)
	}
	type sampleSet struct {
		name    string
		samples []eval.Sample
	}
	var sets []sampleSet
	for _, path := range ds {
		samples, err := eval.Load(path)
		if err != nil {
			return fmt.Errorf("%w: %w", errInvalid, err)
		}
		sets = append(sets, sampleSet{path, samples})
	}
	if *generated > 0 {
		name := fmt.Sprintf("generated (%d samples, seed %d)", *generated, *seed)
		if *unknownNames {
			name = fmt.Sprintf("generated (%d samples, seed %d, persons renamed)", *generated, *seed)
		}
		sets = append(sets, sampleSet{name, generatedSamples(*generated)})
	}
	keep := func(f redact.Finding) bool { return pol.Decide(f.Type, f.Score) != policies.Allow }
	nc := config.Default().NER
	nc.Backend, nc.ModelDir = *nerBackend, *modelDir
	switch nc.Backend {
	case config.NEREmbedded, config.NERONNX, config.NEROff:
	default:
		return usagef("eval: --ner %q: want embedded, onnx or off", nc.Backend)
	}
	det, release, err := newDetector(nc)
	if err != nil {
		return err
	}
	defer release()
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
	for _, set := range sets {
		rep, err := eval.Evaluate(ctx, det, set.samples, keep)
		if err != nil {
			return err
		}
		if *asJSON {
			types := map[string]any{}
			for t, c := range rep.PerType {
				types[t] = scores(*c)
			}
			out := map[string]any{"dataset": set.name, "policy": pol.Version(), "samples": rep.Samples, "overall": scores(rep.Overall),
				"unmasked_share": rep.UnmaskedShare(), "unscored": rep.Unscored, "types": types}
			if *errorsN > 0 {
				out["errors"] = rep.ErrorsPerType(*errorsN)
			}
			b, _ := json.Marshal(out)
			fmt.Fprintln(stdout, string(b))
			continue
		}
		rep.Print(stdout, set.name)
		if *errorsN > 0 {
			rep.PrintErrors(stdout, *errorsN)
		}
		fmt.Fprintln(stdout)
	}
	return nil
}

func scores(c eval.Counts) map[string]any {
	return map[string]any{"gold": c.Gold, "tp": c.TP, "fp": c.FP, "fn": c.FN, "precision": c.Precision(), "recall": c.Recall(), "f1": c.F(1), "f2": c.F(2), "unmasked_share": c.UnmaskedShare()}
}
