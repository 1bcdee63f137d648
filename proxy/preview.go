package proxy

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"strings"
	"time"
)

// previewTransport is the built-in upstream that answers with exactly what it received, so a
// newcomer sees what would leave the building. Its answers are not re-hydrated.
type previewTransport struct{}

func (previewTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	var body []byte
	if r.Body != nil {
		var err error
		if body, err = io.ReadAll(r.Body); err != nil {
			return nil, err
		}
	}
	var req struct {
		Model  string `json:"model"`
		Stream bool   `json:"stream"`
		Input  any    `json:"input"`
	}
	json.Unmarshal(body, &req)
	var pretty bytes.Buffer
	if json.Indent(&pretty, body, "", "  ") != nil {
		pretty.Reset()
		pretty.Write(body)
	}
	sent := "Veil preview: no upstream key is set, so nothing left this machine. This is the request the upstream would have received:\n\n" + pretty.String()
	created := time.Now().Unix()
	route := strings.TrimPrefix(r.URL.Path, "/v1/")
	var out any
	switch route {
	case "chat/completions":
		if req.Stream {
			return sse(previewChatStream(req.Model, created, sent)), nil
		}
		out = map[string]any{"id": "chatcmpl-preview", "object": "chat.completion", "created": created, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": sent}, "finish_reason": "stop"}},
			"usage":   map[string]int{"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}}
	case "completions":
		out = map[string]any{"id": "cmpl-preview", "object": "text_completion", "created": created, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "text": sent, "finish_reason": "stop"}}}
	case "responses":
		out = map[string]any{"id": "resp_preview", "object": "response", "created_at": created, "model": req.Model, "status": "completed",
			"output": []any{map[string]any{"type": "message", "id": "msg_preview", "role": "assistant", "status": "completed",
				"content": []any{map[string]any{"type": "output_text", "text": sent, "annotations": []any{}}}}}}
	case "embeddings":
		out = previewEmbeddings(req.Model, req.Input)
	case "models":
		out = map[string]any{"object": "list", "data": []any{map[string]any{"id": "preview", "object": "model", "created": created, "owned_by": "veil"}}}
	default:
		return jsonResponse(http.StatusNotFound, map[string]any{"error": map[string]any{"message": "the preview upstream does not serve " + route, "type": "invalid_request_error", "code": "unknown_route"}}), nil
	}
	return jsonResponse(http.StatusOK, out), nil
}

func previewChatStream(model string, created int64, text string) []byte {
	var b bytes.Buffer
	chunk := func(delta map[string]any, finish any) {
		c, _ := json.Marshal(map[string]any{"id": "chatcmpl-preview", "object": "chat.completion.chunk", "created": created, "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}}})
		fmt.Fprintf(&b, "data: %s\n\n", c)
	}
	chunk(map[string]any{"role": "assistant", "content": ""}, nil)
	for len(text) > 0 {
		n := min(len(text), 64)
		for n < len(text) && text[n]&0xC0 == 0x80 {
			n++
		}
		chunk(map[string]any{"content": text[:n]}, nil)
		text = text[n:]
	}
	chunk(map[string]any{}, "stop")
	b.WriteString("data: [DONE]\n\n")
	return b.Bytes()
}

// previewEmbeddings returns a small deterministic vector per input, derived from what was sent.
func previewEmbeddings(model string, input any) any {
	var inputs []any
	switch v := input.(type) {
	case []any:
		inputs = v
	default:
		inputs = []any{v}
	}
	data := make([]any, len(inputs))
	for i, in := range inputs {
		sum := sha256.Sum256(fmt.Append(nil, in))
		vec := make([]float64, 8)
		for k := range vec {
			vec[k] = float64(int32(binary.BigEndian.Uint32(sum[k*4:]))) / math.MaxInt32
		}
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": vec}
	}
	return map[string]any{"object": "list", "data": data, "model": model, "usage": map[string]int{"prompt_tokens": 0, "total_tokens": 0}}
}

func jsonResponse(status int, v any) *http.Response {
	b, _ := json.Marshal(v)
	return &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(bytes.NewReader(b)), ContentLength: int64(len(b))}
}

func sse(b []byte) *http.Response {
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"text/event-stream"}},
		Body: io.NopCloser(bytes.NewReader(b)), ContentLength: -1}
}
