package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/packages/param"
	"github.com/openai/openai-go/v3/responses"
	"github.com/openai/openai-go/v3/shared"
)

var tokenRe = regexp.MustCompile(`\[[A-Z_]+_[0-9A-Z]{8}\]`)

func chatParams(model string, msgs ...openai.ChatCompletionMessageParamUnion) openai.ChatCompletionNewParams {
	return openai.ChatCompletionNewParams{Model: shared.ChatModel(model), Messages: msgs}
}

func TestChatPlainAndStreamed(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()
	text := plantedText()
	want := "You said: " + text

	resp, err := c.Chat.Completions.New(ctx, chatParams("echo", openai.UserMessage(text)))
	if err != nil {
		t.Fatal(err)
	}
	if got := resp.Choices[0].Message.Content; got != want {
		t.Errorf("plain answer:\n got %q\nwant %q", got, want)
	}

	for i := 0; i < 5; i++ { // the upstream splits differently each time
		stream := c.Chat.Completions.NewStreaming(ctx, chatParams("echo", openai.UserMessage(text)))
		acc := openai.ChatCompletionAccumulator{}
		chunks := 0
		for stream.Next() {
			acc.AddChunk(stream.Current())
			chunks++
		}
		if err := stream.Err(); err != nil {
			t.Fatal(err)
		}
		if got := acc.Choices[0].Message.Content; got != want {
			t.Errorf("streamed answer:\n got %q\nwant %q", got, want)
		}
		if chunks < 10 {
			t.Errorf("only %d chunks reached the client; the stream was buffered", chunks)
		}
	}

	received := up.received()
	assertNoPlanted(t, "the upstream", received)
	if n := len(tokenRe.FindAllString(received, -1)); n < 7*6 {
		t.Errorf("the upstream saw %d tokens, want at least %d", n, 7*6)
	}
	for _, a := range up.auth {
		if a != "Bearer "+upstreamKey {
			t.Errorf("upstream got Authorization %q, want the gateway's own key", a)
		}
	}
	log := g.auditLog(t, 12)
	assertNoPlanted(t, "the audit log", log)
	recs := jsonLines(t, log)
	if len(recs) != 12 {
		t.Errorf("audit log has %d records, want a decision and an outcome for each of 6 requests", len(recs))
	}
	if recs[0]["phase"] != "decision" || recs[0]["decision"] != "forwarded" || recs[0]["tenant"] != "acme" || recs[0]["policy_version"] == "" {
		t.Errorf("first audit record = %v", recs[0])
	}
	assertNoPlanted(t, "the gateway log", g.logs.String())
}

