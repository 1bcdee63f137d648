package tokenize

import (
	"context"
	"fmt"
	"strings"

	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/vault"
)

// Detector finds personal data in a text.
type Detector interface {
	Detect(ctx context.Context, text string) ([]redact.Finding, error)
}

// Vault mints tokens durably.
type Vault interface {
	TokenKey(ctx context.Context, tenant string) ([]byte, error)
	Mint(ctx context.Context, tenant string, items []vault.Item) ([]string, error)
}

// Redactor applies a policy's actions to the findings in a set of texts.
type Redactor struct {
	detector Detector
	vault    Vault
}

// NewRedactor returns a Redactor.
func NewRedactor(d Detector, v Vault) *Redactor { return &Redactor{detector: d, vault: v} }

// Count keys the per-type, per-action counters of an Outcome.
type Count struct {
	Type   string
	Action policies.Action
}

// Outcome is the result of redacting a set of texts. It holds personal data (Tokens) and so
// never goes to a log as it is.
type Outcome struct {
	Texts   []string          // the texts with every finding replaced, in input order
	Tokens  map[string]string // token -> value as written, the request's re-hydration scope
	Counts  map[Count]int     // findings per type and action
	Blocked map[string]int    // findings per type whose action is block; non-empty means refuse
}

// String keeps an Outcome's values out of logs and error messages.
func (o *Outcome) String() string {
	return fmt.Sprintf("outcome{%d texts, %d tokens}", len(o.Texts), len(o.Tokens))
}

// RedactedMarker is the replacement for the redact action.
func RedactedMarker(typ string) string { return "[REDACTED_" + typ + "]" }

type planned struct {
	f      redact.Finding
	action policies.Action
	item   int // index into items for tokenize
}

// Redact detects and replaces personal data in texts under pol. Tokens are minted in one durable
// vault write before it returns. When the policy blocks any finding, nothing is minted and the
// outcome's Blocked says why.
func (r *Redactor) Redact(ctx context.Context, tenant string, pol *policies.Policy, texts []string) (*Outcome, error) {
	out := &Outcome{Tokens: map[string]string{}, Counts: map[Count]int{}, Blocked: map[string]int{}}
	plans := make([][]planned, len(texts))
	var items []vault.Item
	index := map[[2]string]int{}
	for i, text := range texts {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fs, err := r.detector.Detect(ctx, text)
		if err != nil {
			return nil, fmt.Errorf("detect in text %d: %w", i, err)
		}
		for _, f := range fs {
			a := pol.Decide(f.Type, f.Score)
			out.Counts[Count{f.Type, a}]++
			p := planned{f: f, action: a, item: -1}
			switch a {
			case policies.Allow:
				continue
			case policies.Block:
				out.Blocked[f.Type]++
			case policies.Tokenize:
				value := text[f.Start:f.End]
				key := [2]string{f.Type, Normalize(f.Type, value)}
				k, ok := index[key]
				if !ok {
					k = len(items)
					index[key] = k
					items = append(items, vault.Item{Type: f.Type, Norm: key[1], Value: value})
				}
				p.item = k
			}
			plans[i] = append(plans[i], p)
		}
	}
	if len(out.Blocked) > 0 {
		return out, nil
	}
	var tokens []string
	if len(items) > 0 {
		key, err := r.vault.TokenKey(ctx, tenant)
		if err != nil {
			return nil, err
		}
		for k := range items {
			items[k].Candidates = Candidates(key, items[k].Type, items[k].Norm)
		}
		if tokens, err = r.vault.Mint(ctx, tenant, items); err != nil {
			return nil, err
		}
		for k, t := range tokens {
			out.Tokens[t] = items[k].Value
		}
	}
	out.Texts = make([]string, len(texts))
	for i, text := range texts {
		if len(plans[i]) == 0 {
			out.Texts[i] = text
			continue
		}
		var b strings.Builder
		last := 0
		for _, p := range plans[i] {
			b.WriteString(text[last:p.f.Start])
			if p.action == policies.Tokenize {
				b.WriteString(tokens[p.item])
			} else {
				b.WriteString(RedactedMarker(p.f.Type))
			}
			last = p.f.End
		}
		b.WriteString(text[last:])
		out.Texts[i] = b.String()
	}
	return out, nil
}
