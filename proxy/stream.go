package proxy

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/veil-gateway/veil/jsonscan"
	"github.com/veil-gateway/veil/tokenize"
)

// stream relays an upstream event stream, re-hydrating each event as it arrives. Only text that
// could begin a token split across events is held back.
func (s *Server) stream(ctx context.Context, w http.ResponseWriter, x *exchange, rt *route, body io.Reader, rh *tokenize.Rehydrator, preview bool) error {
	rc := http.NewResponseController(w)
	w.Header().Del("Content-Length")
	w.WriteHeader(x.status)
	rd := newSSEReader(body)
	st := &streamState{kind: rt.stream, rh: rh, streams: map[string]*pending{}}
	defer func() { x.responseID = st.responseID }()
	var buf []byte
	for {
		ev, err := rd.next()
		buf = buf[:0]
		switch {
		case err == io.EOF:
			if !preview {
				if buf, err = st.flushAll(ctx, buf); err != nil {
					return s.streamError(w, rc, err)
				}
			}
			if len(buf) > 0 {
				if _, err := w.Write(buf); err != nil {
					return err
				}
			}
			return nil
		case err != nil:
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return s.streamError(w, rc, err)
		}
		switch {
		case preview || !ev.hasData:
			buf = ev.write(buf, ev.data)
		case bytes.Equal(bytes.TrimSpace(ev.data), []byte("[DONE]")):
			if buf, err = st.flushAll(ctx, buf); err != nil {
				return s.streamError(w, rc, err)
			}
			buf = ev.write(buf, ev.data)
		default:
			t0 := time.Now()
			if buf, err = st.event(ctx, ev, buf); err != nil {
				return s.streamError(w, rc, err)
			}
			x.timings["rehydrate"] += float64(time.Since(t0).Microseconds()) / 1000
		}
		if _, err := w.Write(buf); err != nil {
			return err
		}
		if err := rc.Flush(); err != nil {
			return err
		}
		if x.timings["first_byte"] == 0 {
			x.timings["first_byte"] = float64(time.Since(x.start).Microseconds()) / 1000
		}
	}
}

// streamError ends a stream that already began with an error event in OpenAI's shape.
func (s *Server) streamError(w http.ResponseWriter, rc *http.ResponseController, err error) error {
	ae := classify(err)
	if err == errTruncated || strings.Contains(err.Error(), errTruncated.Error()) {
		ae = &apiError{Status: 502, Type: "upstream_error", Code: "stream_truncated", Msg: "the upstream stream ended in the middle of an event", Err: err}
	}
	code := ae.Code
	b, _ := json.Marshal(errorBody{Error: errorDetail{Message: ae.Msg, Type: ae.Type, Code: &code}})
	fmt.Fprintf(w, "event: error\ndata: %s\n\n", b)
	rc.Flush()
	return ae
}

// pending is one re-hydration stream: the text of one choice's content, one tool call's
// arguments, or one Responses output part.
type pending struct {
	s        *tokenize.Stream
	choice   int    // chat and completions
	tool     int    // tool call index, or -1
	field    string // "content", "refusal", "text", "arguments", ...
	template *event // responses: the last delta event, to send held text in the same form
	tdata    []byte
}

type streamState struct {
	kind       string // chat, completions or responses
	rh         *tokenize.Rehydrator
	streams    map[string]*pending
	order      []string
	envelope   [][2]string // chat and completions: top-level id, object, created, model (raw JSON)
	responseID string      // responses: the id of the response being streamed
}

func (st *streamState) get(key string, jsonMode bool, init func(*pending)) *pending {
	p, ok := st.streams[key]
	if !ok {
		p = &pending{s: st.rh.Stream(jsonMode), tool: -1}
		init(p)
		st.streams[key] = p
		st.order = append(st.order, key)
	}
	return p
}

// str is a string value found in the first pass over an event.
type str struct {
	p   jsonscan.Path
	val string
}

