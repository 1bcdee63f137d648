// Package finetune streams fine-tuning and batch datasets (OpenAI's JSONL formats) through
// Veil's redaction: it validates each line, masks its texts in parallel batches while keeping
// line order, reports what changed, spools the result encrypted, signs a manifest of it, and
// remembers which files passed through.
package finetune

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/veil-gateway/veil/jsonscan"
)

// Purposes of uploaded files that Veil scans.
const (
	PurposeFineTune = "fine-tune"
	PurposeBatch    = "batch"
)

// FineTuneFields are the text-bearing fields of OpenAI fine-tuning records: chat, legacy
// prompt/completion, and preference (DPO) pairs.
var FineTuneFields = jsonscan.Fields{
	jsonscan.F(jsonscan.Text, "messages", "#", "content"),
	jsonscan.F(jsonscan.Text, "messages", "#", "content", "#", "text"),
	jsonscan.F(jsonscan.Name, "messages", "#", "name"),
	jsonscan.F(jsonscan.JSONText, "messages", "#", "tool_calls", "#", "function", "arguments"),
	jsonscan.F(jsonscan.JSONText, "messages", "#", "function_call", "arguments"),
	jsonscan.F(jsonscan.Refuse, "messages", "#", "content", "#", "image_url", "url"),
	jsonscan.F(jsonscan.Text, "prompt"),
	jsonscan.F(jsonscan.Text, "completion"),
	jsonscan.F(jsonscan.Text, "input", "messages", "#", "content"),
	jsonscan.F(jsonscan.Name, "input", "messages", "#", "name"),
	jsonscan.F(jsonscan.Text, "input", "messages", "#", "content", "#", "text"),
	jsonscan.F(jsonscan.JSONText, "input", "messages", "#", "tool_calls", "#", "function", "arguments"),
	jsonscan.F(jsonscan.Text, "preferred_output", "#", "content"),
	jsonscan.F(jsonscan.JSONText, "preferred_output", "#", "tool_calls", "#", "function", "arguments"),
	jsonscan.F(jsonscan.Text, "non_preferred_output", "#", "content"),
	jsonscan.F(jsonscan.JSONText, "non_preferred_output", "#", "tool_calls", "#", "function", "arguments"),
}

// Prefix returns fs with every pattern under key (a batch line's "body").
func Prefix(key string, fs jsonscan.Fields) jsonscan.Fields {
	out := make(jsonscan.Fields, len(fs))
	for i, f := range fs {
		out[i] = jsonscan.Field{Kind: f.Kind, Pattern: append([]string{key}, f.Pattern...)}
	}
	return out
}

var roles = []string{"system", "developer", "user", "assistant", "tool", "function"}

// ValidateFineTune checks a fine-tuning line against OpenAI's formats: chat messages (with tool
// calls), legacy prompt/completion, or a preference pair. Errors name the field, never its value.
// Names match exactly and duplicate names are refused (JSON v2 semantics), as the scanner does.
func ValidateFineTune(line []byte) error {
	var rec map[string]jsontext.Value
	if err := unmarshalObject(line, &rec); err != nil {
		return err
	}
	switch {
	case rec["messages"] != nil:
		return validateMessages("messages", rec["messages"], true)
	case rec["input"] != nil || rec["preferred_output"] != nil || rec["non_preferred_output"] != nil:
		var in struct {
			Messages jsontext.Value `json:"messages"`
		}
		if err := json.Unmarshal(rec["input"], &in); err != nil || in.Messages == nil {
			return errors.New("input: want an object with messages (a preference pair)")
		}
		if err := validateMessages("input.messages", in.Messages, false); err != nil {
			return err
		}
		for _, k := range []string{"preferred_output", "non_preferred_output"} {
			if rec[k] == nil {
				return fmt.Errorf("%s is missing (a preference pair needs both outputs)", k)
			}
			if err := validateMessages(k, rec[k], true); err != nil {
				return err
			}
		}
		return nil
	case rec["prompt"] != nil || rec["completion"] != nil:
		for _, k := range []string{"prompt", "completion"} {
			var s string
			if err := json.Unmarshal(rec[k], &s); err != nil {
				return fmt.Errorf("%s: want a string", k)
			}
		}
		return nil
	}
	return errors.New("want messages, prompt and completion, or a preference pair (input, preferred_output, non_preferred_output)")
}

// batchURLs are the endpoints a batch line may call, each with the fields its body scans.
var batchURLs = []string{"/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/responses"}

