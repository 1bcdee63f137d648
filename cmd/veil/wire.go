package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"github.com/veil-gateway/veil/finetune"
	"github.com/veil-gateway/veil/ner"
	"github.com/veil-gateway/veil/proxy"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/config"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/tokenize"
	"github.com/veil-gateway/veil/vault"
	"github.com/veil-gateway/veil/vault/embedded"
)

// engine is everything between a request and its upstream, built from the configuration.
type engine struct {
	cfg      *config.Config
	vault    *vault.Vault
	detector *redact.Detector
	redactor *tokenize.Redactor
	finder   *tokenize.Finder
	audit    *audit.File
	release  func() // the NER backend
	registry *finetune.FileRegistry
}

func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		return config.Default(), nil
	}
	c, err := config.Load(path)
	if errors.Is(err, config.ErrInvalid) {
		return nil, fmt.Errorf("%w: %w", errInvalid, err)
	}
	return c, err
}

// openStore is the one place a vault backend is chosen.
func openStore(cfg *config.Config) (vault.Store, error) {
	switch {
	case cfg.Store == "":
		return embedded.Open(filepath.Join(cfg.DataDir, "vault"))
	default:
		return nil, fmt.Errorf("store %q: only the embedded store is available in this release", cfg.Store)
	}
}

// newDetector returns the recognizers with the NER backend the configuration chooses, and a
// function that releases the backend.
func newDetector(n config.NER) (*redact.Detector, func(), error) {
	opt := ner.Options{Deadline: n.Deadline, DeadlinePerMB: n.DeadlinePerMB, ScriptsAsIs: n.Scripts == "as_is"}
	switch n.Backend {
	case config.NEROff:
		return redact.NewDetector(redact.Patterns{}), func() {}, nil
	case config.NERRemote:
		ro := ner.RemoteOptions{URL: n.URL, Model: n.Model, MaxBatch: n.MaxBatch, MaxWait: n.MaxWait, MaxInFlight: n.MaxInFlight}
		if n.Protocol == "tensors" {
			tm, err := ner.LoadTensorModel(n.ModelDir)
			if err != nil {
				return nil, nil, err
			}
			ro.Tensors = tm
		}
		r := ner.NewRemote(ro)
		return redact.NewDetector(redact.Patterns{}, ner.NewRecognizer(r, opt)), func() { r.Close() }, nil
	case config.NERONNX:
		o, err := newONNX(n)
		if err != nil {
			return nil, nil, err
		}
		return redact.NewDetector(redact.Patterns{}, ner.NewRecognizer(o, opt)), func() { o.Close() }, nil
	}
	m, err := ner.Embedded()
	if err != nil {
		return nil, nil, fmt.Errorf("the embedded NER model: %w", err)
	}
	return redact.NewDetector(redact.Patterns{}, ner.NewRecognizer(ner.Local(m), opt)), func() {}, nil
}

// configDetector is the detector of commands that read text without a vault (detect, policy
// test): the recognizers and the NER backend of the configuration file at path, or of the
// embedded defaults (the embedded model) when path is empty.
func configDetector(path string) (*redact.Detector, func(), error) {
	cfg, err := loadConfig(path)
	if err != nil {
		return nil, nil, err
	}
	return newDetector(cfg.NER)
}

func openEngine(cfg *config.Config) (*engine, error) {
	key, err := vault.LoadMasterKey(cfg.MasterKeyFile)
	if err != nil {
		return nil, err
	}
	store, err := openStore(cfg)
	if err != nil {
		return nil, err
	}
	v, err := vault.New(store, key, 1<<16)
	if err != nil {
		store.Close()
		return nil, err
	}
	a, err := audit.OpenFile(filepath.Join(cfg.DataDir, "audit.jsonl"))
	if err != nil {
		v.Close()
		return nil, err
	}
	det, release, err := newDetector(cfg.NER)
	if err != nil {
		a.Close()
		v.Close()
		return nil, err
	}
	red := tokenize.NewRedactor(det, v)
	if cfg.NER.Backend == config.NERRemote {
		// a request's texts (a dataset batch's: 256 lines) go to the NER server together, to
		// share its batches; each waits a round trip. Against a fast server 256 at once ran a
		// dataset 20-40% faster than 64, and 1,024 little more for twice the memory
		red.SetParallel(256)
	}
	return &engine{cfg: cfg, vault: v, detector: det, redactor: red,
		finder: tokenize.NewFinder(policies.KnownTypes), audit: a, release: release}, nil
}

