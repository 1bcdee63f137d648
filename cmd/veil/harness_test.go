package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
)

const (
	tenantKey   = "veil-acme-key"
	upstreamKey = "sk-upstream-secret-for-tests"
)

// planted values: every one must be masked on the way out and come back exactly.
var planted = []string{
	"jane.o'doe+vip@example.com",
	"(212) 555-0147",
	"4111 1111 1111 1111",
	"536-22-1234",
	"DE89 3704 0044 0532 0130 00",
	"81.2.69.142",
	"2a02:1810:4d02:2b00::8a2e:7334",
}

func plantedText() string {
	return fmt.Sprintf("Patient mail %s, phone %s. Card %s, SSN %s, IBAN %s, seen from %s and %s.",
		planted[0], planted[1], planted[2], planted[3], planted[4], planted[5], planted[6])
}

// recorder is an OpenAI-compatible upstream that records what it receives. The model name picks
// its behaviour; answers echo the last user text, so tokens come back for re-hydration.
type recorder struct {
	t        *testing.T
	mu       sync.Mutex
	bodies   [][]byte
	auth     []string
	canceled chan struct{}
	srv      *httptest.Server
	rng      *rand.Rand
	inputs   map[string]string // responses: id -> the input it was given, for previous_response_id
}

func newRecorder(t *testing.T) *recorder {
	r := &recorder{t: t, canceled: make(chan struct{}, 1), rng: rand.New(rand.NewPCG(1, 2)), inputs: map[string]string{}}
	r.srv = httptest.NewServer(r)
	t.Cleanup(r.srv.Close)
	return r
}

