package proxy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/policies"
	"github.com/veil-gateway/veil/tokenize"
)

func TestSSEReader(t *testing.T) {
	in := ": comment\r\nevent: response.output_text.delta\r\ndata: {\"a\":1}\r\n\r\ndata: line1\ndata: line2\n\n\n\ndata: [DONE]\n\n"
	rd := newSSEReader(strings.NewReader(in))
	var got []string
	for {
		ev, err := rd.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%q|%s", ev.fields, ev.data))
	}
	want := []string{`[": comment" "event: response.output_text.delta"]|{"a":1}`, "[]|line1\nline2", `[]|[DONE]`}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events:\n got %q\nwant %q", got, want)
	}
	for _, cut := range []string{"data: {\"a\":1}", "data: {\"a\":1}\n", "event: x\n"} {
		rd := newSSEReader(strings.NewReader(cut))
		if _, err := rd.next(); !errors.Is(err, errTruncated) {
			t.Errorf("%q: err = %v, want errTruncated", cut, err)
		}
	}
}

func FuzzSSE(f *testing.F) {
	f.Add([]byte("data: {\"a\":1}\n\ndata: [DONE]\n\n"))
	f.Add([]byte("event: e\r\ndata: x\r\ndata: y\r\n\r\n"))
	f.Add([]byte(": c\n\n\n\ndata:\n\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var events []*event
		rd := newSSEReader(bytes.NewReader(in))
		for {
			ev, err := rd.next()
			if err != nil {
				break
			}
			events = append(events, ev)
		}
		// what the gateway writes, a client reads back as the same events
		var wire []byte
		for _, ev := range events {
			wire = ev.write(wire, ev.data)
		}
		rd = newSSEReader(bytes.NewReader(wire))
		for i, want := range events {
			ev, err := rd.next()
			if err != nil {
				t.Fatalf("event %d: %v", i, err)
			}
			if !bytes.Equal(ev.data, want.data) || ev.hasData != want.hasData || len(ev.fields) != len(want.fields) {
				t.Fatalf("event %d changed: %+v -> %+v", i, want, ev)
			}
		}
		if _, err := rd.next(); err != io.EOF {
			t.Fatalf("extra data after the events: %v", err)
		}
	})
}

var testFinder = tokenize.NewFinder(policies.KnownTypes)

const tok = "[EMAIL_ADDRESS_7KQ2M9XA]"

func testRehydrator() *tokenize.Rehydrator {
	return tokenize.NewRehydrator(testFinder, func(_ context.Context, toks []string) (map[string]string, error) {
		out := map[string]string{}
		for _, t := range toks {
			if t == tok {
				out[t] = `jane "j" \ doe@example.com`
			}
		}
		return out, nil
	})
}

