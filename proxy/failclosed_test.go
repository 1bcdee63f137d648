package proxy

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/tokenize"
	"github.com/veil-gateway/veil/vault"
)

type failingSink struct{ fail bool }

func (s failingSink) Write(context.Context, *audit.Record) error {
	if s.fail {
		return audit.ErrUnavailable
	}
	return nil
}

// failingVault is a tokenize.Vault whose writes fail.
type failingVault struct{}

func (failingVault) TokenKey(context.Context, string) ([]byte, error) { return []byte("k"), nil }
func (failingVault) Mint(context.Context, string, []vault.Item) ([]string, error) {
	return nil, fmt.Errorf("%w: disk on fire", vault.ErrUnavailable)
}

type memVault struct{}

func (memVault) TokenKey(context.Context, string) ([]byte, error) { return []byte("k"), nil }
func (memVault) Mint(_ context.Context, _ string, items []vault.Item) ([]string, error) {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Cands()[0]
	}
	return out, nil
}

func TestFailClosed(t *testing.T) {
	var hits atomic.Int32
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	defer up.Close()
	base, _ := url.Parse(up.URL + "/v1")
	pol, _ := policies.Load("strict")
	for _, tc := range []struct {
		name     string
		redactor Redactor
		sink     audit.Sink
		code     string
	}{
		{"vault down", tokenize.NewRedactor(redact.NewDetector(redact.Patterns{}), failingVault{}), failingSink{}, "vault_unavailable"},
		{"audit down", tokenize.NewRedactor(redact.NewDetector(redact.Patterns{}), memVault{}), failingSink{fail: true}, "audit_unavailable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Options{Tenants: []*Tenant{NewTenant("t", &Upstream{Name: "u", BaseURL: base}, pol)}, KeylessTenant: "t",
				Redactor: tc.redactor, Finder: testFinder, Audit: tc.sink, MaxBodyBytes: 1 << 20, Timeout: 5e9})
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chat/completions", strings.NewReader(`{"messages":[{"role":"user","content":"hi jane@example.com"}]}`)))
			if rec.Code != 503 || !strings.Contains(rec.Body.String(), tc.code) {
				t.Errorf("status %d body %s; want 503 %s", rec.Code, rec.Body.String(), tc.code)
			}
			if hits.Load() != 0 {
				t.Error("the request reached the upstream")
			}
		})
	}
	if !errors.Is(classify(errors.Join(errors.New("x"), vault.ErrUnavailable)), vault.ErrUnavailable) {
		t.Error("classify loses the cause")
	}
}
