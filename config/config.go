// Package config decodes, defaults and validates Veil's YAML configuration.
package config

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/yamlline"
)

// ErrInvalid classifies a configuration that does not validate.
var ErrInvalid = errors.New("invalid configuration")

// Preview is the base_url of the built-in upstream that answers with exactly what it received.
const Preview = "preview"

// Config is the whole configuration file.
type Config struct {
	Listen        string     `yaml:"listen"`
	DataDir       string     `yaml:"data_dir"`
	Store         string     `yaml:"store"`
	MasterKeyFile string     `yaml:"master_key_file"`
	Upstreams     []Upstream `yaml:"upstreams"`
	Tenants       []Tenant   `yaml:"tenants"`
	Limits        Limits     `yaml:"limits"`
	Timeouts      Timeouts   `yaml:"timeouts"`
	LogLevel      string     `yaml:"log_level"`
	NER           NER        `yaml:"ner"`

	source string     // file name, for messages
	root   *yaml.Node // for line numbers
}

// Upstream is a model API Veil forwards to.
type Upstream struct {
	Name      string `yaml:"name"`
	BaseURL   string `yaml:"base_url"`
	APIKeyEnv string `yaml:"api_key_env"`
}

// Tenant is one customer of the gateway: its client keys, its upstream and its policy.
type Tenant struct {
	ID       string   `yaml:"id"`
	APIKeys  []string `yaml:"api_keys"`
	Upstream string   `yaml:"upstream"`
	Policy   string   `yaml:"policy"`
}

// NER chooses the named-entity model that finds names, places and organisations.
type NER struct {
	// Backend is "embedded" (the perceptron inside the binary, the default), "onnx" (a
	// transformer token classifier through ONNX Runtime: the shipped one or model_dir's),
	// "remote" (a KServe v2 server at URL) or "off" (recognizers only).
	Backend string `yaml:"backend"`
	// ModelDir holds a Hugging Face-style token-classification export (model.onnx, vocab.txt or
	// tokenizer.json, config.json with id2label): onnx runs it; remote with protocol tensors
	// tokenizes for it. Empty: the transformer shipped in the binary.
	ModelDir string `yaml:"model_dir"`
	Runtime  string `yaml:"runtime"` // onnx: path to libonnxruntime.so.1 (default $VEIL_ONNXRUNTIME_LIB, then the loader's path)
	Device   string `yaml:"device"`  // onnx: cpu (default) or cuda, which falls back to the CPU and says so at start
	Threads  int    `yaml:"threads"` // onnx: intra-op threads per call (default 1)
	// Protocol is what a remote server speaks: "text" (default: veil ner serve, texts in and
	// spans out) or "tensors" (Triton serving model.onnx: Veil tokenizes, sends input_ids and
	// attention_mask, and decodes the logits).
	Protocol string        `yaml:"protocol"`
	URL      string        `yaml:"url"`      // remote: base URL of a KServe v2 / Triton server
	Model    string        `yaml:"model"`    // remote: model name (default veil-ner)
	Deadline time.Duration `yaml:"deadline"` // per text; past it the policy's fail_mode decides (default 200ms)
	// DeadlinePerMB adds to Deadline for each megabyte of a text (default 1s), so that a long
	// document is read in the time its length takes rather than refused at a message's bound.
	DeadlinePerMB time.Duration `yaml:"deadline_per_mb"`
	MaxBatch      int           `yaml:"max_batch"` // remote: texts per batched call (default 32)
	MaxWait       time.Duration `yaml:"max_wait"`  // remote: longest wait to fill a batch (default 2ms)
	// MaxInFlight is how many batched calls may be at a remote server before new texts wait to
	// fill a batch (default 2; -1: never, a batch goes only when full or after max_wait).
	MaxInFlight int `yaml:"max_in_flight"`
	// Scripts is how a name written in another script inside Latin text reaches the backend:
	// "stand_in" (default: as a Latin stand-in, which a model trained on Latin text can read) or
	// "as_is" (for a multilingual model_dir or server that reads the scripts themselves).
	Scripts string `yaml:"scripts"`
}

// NER backends.
const (
	NEREmbedded = "embedded"
	NERONNX     = "onnx"
	NERRemote   = "remote"
	NEROff      = "off"
)

// Limits bound what a client may send.
type Limits struct {
	MaxBodyBytes int64 `yaml:"max_body_bytes"`
}

// Timeouts bound how long Veil waits.
type Timeouts struct {
	Upstream        time.Duration `yaml:"upstream"`         // a whole upstream exchange, streams included
	UpstreamConnect time.Duration `yaml:"upstream_connect"` // dialling and TLS
	ClientRead      time.Duration `yaml:"client_read"`      // reading a client's request
	Idle            time.Duration `yaml:"idle"`             // keep-alive between a client's requests
}

// Defaults.
const (
	DefaultListen       = "127.0.0.1:8080"
	DefaultDataDir      = "./veil-data"
	DefaultMaxBodyBytes = 16 << 20
	DefaultTenant       = "default"
)

