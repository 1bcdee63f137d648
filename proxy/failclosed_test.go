package proxy

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/policies"
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

type fakeRedactor struct{ err error }

func (f fakeRedactor) Redact(_ context.Context, _ string, _ *policies.Policy, texts []string) (*tokenize.Outcome, error) {
	if f.err != nil {
		return nil, f.err
	}
	return &tokenize.Outcome{Texts: texts, Tokens: map[string]string{}, Counts: map[tokenize.Count]int{}, Blocked: map[string]int{}}, nil
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
		{"vault down", fakeRedactor{err: vault.ErrUnavailable}, failingSink{}, "vault_unavailable"},
		{"audit down", fakeRedactor{}, failingSink{fail: true}, "audit_unavailable"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Options{Tenants: []*Tenant{NewTenant("t", &Upstream{Name: "u", BaseURL: base}, pol)}, KeylessTenant: "t",
				Redactor: tc.redactor, Finder: testFinder, Audit: tc.sink, MaxBodyBytes: 1 << 20, Timeout: 5e9})
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chat/completions", strings.NewReader(`{"messages":[{"role":"user","content":"hi"}]}`)))
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