// event re-hydrates one event and appends it (and any synthesized events before it) to dst.
func (st *streamState) event(ctx context.Context, ev *event, dst []byte) ([]byte, error) {
	// pass 1: what the event is, and its strings
	var strs []str
	nums := map[string]string{} // path -> raw scalar, for the indexes that key streams
	err := jsonscan.Walk(ev.data, nil, func(p jsonscan.Path, tok jsontext.Token) (string, bool, error) {
		if tok.Kind() == '"' {
			strs = append(strs, str{p: append(jsonscan.Path(nil), p...), val: tok.String()})
			if st.kind == "responses" && st.responseID == "" && p.Match("response", "id") {
				st.responseID = tok.String()
			}
		}
		if len(p) == 1 || p.Match("choices", "#", "index") || p.Match("choices", "#", "finish_reason") ||
			p.Match("choices", "#", "delta", "tool_calls", "#", "index") {
			raw := tok.String()
			if tok.Kind() == '"' {
				raw = quote(raw)
			}
			nums[p.String()] = raw
		}
		return "", false, nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errUpstreamBody, err)
	}
	if st.kind != "responses" && st.envelope == nil {
		for _, k := range []string{"id", "object", "created", "model"} {
			if v, ok := nums[k]; ok {
				st.envelope = append(st.envelope, [2]string{k, v})
			}
		}
	}
	// pass 2: replacements, in document order
	repl := make([]string, len(strs))
	finishing := map[int]bool{}
	for p, v := range nums {
		if strings.HasSuffix(p, ".finish_reason") && v != "null" {
			finishing[st.choiceIndex(nums, p)] = true
		}
	}
	var pre []byte
	var flushedKeys []string
	for i, s := range strs {
		key, jsonMode, init := st.classify(s.p, nums)
		if key == "" {
			jsonMode = len(s.p) > 0 && s.p[len(s.p)-1].Key == "arguments"
			if repl[i], err = st.rh.Text(ctx, s.val, jsonMode); err != nil {
				return nil, err
			}
			continue
		}
		pd := st.get(key, jsonMode, init)
		if repl[i], err = pd.s.Write(ctx, s.val); err != nil {
			return nil, err
		}
		if st.kind == "responses" {
			pd.template = ev
		} else if finishing[pd.choice] {
			tail, err := pd.s.Flush(ctx)
			if err != nil {
				return nil, err
			}
			repl[i] += tail
		}
	}
	// streams that end with this event but had no text in it send what they held first
	if st.kind == "responses" {
		if typ := nums["type"]; strings.HasSuffix(typ, `.done"`) {
			if pre, flushedKeys, err = st.flushResponses(ctx, pre, respKey(strings.TrimSuffix(strings.Trim(typ, `"`), ".done")+".delta", nums)); err != nil {
				return nil, err
			}
		}
	} else {
		for choice := range finishing {
			if pre, err = st.flushChoice(ctx, pre, choice); err != nil {
				return nil, err
			}
		}
	}
	var out bytes.Buffer
	i := 0
	err = jsonscan.Walk(ev.data, &out, func(p jsonscan.Path, tok jsontext.Token) (string, bool, error) {
		if tok.Kind() != '"' {
			return "", false, nil
		}
		i++
		return repl[i-1], repl[i-1] != strs[i-1].val, nil
	})
	if err != nil {
		return nil, err
	}
	if st.kind == "responses" {
		for _, s := range strs {
			if key, _, _ := st.classify(s.p, nums); key != "" && !slices.Contains(flushedKeys, key) {
				st.streams[key].tdata = bytes.Clone(out.Bytes())
			}
		}
	}
	dst = append(dst, pre...)
	return ev.write(dst, out.Bytes()), nil
}

// choiceIndex returns the logical index of the choice at the array position in path p.
func (st *streamState) choiceIndex(nums map[string]string, p string) int {
	pos := strings.TrimPrefix(p, "choices[")
	pos = pos[:strings.IndexByte(pos, ']')]
	var idx int
	if v, ok := nums["choices["+pos+"].index"]; ok {
		fmt.Sscan(v, &idx)
	} else {
		fmt.Sscan(pos, &idx)
	}
	return idx
}

