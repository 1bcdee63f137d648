package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/tokenize"
)

// fineTuneFields are the text-bearing fields of OpenAI fine-tuning records: chat, legacy
// prompt/completion, and preference (DPO) pairs.
var fineTuneFields = jsonscan.Fields{
	jsonscan.F(jsonscan.Text, "messages", "#", "content"),
	jsonscan.F(jsonscan.Text, "messages", "#", "content", "#", "text"),
	jsonscan.F(jsonscan.JSONText, "messages", "#", "tool_calls", "#", "function", "arguments"),
	jsonscan.F(jsonscan.JSONText, "messages", "#", "function_call", "arguments"),
	jsonscan.F(jsonscan.Text, "prompt"),
	jsonscan.F(jsonscan.Text, "completion"),
	jsonscan.F(jsonscan.Text, "input", "messages", "#", "content"),
	jsonscan.F(jsonscan.Text, "input", "messages", "#", "content", "#", "text"),
	jsonscan.F(jsonscan.JSONText, "input", "messages", "#", "tool_calls", "#", "function", "arguments"),
	jsonscan.F(jsonscan.Text, "preferred_output", "#", "content"),
	jsonscan.F(jsonscan.JSONText, "preferred_output", "#", "tool_calls", "#", "function", "arguments"),
	jsonscan.F(jsonscan.Text, "non_preferred_output", "#", "content"),
	jsonscan.F(jsonscan.JSONText, "non_preferred_output", "#", "tool_calls", "#", "function", "arguments"),
}

// report is the summary `veil redact --report` writes.
type report struct {
	Lines         int             `json:"lines"`
	LinesChanged  int             `json:"lines_changed"`
	LinesRejected []rejected      `json:"lines_rejected"`
	Findings      []audit.Finding `json:"findings"`
	Policy        string          `json:"policy_version"`
	Seconds       float64         `json:"seconds"`
}

type rejected struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
}

// batchLines is how many lines share one vault write.
const batchLines = 256

func runRedact(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("redact", "redact [--config FILE] [--tenant ID] [--policy NAME|FILE] [--report FILE] [--format jsonl|text] [--skip-invalid] [IN [OUT]]", stdout)
	cfgPath := fs.String("config", "", "YAML configuration file (default: embedded defaults)")
	tenant := fs.String("tenant", config.DefaultTenant, "tenant whose vault and keys to use")
	policy := fs.String("policy", "", "policy preset or file (default: the tenant's)")
	reportPath := fs.String("report", "", "write a JSON summary to this file")
	format := fs.String("format", "jsonl", "input format: jsonl (OpenAI fine-tuning records) or text")
	skip := fs.Bool("skip-invalid", false, "report malformed or blocked lines and go on, leaving them out of the output")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat("redact", *format); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	pol, err := tenantPolicy(cfg, *tenant, *policy)
	if err != nil {
		return err
	}
	in, out, commit, eng, err := openOffline(cfg, fs.Args(), stdin, stdout)
	if err != nil {
		return err
	}
	defer eng.Close()
	defer commit(false)
	start := time.Now()
	rep := &report{Policy: pol.Version(), LinesRejected: []rejected{}}
	counts := map[tokenize.Count]int{}
	r := &lineRedactor{ctx: ctx, eng: eng, tenant: *tenant, pol: pol, text: *format == "text", skip: *skip, rep: rep, counts: counts, out: out}
	if err := r.run(in); err != nil {
		return err
	}
	rep.Seconds = time.Since(start).Seconds()
	for c, n := range counts {
		rep.Findings = append(rep.Findings, audit.Finding{Type: c.Type, Action: string(c.Action), Count: n})
	}
	slices.SortFunc(rep.Findings, func(a, b audit.Finding) int { return strings.Compare(a.Type+a.Action, b.Type+b.Action) })
	if err := eng.audit.Write(ctx, &audit.Record{Time: time.Now().UTC(), Tenant: *tenant, RequestID: newRunID(), Phase: audit.PhaseDecision,
		Route: "cli/redact", PolicyVersion: pol.Version(), Decision: audit.Completed, Findings: rep.Findings}); err != nil {
		return err
	}
	if err := commit(true); err != nil {
		return err
	}
	if *reportPath != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := writeFileAtomic(*reportPath, append(b, '\n')); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "veil redact: %d lines, %d changed, %d rejected in %.2fs\n", rep.Lines, rep.LinesChanged, len(rep.LinesRejected), rep.Seconds)
	return nil
}