func TestToolCallArgumentsRehydrated(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()
	text := "mail " + planted[0] + " or " + planted[1]
	check := func(args string) {
		t.Helper()
		var m map[string]string
		if err := json.Unmarshal([]byte(args), &m); err != nil {
			t.Fatalf("arguments are not JSON: %v\n%s", err, args)
		}
		if want := `find "` + text + `" in C:\records`; m["query"] != want {
			t.Errorf("query = %q, want %q", m["query"], want)
		}
		if m["again"] != text {
			t.Errorf("again = %q, want %q", m["again"], text)
		}
	}
	resp, err := c.Chat.Completions.New(ctx, chatParams("tool", openai.UserMessage(text)))
	if err != nil {
		t.Fatal(err)
	}
	check(resp.Choices[0].Message.ToolCalls[0].Function.Arguments)

	stream := c.Chat.Completions.NewStreaming(ctx, chatParams("tool", openai.UserMessage(text)))
	acc := openai.ChatCompletionAccumulator{}
	for stream.Next() {
		acc.AddChunk(stream.Current())
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	check(acc.Choices[0].Message.ToolCalls[0].Function.Arguments)
	assertNoPlanted(t, "the upstream", up.received())
}

// TestParticipantNameMasked: a message's name (OpenAI's participant name) reaches the upstream
// masked whole, in the alphabet OpenAI allows there, as the same person as the name written in
// the text; an answer that calls the user by it is re-hydrated, whole and streamed.
func TestParticipantNameMasked(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()
	msg := openai.ChatCompletionMessageParamUnion{OfUser: &openai.ChatCompletionUserMessageParam{
		Name:    openai.String("jane_okafor"),
		Content: openai.ChatCompletionUserMessageParamContentUnion{OfString: openai.String("Hi, I am Jane Okafor.")},
	}}
	resp, err := c.Chat.Completions.New(ctx, chatParams("greet", msg))
	if err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`(?i)^You said: Hello Jane[ _]Okafor! Hi, I am Jane[ _]Okafor\.$`)
	if got := resp.Choices[0].Message.Content; !want.MatchString(got) {
		t.Errorf("answer = %q", got)
	}
	stream := c.Chat.Completions.NewStreaming(ctx, chatParams("greet", msg))
	acc := openai.ChatCompletionAccumulator{}
	for stream.Next() {
		acc.AddChunk(stream.Current())
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if got := acc.Choices[0].Message.Content; !want.MatchString(got) {
		t.Errorf("streamed answer = %q", got)
	}
	up.mu.Lock()
	bodies := slices.Clone(up.bodies)
	up.mu.Unlock()
	for _, body := range bodies {
		var in struct {
			Messages []struct{ Name, Content string }
		}
		if err := json.Unmarshal(body, &in); err != nil || len(in.Messages) != 1 {
			t.Fatalf("upstream body %s: %v", body, err)
		}
		name, content := in.Messages[0].Name, in.Messages[0].Content
		if !regexp.MustCompile(`^[a-zA-Z0-9_-]{1,64}$`).MatchString(name) || strings.Contains(strings.ToLower(name), "okafor") {
			t.Errorf("the upstream got the name %q", name)
		}
		if toks := tokenRe.FindAllString(content, -1); len(toks) != 1 || strings.Trim(toks[0], "[]") != name {
			t.Errorf("the name %q and the text %q should hold one token", name, content)
		}
	}
}

func TestMultiTurnTokensConsistent(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()
	first := "My card is " + planted[2] + " and my mail " + planted[0]
	r1, err := c.Chat.Completions.New(ctx, chatParams("echo", openai.UserMessage(first)))
	if err != nil {
		t.Fatal(err)
	}
	// the client sends the history back with the re-hydrated answer, as apps do
	r2, err := c.Chat.Completions.New(ctx, chatParams("echo",
		openai.UserMessage(first), openai.AssistantMessage(r1.Choices[0].Message.Content),
		openai.UserMessage("Charge "+planted[2]+" again")))
	if err != nil {
		t.Fatal(err)
	}
	if got := r2.Choices[0].Message.Content; got != "You said: Charge "+planted[2]+" again" {
		t.Errorf("second answer = %q", got)
	}
	var bodies []string
	up.mu.Lock()
	for _, b := range up.bodies {
		bodies = append(bodies, string(b))
	}
	up.mu.Unlock()
	t1 := tokenRe.FindAllString(bodies[0], -1)
	t2 := tokenRe.FindAllString(bodies[1], -1)
	if len(t1) != 2 || len(t2) != 5 {
		t.Fatalf("tokens per request: %v and %v", t1, t2)
	}
	for _, tok := range t2 {
		if tok != t1[0] && tok != t1[1] {
			t.Errorf("token %s in turn 2 is not one of turn 1's %v", tok, t1)
		}
	}
}

func TestUpstreamErrorsKeepOpenAIShape(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()
	for _, tc := range []struct {
		model  string
		status int
		code   string
	}{{"rate-limited", 429, "rate_limit_exceeded"}, {"broken", 500, "upstream_500"}} {
		_, err := c.Chat.Completions.New(ctx, chatParams(tc.model, openai.UserMessage(plantedText())))
		var apiErr *openai.Error
		if !errors.As(err, &apiErr) {
			t.Fatalf("%s: want an *openai.Error, got %v", tc.model, err)
		}
		if apiErr.StatusCode != tc.status || apiErr.Code != tc.code {
			t.Errorf("%s: status %d code %q, want %d %q", tc.model, apiErr.StatusCode, apiErr.Code, tc.status, tc.code)
		}
		assertNoPlanted(t, "the error", apiErr.Error())
	}
	_, _, h := g.post(t, "/v1/chat/completions", tenantKey, `{"model":"rate-limited","messages":[{"role":"user","content":"hi"}]}`)
	if h.Get("Retry-After") != "7" || h.Get("X-Veil-Request-Id") == "" {
		t.Errorf("headers: Retry-After %q, X-Veil-Request-Id %q", h.Get("Retry-After"), h.Get("X-Veil-Request-Id"))
	}
}

func TestClientDisconnectCancelsUpstream(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := c.Chat.Completions.New(ctx, chatParams("hang", openai.UserMessage("hello")))
		errc <- err
	}()
	deadline := time.Now().Add(5 * time.Second)
	for up.count() == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case <-up.canceled:
	case <-time.After(5 * time.Second):
		t.Fatal("the upstream request was not cancelled when the client went away")
	}
	if err := <-errc; err == nil {
		t.Error("the client got no error")
	}
}