// Default returns the configuration `veil serve` runs with when given no file: one tenant that
// needs no key on loopback, the strict policy, and OpenAI (or OPENAI_BASE_URL), or the preview
// upstream when OPENAI_API_KEY is not set.
func Default() *Config {
	base := os.Getenv("OPENAI_BASE_URL")
	if base == "" {
		base = "https://api.openai.com/v1"
	}
	if os.Getenv("OPENAI_API_KEY") == "" && os.Getenv("OPENAI_BASE_URL") == "" {
		base = Preview
	}
	c := &Config{
		Upstreams: []Upstream{{Name: "openai", BaseURL: base, APIKeyEnv: "OPENAI_API_KEY"}},
		Tenants:   []Tenant{{ID: DefaultTenant, Upstream: "openai", Policy: "strict"}},
		source:    "defaults",
	}
	c.applyDefaults()
	return c
}

// Load reads, decodes, defaults and validates the file at path.
func Load(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, b)
}

// Parse decodes, defaults and validates a configuration document.
func Parse(source string, data []byte) (*Config, error) {
	c := &Config{source: source}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, source, err)
	}
	c.root = &root
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var errs []error
	if err := dec.Decode(c); err != nil {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, source, err)
		}
		for _, e := range te.Errors {
			errs = append(errs, fmt.Errorf("%s: %s", source, e))
		}
	}
	c.applyDefaults()
	if err := c.Validate(); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
	}
	return c, nil
}

func (c *Config) applyDefaults() {
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.DataDir == "" {
		c.DataDir = DefaultDataDir
	}
	if c.MasterKeyFile == "" {
		c.MasterKeyFile = filepath.Join(c.DataDir, "master.key")
	}
	if c.Limits.MaxBodyBytes == 0 {
		c.Limits.MaxBodyBytes = DefaultMaxBodyBytes
	}
	t := &c.Timeouts
	for _, d := range []struct {
		p *time.Duration
		v time.Duration
	}{{&t.Upstream, 10 * time.Minute}, {&t.UpstreamConnect, 10 * time.Second}, {&t.ClientRead, time.Minute}, {&t.Idle, 2 * time.Minute}} {
		if *d.p == 0 {
			*d.p = d.v
		}
	}
	if c.LogLevel == "" {
		c.LogLevel = "info"
	}
	n := &c.NER
	if n.Backend == "" {
		n.Backend = NEREmbedded
	}
	if n.Model == "" {
		n.Model = "veil-ner"
	}
	if n.Deadline == 0 {
		n.Deadline = 200 * time.Millisecond
	}
	if n.DeadlinePerMB == 0 {
		n.DeadlinePerMB = time.Second
	}
	if n.MaxBatch == 0 {
		n.MaxBatch = 32
	}
	if n.MaxWait == 0 {
		n.MaxWait = 2 * time.Millisecond
	}
	if n.MaxInFlight == 0 {
		n.MaxInFlight = 2
	}
	for i := range c.Tenants {
		if c.Tenants[i].Policy == "" {
			c.Tenants[i].Policy = "strict"
		}
		if c.Tenants[i].Upstream == "" && len(c.Upstreams) == 1 {
			c.Tenants[i].Upstream = c.Upstreams[0].Name
		}
	}
}