// ValidateBatch checks a batch input line: custom_id, method POST, a supported url, and a
// body object (chat bodies' messages are checked as in fine-tuning). It returns the url.
func ValidateBatch(line []byte) (string, error) {
	var rec map[string]jsontext.Value
	if err := unmarshalObject(line, &rec); err != nil {
		return "", err
	}
	var id, method, url string
	if json.Unmarshal(rec["custom_id"], &id) != nil || id == "" {
		return "", errors.New("custom_id: want a non-empty string")
	}
	if json.Unmarshal(rec["method"], &method) != nil || method != "POST" {
		return "", errors.New("method: want POST")
	}
	if json.Unmarshal(rec["url"], &url) != nil || !slices.Contains(batchURLs, url) {
		return "", fmt.Errorf("url: want one of %s", strings.Join(batchURLs, ", "))
	}
	var body map[string]jsontext.Value
	if err := json.Unmarshal(rec["body"], &body); err != nil || body == nil {
		return "", errors.New("body: want an object")
	}
	if url == "/v1/chat/completions" {
		if err := validateMessages("body.messages", body["messages"], false); err != nil {
			return "", err
		}
	}
	return url, nil
}

func unmarshalObject(line []byte, v any) error {
	b := bytes.TrimSpace(line)
	if len(b) == 0 {
		return errors.New("empty line")
	}
	if b[0] != '{' {
		return errors.New("not a JSON object")
	}
	if err := json.Unmarshal(b, v); err != nil {
		var se *jsontext.SyntacticError
		if errors.As(err, &se) {
			return fmt.Errorf("malformed JSON at byte %d", se.ByteOffset)
		}
		return errors.New("malformed JSON")
	}
	return nil
}

type message struct {
	Role       *string          `json:"role"`
	Content    jsontext.Value   `json:"content"`
	ToolCalls  []jsontext.Value `json:"tool_calls"`
	ToolCallID *string          `json:"tool_call_id"`
	Weight     *int             `json:"weight"`
	FuncCall   jsontext.Value   `json:"function_call"`
}

type toolCall struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Function *struct {
		Name      *string `json:"name"`
		Arguments *string `json:"arguments"`
	} `json:"function"`
}

func validateMessages(where string, raw jsontext.Value, needAssistant bool) error {
	var msgs []jsontext.Value
	if raw == nil || json.Unmarshal(raw, &msgs) != nil {
		return fmt.Errorf("%s: want an array of messages", where)
	}
	if len(msgs) == 0 {
		return fmt.Errorf("%s: empty", where)
	}
	assistant := false
	for i, r := range msgs {
		at := fmt.Sprintf("%s[%d]", where, i)
		var m message
		if json.Unmarshal(r, &m) != nil {
			return fmt.Errorf("%s: want an object", at)
		}
		if m.Role == nil || !slices.Contains(roles, *m.Role) {
			return fmt.Errorf("%s.role: want one of %s", at, strings.Join(roles, ", "))
		}
		assistant = assistant || *m.Role == "assistant"
		if err := validateContent(at, m); err != nil {
			return err
		}
		for k, tc := range m.ToolCalls {
			var c toolCall
			if json.Unmarshal(tc, &c) != nil || c.Type != "function" || c.Function == nil || c.Function.Name == nil || c.Function.Arguments == nil {
				return fmt.Errorf("%s.tool_calls[%d]: want {id, type: function, function: {name, arguments}}", at, k)
			}
		}
		if m.Weight != nil && *m.Weight != 0 && *m.Weight != 1 {
			return fmt.Errorf("%s.weight: want 0 or 1", at)
		}
		if *m.Role == "tool" && m.ToolCallID == nil {
			return fmt.Errorf("%s: a tool message needs tool_call_id", at)
		}
	}
	if needAssistant && !assistant {
		return fmt.Errorf("%s: no assistant message to learn from", where)
	}
	return nil
}

func validateContent(at string, m message) error {
	c := bytes.TrimSpace(m.Content)
	switch {
	case len(c) == 0 || string(c) == "null":
		if *m.Role == "assistant" && (len(m.ToolCalls) > 0 || m.FuncCall != nil) {
			return nil
		}
		return fmt.Errorf("%s.content: missing", at)
	case c[0] == '"':
		return nil
	case c[0] == '[':
		var parts []struct {
			Type string `json:"type"`
		}
		if json.Unmarshal(c, &parts) != nil {
			return fmt.Errorf("%s.content: want a string or an array of parts", at)
		}
		for k, p := range parts {
			if p.Type == "" {
				return fmt.Errorf("%s.content[%d]: a part needs a type", at, k)
			}
		}
		return nil
	}
	return fmt.Errorf("%s.content: want a string or an array of parts", at)
}