// relay runs a chat stream through the gateway's stream state and returns the content and
// tool-call arguments a client accumulates.
func relay(t *testing.T, events []string) (content, args string) {
	t.Helper()
	st := &streamState{kind: "chat", rh: testRehydrator(), streams: map[string]*pending{}}
	var wire []byte
	var err error
	for _, data := range events {
		if data == "[DONE]" {
			wire, err = st.flushAll(context.Background(), wire)
		} else {
			wire, err = st.event(context.Background(), &event{data: []byte(data), hasData: true}, wire)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	wire, _ = st.flushAll(context.Background(), wire)
	rd := newSSEReader(bytes.NewReader(wire))
	var c, a strings.Builder
	for {
		ev, err := rd.next()
		if err != nil {
			break
		}
		var chunk struct {
			Choices []struct {
				Delta struct {
					Content   string `json:"content"`
					ToolCalls []struct {
						Function struct{ Arguments string } `json:"function"`
					} `json:"tool_calls"`
				} `json:"delta"`
			} `json:"choices"`
		}
		if err := json.Unmarshal(ev.data, &chunk); err != nil {
			t.Fatalf("the gateway wrote an invalid chunk %q: %v", ev.data, err)
		}
		for _, ch := range chunk.Choices {
			c.WriteString(ch.Delta.Content)
			for _, tc := range ch.Delta.ToolCalls {
				a.WriteString(tc.Function.Arguments)
			}
		}
	}
	return c.String(), a.String()
}

func chatChunks(text string, size int, field string) []string {
	var out []string
	for len(text) > 0 {
		n := min(size, len(text))
		for n < len(text) && !utf8.RuneStart(text[n]) { // JSON strings hold whole characters
			n++
		}
		piece, _ := json.Marshal(text[:n])
		delta := fmt.Sprintf(`{"content":%s}`, piece)
		if field == "args" {
			delta = fmt.Sprintf(`{"tool_calls":[{"index":0,"function":{"arguments":%s}}]}`, piece)
		}
		out = append(out, fmt.Sprintf(`{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":%s,"finish_reason":null}]}`, delta))
		text = text[n:]
	}
	return out
}

func TestStreamFlushesHeldTextAtFinish(t *testing.T) {
	// the answer ends with the start of a token that never completes
	events := append(chatChunks("Hello [EMAIL_ADDR", 3, "content"),
		`{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}`, "[DONE]")
	content, _ := relay(t, events)
	if content != "Hello [EMAIL_ADDR" {
		t.Errorf("content = %q", content)
	}
}

func FuzzStreamRelay(f *testing.F) {
	f.Add("Mail "+tok+" now, or "+strings.ToLower(tok)+".", uint8(2), false)
	f.Add(`{"to":"`+tok+`","cc":`+tok+`}`, uint8(1), true)
	f.Add("ünïcödé "+tok+" ✓", uint8(3), false)
	rh := testRehydrator()
	f.Fuzz(func(t *testing.T, text string, size uint8, args bool) {
		if size == 0 || !utf8Valid(text) {
			return
		}
		field := "content"
		if args {
			field = "args"
		}
		content, gotArgs := relay(t, append(chatChunks(text, int(size), field), "[DONE]"))
		want, err := rh.Text(context.Background(), text, args)
		if err != nil {
			t.Fatal(err)
		}
		got := content
		if args {
			got = gotArgs
		}
		if got != want {
			t.Fatalf("streamed %q, whole %q", got, want)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func TestCollectRewrite(t *testing.T) {
	body := `{"model":"m","stream":true,"messages":[{"role":"user","content":"a"},{"role":"user","content":[{"type":"text","text":"b"},{"type":"image_url","image_url":{"url":"https://x"}}]},{"role":"assistant","tool_calls":[{"id":"1","type":"function","function":{"name":"f","arguments":"{\"q\":\"c\"}"}}]}],"temperature":0.70}`
	rt := routes["chat/completions"]
	sc, err := rt.collect([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sc.texts, []string{"a", "b", `{"q":"c"}`}) || sc.model != "m" || !sc.stream {
		t.Fatalf("collect = %+v", sc)
	}
	out, err := rt.fields.Rewrite([]byte(body), []string{"A", "B", `{"q":"C"}`})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer(`"content":"a"`, `"content":"A"`, `"text":"b"`, `"text":"B"`, `{\"q\":\"c\"}`, `{\"q\":\"C\"}`).Replace(body)
	if string(out) != want {
		t.Errorf("rewrite:\n got %s\nwant %s", out, want)
	}
	for _, bad := range []string{`[1,2]`, `{"a":1,"a":2}`, `{"messages":"x"`, "{\"messages\":[{\"content\":\"\xff\"}]}", ``} {
		if _, err := rt.collect([]byte(bad)); !errors.Is(err, jsonscan.ErrMalformed) {
			t.Errorf("collect(%q) = %v, want ErrMalformed", bad, err)
		}
	}
	sc, err = rt.collect([]byte(`{"user":"jane@example.com","metadata":{"ticket":"T-1","owner":"bob@example.com"},"messages":[]}`))
	if err != nil || !reflect.DeepEqual(sc.texts, []string{"jane@example.com", "T-1", "bob@example.com"}) {
		t.Errorf("user and metadata: %v, %v", sc.texts, err)
	}
	if _, err := routes["embeddings"].collect([]byte(`{"input":[[1,2]]}`)); !errors.Is(err, jsonscan.ErrUnscannable) {
		t.Errorf("token ids: %v", err)
	}
	if _, err := rt.collect([]byte(`{"messages":[{"role":"user","content":[{"type":"file","file":{"file_data":"JVBERi0="}}]}]}`)); !errors.Is(err, jsonscan.ErrUnscannable) {
		t.Errorf("file part: %v", err)
	}
}

// TestCollectSendsBackFields: texts that reach a request from an earlier answer (a refusal, a
// reasoning summary, a tool's output), from the app's user identifiers, and from a stored
// prompt's variables are scanned too.
func TestCollectSendsBackFields(t *testing.T) {
	for _, tc := range []struct {
		route, body string
		want        []string
	}{
		{"chat/completions", `{"messages":[{"role":"assistant","refusal":"r1","content":[{"type":"refusal","refusal":"r2"}]}],"safety_identifier":"s","prompt_cache_key":"k"}`,
			[]string{"r1", "r2", "s", "k"}},
		{"responses", `{"input":[{"type":"message","role":"assistant","content":[{"type":"refusal","refusal":"r"}]},{"type":"reasoning","summary":[{"type":"summary_text","text":"sum"}]},` +
			`{"type":"function_call_output","output":[{"type":"input_text","text":"o"}]},{"type":"custom_tool_call","input":"ci"}],` +
			`"prompt":{"id":"pmpt_1","variables":{"customer":"Ana","note":{"type":"input_text","text":"n"}}},"safety_identifier":"s","prompt_cache_key":"k"}`,
			[]string{"r", "sum", "o", "ci", "Ana", "n", "s", "k"}},
	} {
		sc, err := routes[tc.route].collect([]byte(tc.body))
		if err != nil || !slices.Equal(sc.texts, tc.want) {
			t.Errorf("%s: texts %q, %v; want %q", tc.route, sc.texts, err, tc.want)
		}
	}
	if _, err := routes["responses"].collect([]byte(`{"prompt":{"id":"p","variables":{"doc":{"type":"input_file","file_data":"JVBERi0="}}}}`)); !errors.Is(err, jsonscan.ErrUnscannable) {
		t.Errorf("a prompt variable's file: %v", err)
	}
}

func FuzzRewrite(f *testing.F) {
	f.Add([]byte(`{"model":"m","messages":[{"role":"user","content":"hi"},{"role":"user","content":[{"type":"text","text":"x"}]}]}`))
	f.Add([]byte(`{"input":"a","instructions":"b","input":[{"content":"c"}]}`))
	f.Add([]byte(`{"prompt":["a","b"],"suffix":"s","n":1e400}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, name := range []string{"chat/completions", "responses", "completions", "embeddings"} {
			rt := routes[name]
			sc, err := rt.collect(body)
			if err != nil {
				continue
			}
			upper := make([]string, len(sc.texts))
			for i, s := range sc.texts {
				upper[i] = strings.ToUpper(s) + "\"\\"
			}
			out, err := rt.fields.Rewrite(body, upper)
			if err != nil {
				t.Fatalf("%s: rewrite of a collected body failed: %v", name, err)
			}
			sc2, err := rt.collect(out)
			if err != nil {
				t.Fatalf("%s: the rewritten body does not collect: %v\n%s", name, err, out)
			}
			if !slices.Equal(sc2.texts, upper) {
				t.Fatalf("%s: rewritten texts %q, want %q", name, sc2.texts, upper)
			}
			same, err := rt.fields.Rewrite(body, sc.texts)
			if err != nil || !json.Valid(same) {
				t.Fatalf("%s: identity rewrite: %v", name, err)
			}
			var a, b any
			json.Unmarshal(body, &a)
			json.Unmarshal(same, &b)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("%s: identity rewrite changed the document:\n%s\n%s", name, body, same)
			}
		}
	})
}

// TestResponsesStreamFlushesAtDone: a Responses stream whose last delta ends with the start of a
// token sends what it held, in the form of a delta event, before the done event.
func TestResponsesStreamFlushesAtDone(t *testing.T) {
	st := &streamState{kind: "responses", rh: testRehydrator(), streams: map[string]*pending{}}
	delta := func(d string) *event {
		return &event{fields: [][]byte{[]byte("event: response.output_text.delta")}, hasData: true,
			data: []byte(`{"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":` + quote(d) + `}`)}
	}
	events := []*event{delta("Mail " + tok[:10]), delta(tok[10:] + " or [EMAIL_"),
		{fields: [][]byte{[]byte("event: response.output_text.done")}, hasData: true,
			data: []byte(`{"type":"response.output_text.done","item_id":"msg_1","output_index":0,"content_index":0,"text":"Mail ` + tok + ` or [EMAIL_"}`)}}
	var wire []byte
	for _, ev := range events {
		var err error
		if wire, err = st.event(context.Background(), ev, wire); err != nil {
			t.Fatal(err)
		}
	}
	rd := newSSEReader(bytes.NewReader(wire))
	var deltas strings.Builder
	var done string
	for {
		ev, err := rd.next()
		if err != nil {
			break
		}
		var m struct{ Type, Delta, Text string }
		json.Unmarshal(ev.data, &m)
		switch m.Type {
		case "response.output_text.delta":
			if done != "" {
				t.Fatal("a delta came after the done event")
			}
			deltas.WriteString(m.Delta)
		case "response.output_text.done":
			done = m.Text
		}
	}
	want := `Mail jane "j" \ doe@example.com or [EMAIL_`
	if deltas.String() != want || done != want {
		t.Errorf("deltas %q, done %q, want %q", deltas.String(), done, want)
	}
}

func TestPreviewAnswersEveryRoute(t *testing.T) {
	pt := previewTransport{}
	for _, tc := range []struct{ route, body, want string }{
		{"chat/completions", `{"model":"m","stream":true,"messages":[]}`, "text/event-stream"},
		{"embeddings", `{"model":"e","input":["a","b"]}`, `"embedding"`},
		{"responses", `{"model":"m","input":"x"}`, `"output_text"`},
		{"completions", `{"model":"m","prompt":"x"}`, `"text_completion"`},
		{"models", ``, `"preview"`},
		{"audio/speech", `{}`, "unknown_route"},
	} {
		req, _ := http.NewRequest("POST", "http://preview.invalid/v1/"+tc.route, strings.NewReader(tc.body))
		resp, err := pt.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		if !strings.Contains(string(b)+resp.Header.Get("Content-Type"), tc.want) {
			t.Errorf("%s: %s", tc.route, b)
		}
	}
}
