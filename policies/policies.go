// Package policies defines what a tenant's policy does with each entity type, and ships the built-in presets.
package policies

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/yamlline"
)

// ErrInvalid classifies a policy document that does not validate.
var ErrInvalid = errors.New("invalid policy")

// Action is what a policy does with a finding.
type Action string

// Actions.
const (
	Tokenize Action = "tokenize" // replace with a reversible vault token
	Redact   Action = "redact"   // replace with an irreversible marker naming the type
	Block    Action = "block"    // refuse the whole request
	Allow    Action = "allow"    // leave the text as it is
	// Generalize keeps what HIPAA Safe Harbor lets stay: a ZIP code's first three digits (000 for
	// sparsely populated areas), a date's year, "90+" for an age; other types are redacted.
	Generalize Action = "generalize"
	// Surrogate replaces with a realistic, reversible stand-in (for training data): a name of the
	// same shape, a shifted date, a test-range card. Types without one are tokenized.
	Surrogate Action = "surrogate"
)

// Scope says which tokens a response may be re-hydrated from.
type Scope string

// Re-hydration scopes.
const (
	ScopeRequest Scope = "request" // only tokens minted for this request (the default)
	ScopeTenant  Scope = "tenant"  // any token of the tenant
	ScopeNone    Scope = "none"    // never re-hydrate
)

// DateShift is whose offset moves a date under the surrogate action.
type DateShift string

// Date shift scopes.
const (
	ShiftTenant DateShift = "tenant" // one offset for every date of the tenant
	ShiftPerson DateShift = "person" // one per person: the first person named in the same record
)

// FailMode says what happens when a detection dependency is unavailable.
type FailMode string

// Fail modes.
const (
	FailClosed  FailMode = "closed"  // refuse the request
	FailDegrade FailMode = "degrade" // go on with the recognizers that work, and say so in the audit record
)

// Rule is the action for one entity type and the score a finding needs before the action applies.
type Rule struct {
	Action   Action   `yaml:"action"`
	MinScore *float64 `yaml:"min_score"`
}

// Policy is one policy document.
type Policy struct {
	Name      string          `yaml:"name"`
	Rehydrate Scope           `yaml:"rehydrate"`
	FailMode  FailMode        `yaml:"fail_mode"`
	Default   Rule            `yaml:"default"`
	Entities  map[string]Rule `yaml:"entities"`
	TermLists TermLists       `yaml:"terms"`
	// SkipInvalid lets an uploaded dataset through without its malformed or blocked lines,
	// which the file's report lists; otherwise the first such line fails the upload.
	SkipInvalid bool `yaml:"skip_invalid"`
	// DateShift says how far the surrogate action moves dates: by one secret offset for the
	// whole tenant, or by one per person, the first person a record names.
	DateShift DateShift `yaml:"date_shift"`

	version string
	terms   *redact.Terms
}

// TermLists are a tenant's own terms: allowed ones are never masked (the company's support
// address, its product names); denied ones are always found, as the type they are listed under
// (project code names, customer names). Files hold one term per line, relative to the policy file.
type TermLists struct {
	Allow     []string            `yaml:"allow"`
	Deny      map[string][]string `yaml:"deny"`
	DenyFiles map[string]string   `yaml:"deny_files"`
}

// Terms returns the compiled term lists, nil when the policy has none.
func (p *Policy) Terms() *redact.Terms { return p.terms }

// Uses reports whether any rule of the policy takes action a.
func (p *Policy) Uses(a Action) bool {
	if p.Default.Action == a {
		return true
	}
	for _, r := range p.Entities {
		if r.Action == a {
			return true
		}
	}
	return false
}

// DefaultMinScore applies where a rule sets none.
const DefaultMinScore = 0.5

// Decide returns the action for a finding of type typ with the given score.
func (p *Policy) Decide(typ string, score float64) Action {
	r, ok := p.Entities[typ]
	if !ok {
		r = p.Default
	}
	min := DefaultMinScore
	if r.MinScore != nil {
		min = *r.MinScore
	} else if ok && p.Default.MinScore != nil {
		min = *p.Default.MinScore
	}
	if score < min {
		return Allow
	}
	return r.Action
}

// Version identifies the document's content: its name and the first 12 hex digits of its SHA-256.
func (p *Policy) Version() string { return p.version }

//go:embed presets/*.yaml
var presetFS embed.FS

// Presets lists the built-in preset names.
func Presets() []string {
	entries, _ := presetFS.ReadDir("presets")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	return names
}

// Load returns the built-in preset called nameOrPath, or else parses the policy file at that path.
func Load(nameOrPath string) (*Policy, error) {
	if b, err := presetFS.ReadFile("presets/" + nameOrPath + ".yaml"); err == nil && !strings.ContainsAny(nameOrPath, "/.") {
		return Parse("preset "+nameOrPath, b)
	}
	b, err := os.ReadFile(nameOrPath)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: %q is neither a preset (%s) nor a readable file", ErrInvalid, nameOrPath, strings.Join(Presets(), ", "))
		}
		return nil, err
	}
	return Parse(nameOrPath, b)
}

