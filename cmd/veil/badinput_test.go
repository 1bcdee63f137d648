package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/packages/ssestream"
)

func TestBadInput(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "limits:\n  max_body_bytes: 4096\n")
	secret := planted[0]
	tests := []struct {
		name, path, key, body string
		status                int
		code                  string
	}{
		{"malformed JSON", "/v1/chat/completions", tenantKey, `{"model":"m","messages":[{"role":"user","content":"` + secret + `"}`, 400, "invalid_json"},
		{"not an object", "/v1/chat/completions", tenantKey, `["` + secret + `"]`, 400, "invalid_json"},
		{"second document", "/v1/chat/completions", tenantKey, `{"model":"m"} {"messages":[{"role":"user","content":"` + secret + `"}]}`, 400, "invalid_json"},
		{"duplicate key", "/v1/chat/completions", tenantKey, `{"messages":[{"role":"user","content":"x","content":"` + secret + `"}]}`, 400, "invalid_json"},
		{"invalid UTF-8", "/v1/chat/completions", tenantKey, "{\"messages\":[{\"role\":\"user\",\"content\":\"" + secret + " \xff\xfe\"}]}", 400, "invalid_json"},
		{"oversized", "/v1/chat/completions", tenantKey, `{"messages":[{"role":"user","content":"` + strings.Repeat(secret+" ", 400) + `"}]}`, 413, "request_too_large"},
		{"unknown key", "/v1/chat/completions", "veil-wrong-key", `{"messages":[{"role":"user","content":"` + secret + `"}]}`, 401, "invalid_api_key"},
		{"missing key", "/v1/chat/completions", "", `{"messages":[{"role":"user","content":"` + secret + `"}]}`, 401, "missing_api_key"},
		{"token ids", "/v1/embeddings", tenantKey, `{"model":"e","input":[[1,2,3]]}`, 400, "unscannable_content"},
		{"file part", "/v1/chat/completions", tenantKey, `{"messages":[{"role":"user","content":[{"type":"file","file":{"file_data":"JVBERi0xLjQ="}}]}]}`, 400, "unscannable_content"},
		{"file upload that is not multipart", "/v1/files", tenantKey, `{}`, 400, "invalid_file"},
		{"unscanned route", "/v1/images/generations", tenantKey, `{}`, 404, "unknown_route"},
		{"audio route", "/v1/audio/transcriptions", tenantKey, `{}`, 404, "unknown_route"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, h := g.post(t, tt.path, tt.key, tt.body)
			if status != tt.status || !strings.Contains(body, `"code":"`+tt.code+`"`) {
				t.Errorf("status %d body %s; want %d with code %s", status, body, tt.status, tt.code)
			}
			if !strings.HasPrefix(body, `{"error":{"message":`) || h.Get("X-Veil-Request-Id") == "" {
				t.Errorf("not OpenAI's error shape, or no request id: %s", body)
			}
			assertNoPlanted(t, "the error", body)
		})
	}
	if up.count() != 0 {
		t.Errorf("%d bad requests reached the upstream", up.count())
	}
	assertNoPlanted(t, "the gateway log", g.logs.String())
	assertNoPlanted(t, "the audit log", g.auditLog(t, 0))
}

func TestBadUpstream(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()

	_, err := c.Chat.Completions.New(ctx, chatParams("bad-utf8", openai.UserMessage(plantedText())))
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusBadGateway || apiErr.Code != "bad_upstream_response" {
		t.Fatalf("invalid UTF-8 from the upstream: want 502 bad_upstream_response, got %v", err)
	}
	if !strings.Contains(apiErr.Message, "invalid UTF-8") {
		t.Errorf("message %q does not say what was wrong", apiErr.Message)
	}

	stream := c.Chat.Completions.NewStreaming(ctx, chatParams("truncate", openai.UserMessage(plantedText())))
	for stream.Next() {
	}
	var se *ssestream.StreamError
	if err := stream.Err(); !errors.As(err, &se) || !strings.Contains(err.Error(), "stream_truncated") {
		t.Fatalf("truncated stream: want a stream error naming stream_truncated, got %v", err)
	}
	assertNoPlanted(t, "the stream error", stream.Err().Error())
	assertNoPlanted(t, "the upstream", up.received())
	recs := jsonLines(t, g.auditLog(t, 4))
	if last := recs[len(recs)-1]; last["phase"] != "outcome" || last["decision"] != "aborted" {
		t.Errorf("the truncated stream's outcome record is %v", last)
	}
}

func TestPreviewUpstream(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	logs := &syncBuffer{ch: make(chan string, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	// embedded defaults, but on a free port: the defaults file with only listen changed
	cfg := "listen: 127.0.0.1:0\nupstreams: [{name: openai, base_url: preview}]\ntenants: [{id: default, upstream: openai, policy: strict}]\n"
	if err := writeFileAtomic(dir+"/veil.yaml", []byte(cfg)); err != nil {
		t.Fatal(err)
	}
	go func() { done <- runServe(ctx, []string{"--config", dir + "/veil.yaml"}, nil, io.Discard, logs) }()
	defer func() { cancel(); <-done }()
	addr := <-logs.ch
	c := (&gateway{base: "http://" + addr}).client()
	resp, err := c.Chat.Completions.New(context.Background(), chatParams("gpt-4o-mini", openai.UserMessage(plantedText())))
	if err != nil {
		t.Fatal(err)
	}
	got := resp.Choices[0].Message.Content
	assertNoPlanted(t, "the preview", got)
	if !strings.Contains(got, "[EMAIL_ADDRESS_") || !strings.Contains(got, "nothing left this machine") {
		t.Errorf("the preview does not show the masked request: %q", got)
	}
	if !strings.Contains(logs.String(), "preview") {
		t.Error("serve did not say it runs the preview upstream")
	}
}