func newRunID() string { return fmt.Sprintf("run_%d", time.Now().UnixNano()) }

// lineRedactor redacts a file line by line, batching lines so they share one vault write.
type lineRedactor struct {
	ctx    context.Context
	eng    *engine
	tenant string
	pol    *policies.Policy
	text   bool
	skip   bool
	rep    *report
	counts map[tokenize.Count]int
	out    *bufio.Writer
}

type line struct {
	n     int
	raw   []byte
	end   string // the line ending as read
	texts []string
}

func (r *lineRedactor) run(in io.Reader) error {
	var batch []line
	err := eachLine(in, func(n int, raw []byte, end string) error {
		ln := line{n: n, raw: raw, end: end}
		if bad := r.prepare(&ln); bad != nil {
			return r.reject(ln.n, bad)
		}
		batch = append(batch, ln)
		if len(batch) >= batchLines {
			err := r.flush(batch)
			batch = batch[:0]
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := r.flush(batch); err != nil {
		return err
	}
	return r.out.Flush()
}

// eachLine calls fn for every line of in, numbered from 1, without its line ending (which is
// passed as end: "\n", "\r\n" or "" for a last line without one).
func eachLine(in io.Reader, fn func(n int, line []byte, end string) error) error {
	br := bufio.NewReaderSize(in, 1<<20)
	for n := 1; ; n++ {
		raw, err := br.ReadBytes('\n')
		if len(raw) == 0 && err == io.EOF {
			return nil
		}
		if err != nil && err != io.EOF {
			return err
		}
		line, end := splitEnding(raw)
		if ferr := fn(n, line, end); ferr != nil {
			return ferr
		}
		if err == io.EOF {
			return nil
		}
	}
}

func splitEnding(b []byte) ([]byte, string) {
	switch {
	case len(b) >= 2 && string(b[len(b)-2:]) == "\r\n":
		return b[:len(b)-2], "\r\n"
	case len(b) >= 1 && b[len(b)-1] == '\n':
		return b[:len(b)-1], "\n"
	}
	return b, ""
}

// prepare collects a line's texts, or says why the line is malformed.
func (r *lineRedactor) prepare(ln *line) error {
	r.rep.Lines++
	if r.text {
		ln.texts = []string{string(ln.raw)}
		return nil
	}
	if len(strings.TrimSpace(string(ln.raw))) == 0 {
		return errors.New("empty line")
	}
	texts, err := fineTuneFields.Collect(ln.raw, nil)
	if err != nil {
		return err
	}
	ln.texts = texts
	return nil
}

func (r *lineRedactor) reject(n int, why error) error {
	if !r.skip {
		return fmt.Errorf("%w: line %d: %v", errInvalid, n, why)
	}
	r.rep.LinesRejected = append(r.rep.LinesRejected, rejected{Line: n, Reason: why.Error()})
	return nil
}

// flush redacts a batch of lines with one vault write and writes them out in order.
func (r *lineRedactor) flush(batch []line) error {
	if len(batch) == 0 {
		return nil
	}
	var texts []string
	for _, ln := range batch {
		texts = append(texts, ln.texts...)
	}
	out, err := r.eng.redactor.Redact(r.ctx, r.tenant, r.pol, texts)
	if err != nil {
		return err
	}
	if len(out.Blocked) > 0 {
		if len(batch) == 1 {
			if err := r.reject(batch[0].n, fmt.Errorf("policy %s blocks %s", r.pol.Name, blockedSummary(out.Blocked))); err != nil {
				return err
			}
			return nil
		}
		for _, ln := range batch { // find the blocked lines one by one
			if err := r.flush([]line{ln}); err != nil {
				return err
			}
		}
		return nil
	}
	for c, n := range out.Counts {
		r.counts[c] += n
	}
	k := 0
	for _, ln := range batch {
		texts := out.Texts[k : k+len(ln.texts)]
		k += len(ln.texts)
		var b []byte
		if r.text {
			b = []byte(texts[0])
		} else if b, err = fineTuneFields.Rewrite(ln.raw, texts); err != nil {
			return fmt.Errorf("line %d: %w", ln.n, err)
		}
		if string(b) != string(ln.raw) {
			r.rep.LinesChanged++
		}
		r.out.Write(b)
		r.out.WriteString(ln.end)
	}
	return nil
}

func blockedSummary(blocked map[string]int) string {
	var parts []string
	for t, n := range blocked {
		parts = append(parts, fmt.Sprintf("%s x%d", t, n))
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}

func checkFormat(cmd, format string) error {
	if format != "jsonl" && format != "text" {
		return usagef("%s: --format must be jsonl or text, got %q", cmd, format)
	}
	return nil
}

// openOffline opens what redact and rehydrate share: IN and OUT (see openFiles) and the engine.
// On error nothing is left open or half-written.
func openOffline(cfg *config.Config, args []string, stdin io.Reader, stdout io.Writer) (io.Reader, *bufio.Writer, func(bool) error, *engine, error) {
	in, out, commit, err := openFiles(args, stdin, stdout)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	eng, err := openEngine(cfg)
	if err != nil {
		commit(false)
		return nil, nil, nil, nil, err
	}
	return in, out, commit, eng, nil
}

// openFiles opens IN (or stdin) and OUT (or stdout). Output to a file goes to a temporary file
// beside it that commit(true) renames into place; commit(false) removes it, so an interrupted
// run leaves no half-written output.
func openFiles(args []string, stdin io.Reader, stdout io.Writer) (io.Reader, *bufio.Writer, func(bool) error, error) {
	if len(args) > 2 {
		return nil, nil, nil, usagef("at most two arguments (IN and OUT), got %d", len(args))
	}
	in := stdin
	closeIn := func() {}
	if len(args) >= 1 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return nil, nil, nil, usagef("%v", err)
		}
		in, closeIn = f, func() { f.Close() }
	}
	if len(args) < 2 || args[1] == "-" {
		w := bufio.NewWriterSize(stdout, 1<<20)
		return in, w, func(ok bool) error {
			closeIn()
			if ok {
				return w.Flush()
			}
			return nil
		}, nil
	}
	dst := args[1]
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".veil-*")
	if err != nil {
		closeIn()
		return nil, nil, nil, err
	}
	w := bufio.NewWriterSize(tmp, 1<<20)
	done := false
	return in, w, func(ok bool) error {
		if done {
			return nil
		}
		done = true
		closeIn()
		if !ok {
			tmp.Close()
			os.Remove(tmp.Name())
			return nil
		}
		return commitTemp(tmp, dst, w.Flush)
	}, nil
}

// writeFileAtomic writes data to path through a temporary file beside it.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".veil-*")
	if err != nil {
		return err
	}
	return commitTemp(tmp, path, func() error { _, err := tmp.Write(data); return err })
}

