package proxy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/finetune"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/tokenize"
	"github.com/veil-gateway/veil/vault"
)

// panickingRecognizer is a recognizer with a bug.
type panickingRecognizer struct{}

func (panickingRecognizer) Recognize(context.Context, string, []redact.Finding) ([]redact.Finding, error) {
	var words []string
	return nil, errors.New(words[0])
}

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
		status   int
		code     string
	}{
		{"vault down", tokenize.NewRedactor(redact.NewDetector(redact.Patterns{}), failingVault{}), failingSink{}, 503, "vault_unavailable"},
		{"audit down", tokenize.NewRedactor(redact.NewDetector(redact.Patterns{}), memVault{}), failingSink{fail: true}, 503, "audit_unavailable"},
		{"detector bug", tokenize.NewRedactor(redact.NewDetector(redact.Patterns{}, panickingRecognizer{}), memVault{}), failingSink{}, 500, "detection_failed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(Options{Tenants: []*Tenant{NewTenant("t", &Upstream{Name: "u", BaseURL: base}, pol)}, KeylessTenant: "t",
				Redactor: tc.redactor, Finder: testFinder, Audit: tc.sink, MaxBodyBytes: 1 << 20, Timeout: 5e9})
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chat/completions", strings.NewReader(`{"messages":[{"role":"user","content":"hi jane@example.com"}]}`)))
			if rec.Code != tc.status || !strings.Contains(rec.Body.String(), tc.code) {
				t.Errorf("status %d body %s; want %d %s", rec.Code, rec.Body.String(), tc.status, tc.code)
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

type failingRegistry struct{}

func (failingRegistry) Put(context.Context, *finetune.FileRecord) error {
	return errors.New("disk full")
}
func (failingRegistry) Get(context.Context, string, string) (*finetune.FileRecord, error) {
	return nil, finetune.ErrUnknownFile
}

// TestUploadFailClosed: an upload whose audit record cannot be written sends nothing; one the
// registry cannot record is deleted upstream again, since no job could use it.
func TestUploadFailClosed(t *testing.T) {
	var uploads, deletes atomic.Int32
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case "POST":
			uploads.Add(1)
			io.Copy(io.Discard, r.Body)
			io.WriteString(w, `{"id":"file-1","object":"file"}`)
		case "DELETE":
			deletes.Add(1)
			io.WriteString(w, `{"id":"file-1","deleted":true}`)
		}
	}))
	defer up.Close()
	base, _ := url.Parse(up.URL + "/v1")
	pol, _ := policies.Load("strict")
	red := tokenize.NewRedactor(redact.NewDetector(redact.Patterns{}), memVault{})
	upload := func(sink audit.Sink) *httptest.ResponseRecorder {
		s := New(Options{Tenants: []*Tenant{NewTenant("t", &Upstream{Name: "u", BaseURL: base}, pol)}, KeylessTenant: "t",
			Redactor: red, Finder: testFinder, Audit: sink, MaxBodyBytes: 1 << 20, Timeout: 5e9,
			Datasets: &Datasets{Redactor: red, Registry: failingRegistry{}, SpoolDir: t.TempDir()}})
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		mw.WriteField("purpose", "fine-tune")
		fw, _ := mw.CreateFormFile("file", "t.jsonl")
		io.WriteString(fw, `{"messages":[{"role":"user","content":"mail jane@example.com"},{"role":"assistant","content":"ok"}]}`+"\n")
		mw.Close()
		req := httptest.NewRequest("POST", "/v1/files", &body)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		return rec
	}
	if rec := upload(failingSink{fail: true}); rec.Code != 503 || uploads.Load() != 0 {
		t.Errorf("audit down: status %d, %d uploads upstream", rec.Code, uploads.Load())
	}
	if rec := upload(failingSink{}); rec.Code != 503 || !strings.Contains(rec.Body.String(), "registry_unavailable") || uploads.Load() != 1 || deletes.Load() != 1 {
		t.Errorf("registry down: status %d %s, %d uploads, %d deletes", rec.Code, rec.Body.String(), uploads.Load(), deletes.Load())
	}
}
