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
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/finetune"
	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/proxy"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/tokenize"
)

func runRedact(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("redact", "redact [--config FILE] [--tenant ID] [--policy NAME|FILE] [--report FILE] [--manifest FILE] [--format jsonl|batch|text] [--skip-invalid] [--workers N] [--progress auto|always|never] [IN [OUT]]", stdout)
	cfgPath := fs.String("config", "", "YAML configuration file (default: embedded defaults)")
	tenant := fs.String("tenant", config.DefaultTenant, "tenant whose vault and keys to use")
	policy := fs.String("policy", "", "policy preset or file (default: the tenant's)")
	reportPath := fs.String("report", "", "write a JSON summary to this file")
	manifestPath := fs.String("manifest", "", "write a signed dataset manifest (Ed25519, key in data_dir/manifest.key) to this file")
	format := fs.String("format", "jsonl", "input format: jsonl (OpenAI fine-tuning or batch records, told apart by the first line), batch, or text")
	skip := fs.Bool("skip-invalid", false, "report malformed or blocked lines and go on, leaving them out of the output")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "lines are redacted in parallel batches on this many cores; output keeps input order")
	progress := fs.String("progress", "auto", "progress on stderr: auto (when it is a terminal), always or never")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkFormat("redact", *format, "jsonl", "batch", "text"); err != nil {
		return err
	}
	if *progress != "auto" && *progress != "always" && *progress != "never" {
		return usagef("redact: --progress must be auto, always or never, got %q", *progress)
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
	datasetGC()
	opt := finetune.Options{Redactor: eng.redactor, Tenant: *tenant, Policy: pol, SkipInvalid: *skip, Workers: *workers,
		BatchFields: proxy.BatchFields(), Format: map[string]string{"jsonl": finetune.FormatAuto, "batch": finetune.FormatBatch, "text": finetune.FormatText}[*format]}
	var bar *progressBar
	if *progress == "always" || *progress == "auto" && isTerminal(stderr) {
		bar = newProgressBar(stderr, inputSize(in))
		opt.Progress = bar.update
	}
	rep, err := finetune.Process(ctx, in, out, opt)
	if bar != nil {
		bar.finish()
	}
	if err != nil {
		if finetune.IsInvalid(err) {
			return fmt.Errorf("%w: %s: %v", errInvalid, inputName(fs.Args()), err)
		}
		if errors.Is(err, redact.ErrUnavailable) {
			return fmt.Errorf("%s: %w", inputName(fs.Args()), err) // "line 2: … ner: no answer within …"
		}
		return err
	}
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
	if *manifestPath != "" {
		key, err := finetune.LoadSigningKey(filepath.Join(cfg.DataDir, "manifest.key"))
		if err != nil {
			return err
		}
		m := finetune.NewManifest(*tenant, rep.Format, filepath.Base(inputName(fs.Args())), rep)
		if err := m.Sign(key); err != nil {
			return err
		}
		b, _ := json.MarshalIndent(m, "", "  ")
		if err := writeFileAtomic(*manifestPath, append(b, '\n')); err != nil {
			return err
		}
	}
	fmt.Fprintf(stderr, "veil redact: %d lines, %d changed, %d rejected in %.2fs (%.1f MB/s)\n", rep.Lines, rep.LinesChanged, len(rep.LinesRejected),
		rep.Seconds, float64(rep.BytesIn)/1e6/max(rep.Seconds, 1e-9))
	return nil
}

// datasetGC lets the heap grow to five times its live size between collections while a
// dataset streams through (unless GOGC says otherwise): the live heap is a few batches, so
// memory stays bounded, and a third less time goes to the collector.
func datasetGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

func newRunID() string { return fmt.Sprintf("run_%d", time.Now().UnixNano()) }

func inputName(args []string) string {
	if len(args) >= 1 && args[0] != "-" {
		return args[0]
	}
	return "stdin"
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
		line, end := finetune.SplitEnding(raw)
		if ferr := fn(n, line, end); ferr != nil {
			return ferr
		}
		if err == io.EOF {
			return nil
		}
	}
}

// checkFormat refuses a --format that is not one of formats.
func checkFormat(cmd, format string, formats ...string) error {
	if !slices.Contains(formats, format) {
		n := len(formats)
		return usagef("%s: --format must be %s or %s, got %q", cmd, strings.Join(formats[:n-1], ", "), formats[n-1], format)
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
	if err := checkFormat("rehydrate", *format, "jsonl", "text"); err != nil {
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
	}).WithSurrogates() // stand-ins the surrogate action minted come back too

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