// Parse decodes and validates a policy document. Every problem is reported at once, each as
// "source:line: message".
func Parse(source string, data []byte) (*Policy, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, source, err)
	}
	var p Policy
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var errs []error
	if err := dec.Decode(&p); err != nil {
		var te *yaml.TypeError
		if !errors.As(err, &te) {
			return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, source, err)
		}
		for _, e := range te.Errors {
			errs = append(errs, fmt.Errorf("%s: %s", source, e))
		}
	}
	errs = append(errs, p.validate(source, &root)...)
	errs = append(errs, p.compileTerms(source, &root)...)
	if len(errs) > 0 {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, errors.Join(errs...))
	}
	sum := sha256.Sum256(data)
	p.version = p.Name + "@" + hex.EncodeToString(sum[:6])
	return &p, nil
}

// compileTerms reads deny files and builds the term recognizer.
func (p *Policy) compileTerms(source string, root *yaml.Node) []error {
	tl := p.TermLists
	if len(tl.Allow) == 0 && len(tl.Deny) == 0 && len(tl.DenyFiles) == 0 {
		return nil
	}
	var errs []error
	deny := map[string][]string{}
	for typ, terms := range tl.Deny {
		if !slices.Contains(KnownTypes, typ) {
			errs = append(errs, fmt.Errorf("%s:%d: terms.deny: unknown entity type %q", source, yamlline.Of(root, "terms", "deny", typ), typ))
		}
		deny[typ] = append(deny[typ], terms...)
	}
	for typ, file := range tl.DenyFiles {
		where := fmt.Sprintf("%s:%d", source, yamlline.Of(root, "terms", "deny_files", typ))
		if !slices.Contains(KnownTypes, typ) {
			errs = append(errs, fmt.Errorf("%s: terms.deny_files: unknown entity type %q", where, typ))
		}
		if !filepath.IsAbs(file) && !strings.HasPrefix(source, "preset ") {
			file = filepath.Join(filepath.Dir(source), file)
		}
		b, err := os.ReadFile(file)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: terms.deny_files.%s: %v", where, typ, err))
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				deny[typ] = append(deny[typ], line)
			}
		}
	}
	p.terms = redact.NewTerms(deny, tl.Allow)
	return errs
}

// validate checks values after decoding, finding line numbers in the node tree.
func (p *Policy) validate(source string, root *yaml.Node) []error {
	var errs []error
	at := func(path ...string) string { return fmt.Sprintf("%s:%d", source, yamlline.Of(root, path...)) }
	if p.Name == "" {
		errs = append(errs, fmt.Errorf("%s: name is required", at()))
	}
	switch p.Rehydrate {
	case "":
		p.Rehydrate = ScopeRequest
	case ScopeRequest, ScopeTenant, ScopeNone:
	default:
		errs = append(errs, fmt.Errorf("%s: rehydrate %q must be request, tenant or none", at("rehydrate"), p.Rehydrate))
	}
	switch p.FailMode {
	case "":
		p.FailMode = FailClosed
	case FailClosed, FailDegrade:
	default:
		errs = append(errs, fmt.Errorf("%s: fail_mode %q must be closed or degrade", at("fail_mode"), p.FailMode))
	}
	switch p.DateShift {
	case "":
		p.DateShift = ShiftTenant
	case ShiftTenant, ShiftPerson:
	default:
		errs = append(errs, fmt.Errorf("%s: date_shift %q must be tenant or person", at("date_shift"), p.DateShift))
	}
	if p.Default.Action == "" {
		p.Default.Action = Tokenize
	}
	errs = append(errs, p.Default.check(at("default"), "default")...)
	types := make([]string, 0, len(p.Entities))
	for t := range p.Entities {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		where := at("entities", t)
		if !slices.Contains(KnownTypes, t) {
			errs = append(errs, fmt.Errorf("%s: unknown entity type %q (known: %s)", where, t, strings.Join(KnownTypes, ", ")))
		}
		r := p.Entities[t]
		if r.Action == "" {
			errs = append(errs, fmt.Errorf("%s: entities.%s needs an action", where, t))
		}
		errs = append(errs, r.check(where, "entities."+t)...)
	}
	return errs
}

func (r Rule) check(where, field string) []error {
	var errs []error
	switch r.Action {
	case "", Tokenize, Redact, Block, Allow, Generalize, Surrogate:
	default:
		errs = append(errs, fmt.Errorf("%s: %s.action %q must be tokenize, surrogate, redact, generalize, block or allow", where, field, r.Action))
	}
	if r.MinScore != nil && (*r.MinScore < 0 || *r.MinScore > 1) {
		errs = append(errs, fmt.Errorf("%s: %s.min_score %v must be between 0 and 1", where, field, *r.MinScore))
	}
	return errs
}

// KnownTypes are the entity type names a policy may name: the detection catalogue's.
var KnownTypes = redact.TypeNames()