func TestResponsesCompletionsEmbeddings(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()
	text := plantedText()
	want := "You said: " + text

	r, err := c.Responses.New(ctx, responses.ResponseNewParams{Model: "m", Input: responses.ResponseNewParamsInputUnion{OfString: param.NewOpt(text)},
		Instructions: param.NewOpt("Be brief with " + planted[0])})
	if err != nil {
		t.Fatal(err)
	}
	if r.OutputText() != want {
		t.Errorf("responses: %q", r.OutputText())
	}
	stream := c.Responses.NewStreaming(ctx, responses.ResponseNewParams{Model: "m", Input: responses.ResponseNewParamsInputUnion{OfString: param.NewOpt(text)}})
	var deltas strings.Builder
	var done, completed string
	for stream.Next() {
		ev := stream.Current()
		switch ev.Type {
		case "response.output_text.delta":
			deltas.WriteString(ev.Delta)
		case "response.output_text.done":
			done = ev.Text
		case "response.completed":
			completed = ev.Response.OutputText()
		}
	}
	if err := stream.Err(); err != nil {
		t.Fatal(err)
	}
	if deltas.String() != want || done != want || completed != want {
		t.Errorf("streamed responses:\ndeltas    %q\ndone      %q\ncompleted %q", deltas.String(), done, completed)
	}

	cr, err := c.Completions.New(ctx, openai.CompletionNewParams{Model: "m", Prompt: openai.CompletionNewParamsPromptUnion{OfString: param.NewOpt(text)}})
	if err != nil {
		t.Fatal(err)
	}
	if cr.Choices[0].Text != want {
		t.Errorf("completions: %q", cr.Choices[0].Text)
	}
	cs := c.Completions.NewStreaming(ctx, openai.CompletionNewParams{Model: "m", Prompt: openai.CompletionNewParamsPromptUnion{OfString: param.NewOpt(text)}})
	var ctext strings.Builder
	for cs.Next() {
		for _, ch := range cs.Current().Choices {
			ctext.WriteString(ch.Text)
		}
	}
	if cs.Err() != nil || ctext.String() != want {
		t.Errorf("streamed completions: %q, %v", ctext.String(), cs.Err())
	}

	if _, err := c.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: "e", Input: openai.EmbeddingNewParamsInputUnion{OfArrayOfStrings: []string{text, planted[0]}}}); err != nil {
		t.Fatal(err)
	}
	_, err = c.Embeddings.New(ctx, openai.EmbeddingNewParams{Model: "e", Input: openai.EmbeddingNewParamsInputUnion{OfArrayOfTokens: []int64{1, 2, 3}}})
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 {
		t.Errorf("token-id embeddings input: want 400, got %v", err)
	}
	models, err := c.Models.List(ctx)
	if err != nil || len(models.Data) != 1 {
		t.Errorf("models: %v, %v", models, err)
	}
	assertNoPlanted(t, "the upstream", up.received())
}