func (r *recorder) received() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return string(bytes.Join(r.bodies, []byte("\n")))
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.bodies)
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	body, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	r.bodies = append(r.bodies, body)
	r.auth = append(r.auth, req.Header.Get("Authorization"))
	r.mu.Unlock()
	var in struct {
		Model    string `json:"model"`
		Stream   bool   `json:"stream"`
		Messages []struct {
			Role    string `json:"role"`
			Content any    `json:"content"`
			Name    string `json:"name"`
		} `json:"messages"`
		Input        any    `json:"input"`
		Instructions string `json:"instructions"`
		Prompt       any    `json:"prompt"`
		Previous     string `json:"previous_response_id"`
	}
	json.Unmarshal(body, &in)
	last, speaker := "", ""
	for _, m := range in.Messages {
		if s, ok := m.Content.(string); ok && m.Role == "user" {
			last, speaker = s, m.Name
		}
	}
	if in.Model == "greet" { // the model calls the last user by the name the message gives
		last = "Hello " + speaker + "! " + last
	}
	switch req.URL.Path {
	case "/v1/responses":
		last, _ = in.Input.(string)
		r.mu.Lock()
		id := fmt.Sprintf("resp_%d", len(r.bodies))
		r.inputs[id] = last
		earlier, continued := r.inputs[in.Previous]
		r.mu.Unlock()
		answer := "You said: " + last
		if continued { // the model remembers the conversation, tokens included
			answer = "Earlier you said: " + earlier
		}
		r.responses(w, id, in.Model, in.Stream, answer)
		return
	case "/v1/completions":
		last, _ = in.Prompt.(string)
		r.completions(w, in.Stream, "You said: "+last)
		return
	case "/v1/embeddings":
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2]}],"model":"e","usage":{"prompt_tokens":1,"total_tokens":1}}`)
		return
	case "/v1/models":
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"object":"list","data":[{"id":"gpt-test","object":"model","created":1,"owned_by":"test"}]}`)
		return
	}
	switch in.Model {
	case "rate-limited":
		w.Header().Set("Retry-After", "7")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(429)
		io.WriteString(w, `{"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded","param":null}}`)
	case "broken":
		w.WriteHeader(500)
		io.WriteString(w, "<html>internal error</html>")
	case "hang":
		<-req.Context().Done()
		r.canceled <- struct{}{}
	case "bad-utf8":
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"bad `+"\xff\xfe"+`"},"finish_reason":"stop"}]}`)
	case "truncate":
		w.Header().Set("Content-Type", "text/event-stream")
		io.WriteString(w, chunk(0, `{"role":"assistant","content":"`+jsonEscape("You said: " + last)[:20]+`"}`, "null"))
		io.WriteString(w, `data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"cut`)
	case "tool":
		args := fmt.Sprintf(`{"query":"find \"%s\" in C:\\records","again":"%s"}`, jsonEscape(last), jsonEscape(last))
		if in.Stream {
			r.stream(w, chunk(0, `{"role":"assistant","tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"lookup","arguments":""}}]}`, "null")+
				splitArgs(args)+chunk(0, `{}`, `"tool_calls"`)+"data: [DONE]\n\n")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"c","object":"chat.completion","created":1,"model":"tool","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"lookup","arguments":%s}}]},"finish_reason":"tool_calls"}]}`, quoteJSON(args))
	default:
		answer := "You said: " + last
		if in.Stream {
			var sb strings.Builder
			sb.WriteString(chunk(0, `{"role":"assistant","content":""}`, "null"))
			for _, piece := range splitWords(answer) {
				sb.WriteString(chunk(0, `{"content":`+quoteJSON(piece)+`}`, "null"))
			}
			sb.WriteString(chunk(0, `{}`, `"stop"`))
			sb.WriteString(`data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}}` + "\n\n")
			sb.WriteString("data: [DONE]\n\n")
			r.stream(w, sb.String())
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}}`, quoteJSON(answer))
	}
}

// stream writes an SSE body in pieces of 1 to 3 bytes, flushing each, so tokens split across reads.
func (r *recorder) stream(w http.ResponseWriter, s string) {
	w.Header().Set("Content-Type", "text/event-stream")
	fl := w.(http.Flusher)
	for len(s) > 0 {
		r.mu.Lock()
		n := min(len(s), 1+r.rng.IntN(3))
		r.mu.Unlock()
		io.WriteString(w, s[:n])
		fl.Flush()
		s = s[n:]
	}
}

func (r *recorder) responses(w http.ResponseWriter, id, model string, stream bool, answer string) {
	full := fmt.Sprintf(`{"id":%q,"object":"response","created_at":1,"model":%q,"status":"completed","output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":%s,"annotations":[]}]}]}`, id, model, quoteJSON(answer))
	if !stream {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, full)
		return
	}
	var sb strings.Builder
	seq := 0
	ev := func(typ, data string) {
		seq++
		fmt.Fprintf(&sb, "event: %s\ndata: {\"type\":%q,\"sequence_number\":%d,%s}\n\n", typ, typ, seq, data)
	}
	ev("response.created", `"response":{"id":`+quoteJSON(id)+`,"object":"response","created_at":1,"model":"m","status":"in_progress","output":[]}`)
	for _, piece := range splitWords(answer) {
		ev("response.output_text.delta", `"item_id":"msg_1","output_index":0,"content_index":0,"delta":`+quoteJSON(piece)+`,"logprobs":[]`)
	}
	ev("response.output_text.done", `"item_id":"msg_1","output_index":0,"content_index":0,"text":`+quoteJSON(answer)+`,"logprobs":[]`)
	ev("response.completed", `"response":`+full)
	r.stream(w, sb.String())
}

func (r *recorder) completions(w http.ResponseWriter, stream bool, answer string) {
	if !stream {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"id":"cmpl","object":"text_completion","created":1,"model":"m","choices":[{"index":0,"text":%s,"finish_reason":"stop","logprobs":null}]}`, quoteJSON(answer))
		return
	}
	var sb strings.Builder
	for _, piece := range splitWords(answer) {
		fmt.Fprintf(&sb, "data: {\"id\":\"cmpl\",\"object\":\"text_completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"text\":%s,\"finish_reason\":null,\"logprobs\":null}]}\n\n", quoteJSON(piece))
	}
	sb.WriteString("data: {\"id\":\"cmpl\",\"object\":\"text_completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,\"text\":\"\",\"finish_reason\":\"stop\",\"logprobs\":null}]}\n\ndata: [DONE]\n\n")
	r.stream(w, sb.String())
}

func chunk(i int, delta, finish string) string {
	return fmt.Sprintf("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":%d,\"delta\":%s,\"finish_reason\":%s}]}\n\n", i, delta, finish)
}