// classify returns the stream key for a string that is part of streamed text, or "".
func (st *streamState) classify(p jsonscan.Path, nums map[string]string) (key string, jsonMode bool, init func(*pending)) {
	switch st.kind {
	case "chat":
		if len(p) == 4 && p.Match("choices", "#", "delta", p[3].Key) {
			switch p[3].Key {
			case "content", "refusal", "reasoning_content", "reasoning":
				c := st.choiceIndex(nums, p[:2].String())
				return fmt.Sprintf("c%d.%s", c, p[3].Key), false, func(pd *pending) { pd.choice, pd.field = c, p[3].Key }
			}
		}
		if p.Match("choices", "#", "delta", "tool_calls", "#", "function", "arguments") {
			c := st.choiceIndex(nums, p[:2].String())
			tool := p[4].Idx
			fmt.Sscan(nums[p[:5].String()+".index"], &tool)
			return fmt.Sprintf("c%d.t%d", c, tool), true, func(pd *pending) { pd.choice, pd.tool, pd.field = c, tool, "arguments" }
		}
	case "completions":
		if p.Match("choices", "#", "text") {
			c := st.choiceIndex(nums, p[:2].String())
			return fmt.Sprintf("c%d.text", c), false, func(pd *pending) { pd.choice, pd.field = c, "text" }
		}
	case "responses":
		typ := strings.Trim(nums["type"], `"`)
		if p.Match("delta") && strings.HasSuffix(typ, ".delta") {
			return respKey(typ, nums), strings.Contains(typ, "arguments"), func(pd *pending) { pd.field = "delta" }
		}
	}
	return "", false, nil
}

func respKey(typ string, nums map[string]string) string {
	return typ + "|" + nums["item_id"] + "|" + nums["output_index"] + "|" + nums["content_index"] + "|" + nums["summary_index"]
}

// flushChoice sends what one choice's streams held, as a synthesized chunk, and ends them.
func (st *streamState) flushChoice(ctx context.Context, dst []byte, choice int) ([]byte, error) {
	var parts []string
	var tools []string
	for _, key := range st.order {
		pd := st.streams[key]
		if pd == nil || pd.choice != choice {
			continue
		}
		tail, err := pd.s.Flush(ctx)
		if err != nil {
			return nil, err
		}
		delete(st.streams, key)
		if tail == "" {
			continue
		}
		q := quote(tail)
		switch {
		case pd.tool >= 0:
			tools = append(tools, fmt.Sprintf(`{"index":%d,"function":{"arguments":%s}}`, pd.tool, q))
		default:
			parts = append(parts, fmt.Sprintf(`%s:%s`, quote(pd.field), q))
		}
	}
	if len(parts) == 0 && len(tools) == 0 {
		return dst, nil
	}
	var b strings.Builder
	b.WriteByte('{')
	for _, kv := range st.envelope {
		fmt.Fprintf(&b, "%s:%s,", quote(kv[0]), kv[1])
	}
	if st.kind == "completions" {
		fmt.Fprintf(&b, `"choices":[{"index":%d,%s,"finish_reason":null}]}`, choice, strings.Join(parts, ","))
	} else {
		if len(tools) > 0 {
			parts = append(parts, `"tool_calls":[`+strings.Join(tools, ",")+`]`)
		}
		fmt.Fprintf(&b, `"choices":[{"index":%d,"delta":{%s},"finish_reason":null}]}`, choice, strings.Join(parts, ","))
	}
	ev := &event{hasData: true}
	return ev.write(dst, []byte(b.String())), nil
}

// flushResponses sends what the Responses streams with the given key held, in the form of their last delta event.
func (st *streamState) flushResponses(ctx context.Context, dst []byte, key string) ([]byte, []string, error) {
	pd := st.streams[key]
	if pd == nil {
		return dst, nil, nil
	}
	delete(st.streams, key)
	tail, err := pd.s.Flush(ctx)
	if err != nil || tail == "" || pd.template == nil {
		return dst, []string{key}, err
	}
	var out bytes.Buffer
	err = jsonscan.Walk(pd.tdata, &out, func(p jsonscan.Path, tok jsontext.Token) (string, bool, error) {
		return tail, p.Match("delta"), nil
	})
	if err != nil {
		return nil, nil, err
	}
	return pd.template.write(dst, out.Bytes()), []string{key}, nil
}

// flushAll ends every stream, at the end of the upstream's stream.
func (st *streamState) flushAll(ctx context.Context, dst []byte) ([]byte, error) {
	var err error
	for _, key := range st.order {
		pd := st.streams[key]
		if pd == nil {
			continue
		}
		if st.kind == "responses" {
			dst, _, err = st.flushResponses(ctx, dst, key)
		} else {
			dst, err = st.flushChoice(ctx, dst, pd.choice)
		}
		if err != nil {
			return nil, err
		}
	}
	return dst, nil
}

func quote(s string) string {
	b, _ := jsontext.AppendQuote(nil, s)
	return string(b)
}