func TestPolicyBlockSendsNothing(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	status, body, _ := g.post(t, "/v1/chat/completions", tenantKey, `{"model":"echo","messages":[{"role":"user","content":"deploy with AKIAIOSFODNN7EXAMPLE"}]}`)
	if status != http.StatusForbidden || !strings.Contains(body, `"type":"policy_violation"`) || !strings.Contains(body, "API_KEY x1") {
		t.Errorf("status %d body %s", status, body)
	}
	if strings.Contains(body, "AKIA") {
		t.Error("the error names the blocked value")
	}
	if up.count() != 0 {
		t.Error("a blocked request reached the upstream")
	}
	if log := g.auditLog(t, 1); !strings.Contains(log, `"decision":"blocked"`) || strings.Contains(log, "AKIA") {
		t.Errorf("audit log: %s", log)
	}
}

func TestRehydrationScopes(t *testing.T) {
	ctx := context.Background()
	for _, scope := range []string{"request", "tenant", "none"} {
		t.Run(scope, func(t *testing.T) {
			up := newRecorder(t)
			pol := filepath.Join(t.TempDir(), "p.yaml")
			os.WriteFile(pol, []byte("name: scoped\nrehydrate: "+scope+"\ndefault: {action: tokenize}\n"), 0o600)
			g := startVeil(t, up.srv.URL, pol, "")
			c := g.client()
			// request 1 mints a token for the email
			r1, err := c.Chat.Completions.New(ctx, chatParams("echo", openai.UserMessage("mail "+planted[0])))
			if err != nil {
				t.Fatal(err)
			}
			tok := tokenRe.FindString(up.received())
			if scope == "none" {
				if r1.Choices[0].Message.Content != "You said: mail "+tok {
					t.Errorf("scope none re-hydrated: %q", r1.Choices[0].Message.Content)
				}
				return
			}
			if r1.Choices[0].Message.Content != "You said: mail "+planted[0] {
				t.Errorf("own value not re-hydrated: %q", r1.Choices[0].Message.Content)
			}
			// request 2 sends the token itself: an echo must not turn into an oracle, unless the scope is the tenant
			r2, err := c.Chat.Completions.New(ctx, chatParams("echo", openai.UserMessage("who is "+tok+"?")))
			if err != nil {
				t.Fatal(err)
			}
			want := "You said: who is " + tok + "?"
			if scope == "tenant" {
				want = "You said: who is " + planted[0] + "?"
			}
			if got := r2.Choices[0].Message.Content; got != want {
				t.Errorf("scope %s: got %q, want %q", scope, got, want)
			}
		})
	}
}

func TestMetricsAndHealth(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	if _, err := c.Chat.Completions.New(context.Background(), chatParams("echo", openai.UserMessage(plantedText()))); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string][]string{
		"/metrics": {`veil_requests_total{code="200",route="chat/completions"} 1`, `veil_findings_total{action="tokenize",type="EMAIL_ADDRESS"} 1`,
			`veil_added_latency_seconds_count{route="chat/completions"} 1`, `veil_upstream_seconds_count{route="chat/completions"} 1`},
		"/healthz": {"ok"},
		"/readyz":  {"ready"},
	} {
		var b []byte
		var resp *http.Response
		// metrics are recorded just after the client has its answer
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			var err error
			if resp, err = http.Get(g.base + path); err != nil {
				t.Fatal(err)
			}
			b, _ = io.ReadAll(resp.Body)
			resp.Body.Close()
			all := true
			for _, w := range want {
				all = all && strings.Contains(string(b), w)
			}
			if all || time.Now().After(deadline) {
				break
			}
		}
		for _, w := range want {
			if resp.StatusCode != 200 || !strings.Contains(string(b), w) {
				t.Errorf("%s: status %d, missing %q", path, resp.StatusCode, w)
			}
		}
		assertNoPlanted(t, path, string(b))
	}
}

func TestUpstreamTimeout(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "timeouts:\n  upstream: 300ms\n")
	c := g.client()
	start := time.Now()
	_, err := c.Chat.Completions.New(context.Background(), chatParams("hang", openai.UserMessage("hello")))
	var apiErr *openai.Error
	if !errors.As(err, &apiErr) || apiErr.StatusCode != http.StatusGatewayTimeout || apiErr.Code != "upstream_timeout" {
		t.Fatalf("want 504 upstream_timeout, got %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the timeout took %v", d)
	}
	select {
	case <-up.canceled:
	case <-time.After(5 * time.Second):
		t.Error("the upstream request was not cancelled at the timeout")
	}
}

