package proxy

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/veil-gateway/veil/audit"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/tokenize"
)

// answerTransport is an upstream in memory: Veil's own cost, without sockets.
type answerTransport struct{ body, contentType string }

func (a answerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	io.Copy(io.Discard, r.Body)
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {a.contentType}},
		Body: io.NopCloser(strings.NewReader(a.body)), Request: r}, nil
}

type nopSink struct{}

func (nopSink) Write(context.Context, *audit.Record) error { return nil }

func benchBody() string {
	filler := strings.Repeat("The patient reports improved sleep and appetite since the last visit, with no new complaints. ", 17)
	return `{"model":"bench","messages":[{"role":"system","content":"You are a clinic assistant."},{"role":"user","content":"Please draft a note. ` + filler +
		` Contact: jane.doe@example.com, phone (212) 555-0147. Billing card 4111 1111 1111 1111, SSN 536-22-1234, refund IBAN DE89 3704 0044 0532 0130 00."}]}`
}

func benchServer(b *testing.B, body, ct string) *Server {
	base, _ := url.Parse("http://upstream.invalid/v1")
	pol, _ := policies.Load("strict")
	return New(Options{Tenants: []*Tenant{NewTenant("t", &Upstream{Name: "u", BaseURL: base}, pol)}, KeylessTenant: "t",
		Redactor: tokenize.NewRedactor(redact.NewDetector(redact.Patterns{}), memVault{}), Finder: testFinder, Audit: nopSink{},
		Transport: answerTransport{body: body, contentType: ct}, MaxBodyBytes: 1 << 20, Timeout: 60e9})
}

// BenchmarkChatRequest is one 2 KB chat request with five identifiers through the handler:
// Veil's CPU time and allocations per request, with the upstream, vault and audit log in memory.
func BenchmarkChatRequest(b *testing.B) {
	answer := `{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Noted, I will contact [EMAIL_ADDRESS_7KQ2M9XA] today."},"finish_reason":"stop"}]}`
	s := benchServer(b, answer, "application/json")
	body := benchBody()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chat/completions", strings.NewReader(body)))
		if rec.Code != 200 {
			b.Fatal(rec.Code, rec.Body.String())
		}
	}
}

// BenchmarkChatStream is the same request answered by an 8-chunk stream.
func BenchmarkChatStream(b *testing.B) {
	var sse bytes.Buffer
	for range 8 {
		sse.WriteString(`data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"word [EMAIL_"},"finish_reason":null}]}` + "\n\n")
	}
	sse.WriteString("data: [DONE]\n\n")
	s := benchServer(b, sse.String(), "text/event-stream")
	body := strings.Replace(benchBody(), `"model":"bench",`, `"model":"bench","stream":true,`, 1)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/chat/completions", strings.NewReader(body)))
		if rec.Code != 200 {
			b.Fatal(rec.Code)
		}
	}
}
