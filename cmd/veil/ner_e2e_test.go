package main

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/veil-gateway/veil/ner"
)

// TestNERFailMode: with the NER server down, a closed policy refuses the request (503, nothing
// upstream, the decision recorded), and a degrading one forwards it masked by the recognizers
// alone with the audit record saying so.
func TestNERFailMode(t *testing.T) {
	// a NER server that is down: it holds its port and drops every connection. (A closed
	// httptest server's port can be handed to the recorder started next, which then received the
	// NER backend's request, raw text and all: a flake CI once hit.)
	dead, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dead.Close() })
	go func() {
		for {
			c, err := dead.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	nerCfg := "ner:\n  backend: remote\n  url: http://" + dead.Addr().String() + "\n  deadline: 200ms\n"
	body := `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"` + plantedText() + `"}]}`

	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", nerCfg)
	status, resp, _ := g.post(t, "/v1/chat/completions", tenantKey, body)
	if status != http.StatusServiceUnavailable || !strings.Contains(resp, "detection_unavailable") {
		t.Fatalf("closed: status %d %s", status, resp)
	}
	if up.count() != 0 {
		t.Fatal("closed: the request went upstream with NER down")
	}
	if log := g.auditLog(t, 1); !strings.Contains(log, `"decision":"failed"`) || !strings.Contains(log, "detection_unavailable") {
		t.Errorf("closed: audit log %s", log)
	}

	pol := filepath.Join(t.TempDir(), "degrade.yaml")
	os.WriteFile(pol, []byte("name: degrade\nfail_mode: degrade\ndefault:\n  action: tokenize\n"), 0o600)
	up2 := newRecorder(t)
	g2 := startVeil(t, up2.srv.URL, pol, nerCfg)
	status, resp, _ = g2.post(t, "/v1/chat/completions", tenantKey, body)
	if status != http.StatusOK {
		t.Fatalf("degrade: status %d %s", status, resp)
	}
	assertNoPlanted(t, "the degraded upstream request", up2.received())
	if log := g2.auditLog(t, 2); !strings.Contains(log, `"degraded":true`) {
		t.Errorf("degrade: audit log does not say degraded: %s", log)
	}
}

// TestNERDeadline: with a NER server that takes requests and never answers, a chat request is
// refused for the model's deadline, and an upload names the file line whose text it was.
func TestNERDeadline(t *testing.T) {
	hung := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-hung:
		case <-r.Context().Done():
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(hung) }) // before the server closes, which waits for its handlers
	nerCfg := "ner:\n  backend: remote\n  url: " + srv.URL + "\n  deadline: 100ms\n  deadline_per_mb: 1ms\n"
	up := newFilesUpstream(t)
	g := startVeil(t, up.srv.URL, "strict", nerCfg)
	status, resp, _ := g.post(t, "/v1/chat/completions", tenantKey, `{"model":"m","messages":[{"role":"user","content":"Ana Lima wrote"}]}`)
	if status != http.StatusServiceUnavailable || !strings.Contains(resp, "did not answer within its deadline") {
		t.Errorf("chat: status %d %s", status, resp)
	}
	file := `{"prompt":"","completion":""}` + "\n" + `{"prompt":"Ana Lima wrote","completion":""}` + "\n"
	c := g.client()
	_, err := c.Files.New(context.Background(), openai.FileNewParams{File: openai.File(strings.NewReader(file), "ft.jsonl", "application/jsonl"), Purpose: openai.FilePurposeFineTune})
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 503 || apiErr.Code != "detection_unavailable" || !strings.Contains(apiErr.Message, "file line 2: the NER model did not answer within its deadline") {
		t.Errorf("upload: %v", err)
	}
	if n := up.called("POST /v1/files"); n != 0 {
		t.Errorf("%d uploads reached the upstream, want none", n)
	}
}

// TestNERRemote: a gateway whose NER runs on another machine (veil ner serve's handler) masks
// names it finds there.
func TestNERRemote(t *testing.T) {
	m, err := ner.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ner.Handler("veil-ner", ner.Local(m)))
	defer srv.Close()
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "ner:\n  backend: remote\n  url: "+srv.URL+"\n  max_wait: 1ms\n")
	body := `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Please ask Maria Fernandez in Lisbon to call back."}]}`
	deadline := time.Now().Add(5 * time.Second)
	status, resp, _ := g.post(t, "/v1/chat/completions", tenantKey, body)
	for status != http.StatusOK && time.Now().Before(deadline) {
		status, resp, _ = g.post(t, "/v1/chat/completions", tenantKey, body)
	}
	if status != http.StatusOK {
		t.Fatalf("status %d %s", status, resp)
	}
	got := up.received()
	if strings.Contains(got, "Maria Fernandez") || strings.Contains(got, "Lisbon") || !strings.Contains(got, "[PERSON_") {
		t.Errorf("upstream saw %s", got)
	}
}