var tenantID = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,62}$`)

// Validate reports every problem in the configuration at once. It reads policy files named by
// tenants, and nothing else.
func (c *Config) Validate() error {
	var errs []error
	add := func(path []string, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", c.source, c.line(path...), fmt.Sprintf(format, args...)))
	}
	host, _, err := net.SplitHostPort(c.Listen)
	if err != nil {
		add([]string{"listen"}, "listen %q: want host:port", c.Listen)
	}
	loopback := isLoopback(host)
	if c.Store != "" && !strings.HasPrefix(c.Store, "postgres://") && !strings.HasPrefix(c.Store, "postgresql://") {
		add([]string{"store"}, "store must be a postgres:// DSN or empty")
	} else if c.Store != "" {
		add([]string{"store"}, "the PostgreSQL store is not available in this release; leave store empty for the embedded store")
	}
	switch n := c.NER; n.Backend {
	case NEREmbedded, NEROff:
	case NERONNX:
		if d := strings.ToLower(n.Device); d != "" && d != "cpu" && d != "cuda" {
			add([]string{"ner", "device"}, "ner.device %q must be cpu or cuda", n.Device)
		}
	case NERRemote:
		if n.Protocol != "" && n.Protocol != "text" && n.Protocol != "tensors" {
			add([]string{"ner", "protocol"}, "ner.protocol %q must be text or tensors", n.Protocol)
		}
		if pu, err := url.Parse(n.URL); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			add([]string{"ner", "url"}, "ner.url %q: want the http(s) URL of a KServe v2 server", n.URL)
		}
	default:
		add([]string{"ner", "backend"}, "ner.backend %q must be embedded, onnx, remote or off", n.Backend)
	}
	if s := c.NER.Scripts; s != "" && s != "stand_in" && s != "as_is" {
		add([]string{"ner", "scripts"}, "ner.scripts %q must be stand_in or as_is", s)
	}
	if c.NER.Deadline < 0 || c.NER.DeadlinePerMB < 0 || c.NER.MaxWait < 0 || c.NER.MaxBatch < 0 || c.NER.Threads < 0 {
		add([]string{"ner"}, "ner: deadline, deadline_per_mb, max_wait, max_batch and threads must not be negative")
	}
	if c.NER.MaxInFlight < -1 {
		add([]string{"ner", "max_in_flight"}, "ner.max_in_flight %d must be -1 (off) or more", c.NER.MaxInFlight)
	}
	names := map[string]bool{}
	if len(c.Upstreams) == 0 {
		add([]string{"upstreams"}, "at least one upstream is required")
	}
	for i, u := range c.Upstreams {
		p := []string{"upstreams", fmt.Sprint(i)}
		switch {
		case u.Name == "":
			add(p, "upstreams[%d]: name is required", i)
		case names[u.Name]:
			add(p, "upstreams[%d]: name %q is used twice", i, u.Name)
		}
		names[u.Name] = true
		if u.BaseURL != Preview {
			if pu, err := url.Parse(u.BaseURL); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
				add(append(p, "base_url"), "upstreams[%d].base_url %q: want an http(s) URL or %q", i, u.BaseURL, Preview)
			}
		}
	}
	ids := map[string]bool{}
	keys := map[string]string{}
	if len(c.Tenants) == 0 {
		add([]string{"tenants"}, "at least one tenant is required")
	}
	for i, t := range c.Tenants {
		p := []string{"tenants", fmt.Sprint(i)}
		if !tenantID.MatchString(t.ID) {
			add(append(p, "id"), "tenants[%d].id %q: want lower-case letters, digits, '-' or '_'", i, t.ID)
		} else if ids[t.ID] {
			add(append(p, "id"), "tenants[%d].id %q is used twice", i, t.ID)
		}
		ids[t.ID] = true
		if !names[t.Upstream] {
			add(append(p, "upstream"), "tenants[%d].upstream %q is not a configured upstream", i, t.Upstream)
		}
		if _, err := policies.Load(t.Policy); err != nil {
			add(append(p, "policy"), "tenants[%d].policy: %v", i, err)
		}
		if len(t.APIKeys) == 0 && !loopback {
			add(append(p, "api_keys"), "tenants[%d] has no api_keys, which is allowed only while listen is a loopback address", i)
		}
		for k, key := range t.APIKeys {
			d, err := KeyDigest(key)
			if err != nil {
				add(append(p, "api_keys"), "tenants[%d].api_keys[%d]: %v", i, k, err)
				continue
			}
			if other, dup := keys[string(d[:])]; dup {
				add(append(p, "api_keys"), "tenants[%d].api_keys[%d] is also a key of tenant %q", i, k, other)
			}
			keys[string(d[:])] = t.ID
		}
	}
	noKey := 0
	for _, t := range c.Tenants {
		if len(t.APIKeys) == 0 {
			noKey++
		}
	}
	if noKey > 1 {
		add([]string{"tenants"}, "%d tenants have no api_keys; at most one may, and it serves keyless requests", noKey)
	}
	if c.Limits.MaxBodyBytes < 1024 {
		add([]string{"limits", "max_body_bytes"}, "limits.max_body_bytes %d is below 1024", c.Limits.MaxBodyBytes)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.LogLevel)); err != nil {
		add([]string{"log_level"}, "log_level %q: want debug, info, warn or error", c.LogLevel)
	}
	return errors.Join(errs...)
}

// KeyDigest returns the SHA-256 of a client key, accepting the "sha256:<hex>" form as the digest.
func KeyDigest(key string) ([32]byte, error) {
	var d [32]byte
	if hexd, ok := strings.CutPrefix(key, "sha256:"); ok {
		b, err := hex.DecodeString(hexd)
		if err != nil || len(b) != 32 {
			return d, errors.New(`a "sha256:" key needs 64 hex digits`)
		}
		copy(d[:], b)
		return d, nil
	}
	if len(key) < 8 {
		return d, errors.New("a key needs at least 8 characters")
	}
	return sha256.Sum256([]byte(key)), nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Loopback reports whether the gateway listens on a loopback address only.
func (c *Config) Loopback() bool {
	host, _, _ := net.SplitHostPort(c.Listen)
	return isLoopback(host)
}

func (c *Config) line(path ...string) int {
	if c.root == nil {
		return 0
	}
	return yamlline.Of(c.root, path...)
}

// LogValue keeps client keys out of logs.
func (t Tenant) LogValue() slog.Value {
	return slog.GroupValue(slog.String("id", t.ID), slog.Int("api_keys", len(t.APIKeys)),
		slog.String("upstream", t.Upstream), slog.String("policy", t.Policy))
}
