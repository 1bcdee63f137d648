package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
)

// finding is a detection as `veil detect` prints it, with offsets in code points.
type finding struct {
	Type   string  `json:"type"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Score  float64 `json:"score"`
	Source string  `json:"source"`
	Action string  `json:"action,omitempty"`
}

// codePoints converts byte-offset findings to code-point offsets, in one pass over the text.
func codePoints(text string, fs []redact.Finding, pol *policies.Policy) []finding {
	out := make([]finding, 0, len(fs))
	cp, at := 0, 0 // code points before byte offset at
	advance := func(to int) int {
		cp += utf8.RuneCountInString(text[at:to])
		at = to
		return cp
	}
	for _, f := range fs {
		d := finding{Type: f.Type, Start: advance(f.Start), End: advance(f.End), Score: f.Score, Source: f.Source}
		if pol != nil {
			a := pol.Decide(f.Type, f.Score)
			if a == policies.Allow {
				continue
			}
			d.Action = string(a)
		}
		out = append(out, d)
	}
	return out
}

func runDetect(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("detect", "detect [--config FILE] [--policy NAME|FILE] [--format jsonl|text] [IN]", stdout)
	cfgPath := fs.String("config", "", "YAML configuration file whose ner settings to use (default: embedded defaults)")
	policy := fs.String("policy", "", "only report findings this policy acts on, with the action")
	format := fs.String("format", "jsonl", `input format: jsonl ({"text": "..."} per line) or text (one text per line)`)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("detect takes at most one input file")
	}
	var pol *policies.Policy
	if *policy != "" {
		p, err := policies.Load(*policy)
		if err != nil {
			return fmt.Errorf("%w: %w", errInvalid, err)
		}
		pol = p
	}
	in := stdin
	name := "stdin"
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return usagef("%v", err)
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	}
	det, release, err := configDetector(*cfgPath)
	if err != nil {
		return err
	}
	defer release()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return eachLine(in, func(n int, body []byte, _ string) error {
		text := string(body)
		if *format == "jsonl" {
			var rec struct {
				Text *string `json:"text"`
			}
			if err := json.Unmarshal(body, &rec); err != nil || rec.Text == nil {
				return fmt.Errorf("%w: %s:%d: want a JSON object with a \"text\" string", errInvalid, name, n)
			}
			text = *rec.Text
		}
		fs, err := det.Detect(ctx, text)
		if err != nil {
			if errors.Is(err, redact.ErrInvalidInput) {
				return fmt.Errorf("%w: %s:%d: %v", errInvalid, name, n, err)
			}
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
		return enc.Encode(map[string]any{"findings": codePoints(text, fs, pol)})
	})
}

func runPolicy(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stdout, "Usage:\n  veil policy validate FILE            report every problem in a policy file, with line numbers\n  veil policy test [--config FILE] --policy NAME|FILE [TEXT|FILE]   show each finding and the action the policy takes\n  veil policy types [--policy NAME|FILE ...]          every entity type, what it catches, and each policy's action\n\nPresets: "+strings.Join(policies.Presets(), ", "))
		if len(args) == 0 {
			return usagef("policy: say validate or test")
		}
		return nil
	}
	switch args[0] {
	case "validate":
		fs := newFlags("policy validate", "policy validate FILE", stdout)
		if err := parse(fs, args[1:]); err != nil {
			return err
		}
		if fs.NArg() != 1 {
			return usagef("policy validate takes one file")
		}
		p, err := policies.Load(fs.Arg(0))
		if err != nil {
			return fmt.Errorf("%w: %w", errInvalid, err)
		}
		fmt.Fprintf(stdout, "%s: valid (policy %s, version %s)\n", fs.Arg(0), p.Name, p.Version())
		return nil
	case "test":
		return runPolicyTest(ctx, args[1:], stdin, stdout)
	case "types":
		return runPolicyTypes(args[1:], stdout)
	}
	return usagef("policy: unknown subcommand %q (validate or test)", args[0])
}

func runPolicyTest(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	fs := newFlags("policy test", "policy test [--config FILE] --policy NAME|FILE [TEXT|FILE]", stdout)
	policy := fs.String("policy", "", "policy preset or file (required)")
	cfgPath := fs.String("config", "", "YAML configuration file whose ner settings to use (default: embedded defaults)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *policy == "" {
		return usagef("policy test needs --policy")
	}
	pol, err := policies.Load(*policy)
	if err != nil {
		return fmt.Errorf("%w: %w", errInvalid, err)
	}
	var text string
	switch arg := strings.Join(fs.Args(), " "); {
	case arg == "" || arg == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		text = string(b)
	default:
		if b, err := os.ReadFile(arg); err == nil && fs.NArg() == 1 {
			text = string(b)
		} else {
			text = arg
		}
	}
	det, release, err := configDetector(*cfgPath)
	if err != nil {
		return err
	}
	defer release()
	fnd, err := det.Detect(ctx, text)
	if err != nil {
		if errors.Is(err, redact.ErrInvalidInput) {
			return fmt.Errorf("%w: %v", errInvalid, err)
		}
		return err
	}
	fmt.Fprintf(stdout, "policy %s (%s): %d findings; nothing was sent anywhere\n", pol.Name, pol.Version(), len(fnd))
	var b strings.Builder
	last := 0
	for _, f := range fnd {
		a := pol.Decide(f.Type, f.Score)
		fmt.Fprintf(stdout, "  %-16s %-9s score %.2f  bytes %d-%d  %q\n", f.Type, a, f.Score, f.Start, f.End, text[f.Start:f.End])
		b.WriteString(text[last:f.Start])
		if a == policies.Allow {
			b.WriteString(text[f.Start:f.End])
		} else {
			fmt.Fprintf(&b, "<%s:%s>", f.Type, a)
		}
		last = f.End
	}
	b.WriteString(text[last:])
	fmt.Fprintf(stdout, "result:\n%s\n", strings.TrimRight(b.String(), "\n"))
	return nil
}

// runPolicyTypes prints the entity catalogue as a Markdown table with each policy's action.
func runPolicyTypes(args []string, stdout io.Writer) error {
	fs := newFlags("policy types", "policy types [--policy NAME|FILE ...]", stdout)
	var names stringList
	fs.Var(&names, "policy", "policies to show (repeatable; default the presets)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if len(names) == 0 {
		names = []string{"strict", "hipaa", "gdpr", "pci"}
	}
	var pols []*policies.Policy
	for _, n := range names {
		p, err := policies.Load(n)
		if err != nil {
			return fmt.Errorf("%w: %w", errInvalid, err)
		}
		pols = append(pols, p)
	}
	fmt.Fprint(stdout, "| type | catches | validation |")
	for _, p := range pols {
		fmt.Fprintf(stdout, " %s |", p.Name)
	}
	fmt.Fprint(stdout, "\n|---|---|---|")
	for range pols {
		fmt.Fprint(stdout, "---|")
	}
	fmt.Fprintln(stdout)
	for _, t := range redact.Catalogue {
		fmt.Fprintf(stdout, "| `%s` | %s | %s |", t.Name, t.Catches, t.Validation)
		for _, p := range pols {
			fmt.Fprintf(stdout, " %s |", p.Decide(t.Name, 1))
		}
		fmt.Fprintln(stdout)
	}
	return nil
}