// splitArgs streams tool-call arguments in 5-byte deltas, as models do.
func splitArgs(args string) string {
	var sb strings.Builder
	for len(args) > 0 {
		n := min(5, len(args))
		sb.WriteString(chunk(0, `{"tool_calls":[{"index":0,"function":{"arguments":`+quoteJSON(args[:n])+`}}]}`, "null"))
		args = args[n:]
	}
	return sb.String()
}

// splitWords cuts text into model-like deltas of a few bytes, never inside a UTF-8 sequence.
func splitWords(s string) []string {
	var out []string
	for len(s) > 0 {
		n := min(len(s), 4)
		for n < len(s) && s[n]&0xC0 == 0x80 {
			n++
		}
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

func quoteJSON(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func jsonEscape(s string) string { q := quoteJSON(s); return q[1 : len(q)-1] }

// gateway is a running `veil serve`.
type gateway struct {
	base    string // http://addr
	dataDir string
	logs    *syncBuffer
}

type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	ch  chan string
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	for _, line := range strings.Split(strings.TrimSpace(string(p)), "\n") {
		var m struct{ Msg, Addr string }
		if json.Unmarshal([]byte(line), &m) == nil && m.Msg == "veil listening" {
			b.ch <- m.Addr
		}
	}
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startVeil runs `veil serve` in-process against upstream with one tenant (key tenantKey) and
// the given policy; extra is appended to the configuration.
func startVeil(t *testing.T, upstream, policy, extra string) *gateway {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("VEIL_TEST_UPSTREAM_KEY", upstreamKey)
	cfg := fmt.Sprintf(`listen: 127.0.0.1:0
data_dir: %s
upstreams:
  - name: up
    base_url: %s
    api_key_env: VEIL_TEST_UPSTREAM_KEY
tenants:
  - id: acme
    api_keys: [%q]
    upstream: up
    policy: %s
%s`, dir, baseURL(upstream), tenantKey, policy, extra)
	path := filepath.Join(dir, "veil.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{ch: make(chan string, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, []string{"--config", path}, nil, io.Discard, logs) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	select {
	case addr := <-logs.ch:
		return &gateway{base: "http://" + addr, dataDir: dir, logs: logs}
	case err := <-done:
		t.Fatalf("serve exited: %v\n%s", err, logs.String())
	case <-time.After(10 * time.Second):
		t.Fatalf("serve did not start:\n%s", logs.String())
	}
	return nil
}

// baseURL is the upstream's base_url: "preview" stays as it is.
func baseURL(upstream string) string {
	if upstream == "preview" {
		return upstream
	}
	return upstream + "/v1"
}

func (g *gateway) client(opts ...option.RequestOption) openai.Client {
	return openai.NewClient(append([]option.RequestOption{option.WithBaseURL(g.base + "/v1"), option.WithAPIKey(tenantKey), option.WithMaxRetries(0)}, opts...)...)
}

// post sends a raw request and returns the status and body.
func (g *gateway) post(t *testing.T, path, key, body string) (int, string, http.Header) {
	t.Helper()
	req, _ := http.NewRequest("POST", g.base+path, strings.NewReader(body))
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// auditLog reads the gateway's audit log once it holds at least n records: an outcome record is
// written just after the client has its answer.
func (g *gateway) auditLog(t *testing.T, n int) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		b, err := os.ReadFile(filepath.Join(g.dataDir, "audit.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Count(b, []byte("\n")) >= n || time.Now().After(deadline) {
			return string(b)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func assertNoPlanted(t *testing.T, where, s string) {
	t.Helper()
	for _, v := range planted {
		if strings.Contains(s, v) {
			t.Errorf("%s holds planted value %q", where, v)
		}
	}
	// also the digits of the card and SSN without separators
	for _, v := range []string{"4111111111111111", "536221234"} {
		if strings.Contains(s, v) {
			t.Errorf("%s holds planted value %q", where, v)
		}
	}
}

// lines splits a log into JSON objects.
func jsonLines(t *testing.T, s string) []map[string]any {
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("not JSON: %q", sc.Text())
		}
		out = append(out, m)
	}
	return out
}