// commitTemp finishes the temporary file tmp (finish writes what is left), syncs it to disk and
// renames it to dst. On any failure tmp is removed and dst is left as it was.
func commitTemp(tmp *os.File, dst string, finish func() error) error {
	err := finish()
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

func runRehydrate(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("rehydrate", "rehydrate [--config FILE] [--tenant ID] [--format jsonl|text] [IN [OUT]]", stdout)
	cfgPath := fs.String("config", "", "YAML configuration file (default: embedded defaults)")
	tenant := fs.String("tenant", config.DefaultTenant, "tenant whose vault to read")
	format := fs.String("format", "jsonl", "input format: jsonl or text")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat("rehydrate", *format); err != nil {
		return err
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	in, out, commit, eng, err := openOffline(cfg, fs.Args(), stdin, stdout)
	if err != nil {
		return err
	}
	defer eng.Close()
	defer commit(false)
	rh := tokenize.NewRehydrator(eng.finder, func(ctx context.Context, toks []string) (map[string]string, error) {
		return eng.vault.Resolve(ctx, *tenant, toks)
	})
	err = eachLine(in, func(n int, body []byte, end string) error {
		var res []byte
		if *format == "text" {
			s, err := rh.Text(ctx, string(body), false)
			if err != nil {
				return fmt.Errorf("line %d: %w", n, err)
			}
			res = []byte(s)
		} else if res, err = rh.JSON(ctx, body); err != nil {
			if errors.Is(err, jsonscan.ErrMalformed) {
				return fmt.Errorf("%w: line %d: %v", errInvalid, n, err)
			}
			return fmt.Errorf("line %d: %w", n, err)
		}
		out.Write(res)
		out.WriteString(end)
		return nil
	})
	if err != nil {
		return err
	}
	return commit(true)
}