func TestResponsesConversationScope(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	c := g.client()
	ctx := context.Background()
	first := "my card is " + planted[2]
	r1, err := c.Responses.New(ctx, responses.ResponseNewParams{Model: "m", Input: responses.ResponseNewParamsInputUnion{OfString: param.NewOpt(first)}})
	if err != nil {
		t.Fatal(err)
	}
	// the continuation carries no identifier itself, yet the model answers with the earlier token
	for _, stream := range []bool{false, true} {
		params := responses.ResponseNewParams{Model: "m", Input: responses.ResponseNewParamsInputUnion{OfString: param.NewOpt("what did I say?")},
			PreviousResponseID: param.NewOpt(r1.ID)}
		var got string
		if stream {
			s := c.Responses.NewStreaming(ctx, params)
			for s.Next() {
				if ev := s.Current(); ev.Type == "response.completed" {
					got = ev.Response.OutputText()
				}
			}
			if err := s.Err(); err != nil {
				t.Fatal(err)
			}
		} else {
			r2, err := c.Responses.New(ctx, params)
			if err != nil {
				t.Fatal(err)
			}
			got = r2.OutputText()
		}
		if want := "Earlier you said: " + first; got != want {
			t.Errorf("stream=%t: got %q, want %q", stream, got, want)
		}
	}
	assertNoPlanted(t, "the upstream", up.received())
}

// TestEncodedValuesMasked: personal data and credentials inside encodings (a Kubernetes secret's
// base64, a mail's quoted-printable, JSON's escapes) and in a configuration's compound keys reach
// the upstream masked, and the answer that echoes them comes back as the client wrote it, the
// encoded characters included (stop 40).
func TestEncodedValuesMasked(t *testing.T) {
	up := newRecorder(t)
	g := startVeil(t, up.srv.URL, "strict", "")
	b64 := base64.StdEncoding.EncodeToString
	text := "Why does this fail?\ndata:\n  email: " + b64([]byte(planted[0])) + "\n  ssn: " + b64([]byte(planted[3])) +
		"\nContent-Transfer-Encoding: quoted-printable\n\nIf you did not ask for it, write to us or call our desk at (212) 555-=\n0147 within fourteen days of this letter, please.\n" +
		`{"card":"\u0034111 1111 1111 1111"}`
	c := g.client()
	resp, err := c.Chat.Completions.New(context.Background(), chatParams("echo", openai.UserMessage(text)))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := resp.Choices[0].Message.Content, "You said: "+text; got != want {
		t.Errorf("answer:\n got %q\nwant %q", got, want)
	}
	received := up.received()
	for _, leak := range []string{b64([]byte(planted[0]))[:12], b64([]byte(planted[3]))[:12], "555-=\n0147", `\u0034111 1111`} {
		if strings.Contains(received, leak) || strings.Contains(received, jsonEscape(leak)) {
			t.Errorf("the upstream saw %q", leak)
		}
	}
	// credentials in a configuration's compound key and an Authorization header: the strict
	// policy blocks secrets, so nothing goes upstream, and the error names no value
	n := up.count()
	for _, cred := range []string{"DB_PASSWORD=KAqSJ4d_qhz9", "curl -H 'Authorization: Basic " + b64([]byte("jdoe:Tr0ub4dor&3")) + "' https://x.io"} {
		status, body, _ := g.post(t, "/v1/chat/completions", tenantKey, `{"model":"echo","messages":[{"role":"user","content":`+quoteJSON(cred)+`}]}`)
		if status != http.StatusForbidden || !strings.Contains(body, "SECRET x1") || strings.Contains(body, "KAqSJ4d") || strings.Contains(body, "amRvZT") {
			t.Errorf("%q: status %d body %s", cred, status, body)
		}
	}
	if up.count() != n {
		t.Error("a request with a credential reached the upstream")
	}
}