// datasets opens what the files, fine-tuning and batch routes need in data_dir: the registry of
// files that passed through (files.jsonl), the manifest signing key (manifest.key) and the
// spool folder for redacted uploads on their way (spool/, mode 0700).
func (e *engine) datasets() (*proxy.Datasets, error) {
	reg, err := finetune.OpenFileRegistry(filepath.Join(e.cfg.DataDir, "files.jsonl"))
	if err != nil {
		return nil, err
	}
	key, err := finetune.LoadSigningKey(filepath.Join(e.cfg.DataDir, "manifest.key"))
	if err != nil {
		reg.Close()
		return nil, err
	}
	spool := filepath.Join(e.cfg.DataDir, "spool")
	if err := os.MkdirAll(spool, 0o700); err != nil {
		reg.Close()
		return nil, err
	}
	// spool files of a run that was killed are unreadable without their in-memory keys
	if old, err := filepath.Glob(filepath.Join(spool, "veil-spool-*")); err == nil {
		for _, f := range old {
			os.Remove(f)
		}
	}
	e.registry = reg
	return &proxy.Datasets{Redactor: e.redactor, Registry: reg, ManifestKey: key, SpoolDir: spool}, nil
}

func (e *engine) Close() error {
	e.release()
	var rerr error
	if e.registry != nil {
		rerr = e.registry.Close()
	}
	return errors.Join(e.audit.Close(), e.vault.Close(), rerr)
}

// ready checks that the vault answers.
func (e *engine) ready(ctx context.Context) error { return e.vault.Ping(ctx) }

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	l.UnmarshalText([]byte(level))
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: l}))
}

// tenantPolicy resolves the policy for a command that takes --tenant and --policy.
func tenantPolicy(cfg *config.Config, tenant, policy string) (*policies.Policy, error) {
	if policy == "" {
		for _, t := range cfg.Tenants {
			if t.ID == tenant {
				policy = t.Policy
			}
		}
		if policy == "" {
			return nil, usagef("tenant %q is not in the configuration", tenant)
		}
	}
	p, err := policies.Load(policy)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errInvalid, err)
	}
	return p, nil
}

// nerDescription says, once at start, where names are found.
// newONNX starts the onnx backend, saying once at start when CUDA was asked for and the CPU
// runs the model instead.
func newONNX(n config.NER) (*ner.ONNX, error) {
	o, err := ner.NewONNX(ner.ONNXOptions{Dir: n.ModelDir, Library: n.Runtime, Device: n.Device, Threads: n.Threads})
	if err != nil {
		return nil, err
	}
	if o.Fallback != "" {
		slog.Warn("ner: CUDA is not available; the model runs on the CPU", "reason", o.Fallback)
	}
	return o, nil
}

func nerDescription(n config.NER) string {
	switch n.Backend {
	case config.NERONNX:
		where := "the shipped transformer"
		if n.ModelDir != "" {
			where = n.ModelDir
		}
		return fmt.Sprintf("onnx %s, device %s (deadline %s)", where, cmp.Or(n.Device, "cpu"), n.Deadline)
	case config.NEROff:
		return "off: recognizers only"
	case config.NERRemote:
		return fmt.Sprintf("remote KServe v2 %s model %s, protocol %s (batch %d, wait %s, in flight %d, deadline %s)", n.URL, n.Model, cmp.Or(n.Protocol, "text"), n.MaxBatch, n.MaxWait, n.MaxInFlight, n.Deadline)
	}
	return fmt.Sprintf("embedded perceptron on CPU (deadline %s)", n.Deadline)
}
