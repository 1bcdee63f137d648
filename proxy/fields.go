package proxy

import (
	"github.com/go-json-experiment/json/jsontext"
	"github.com/veil-gateway/veil/finetune"

	"github.com/veil-gateway/veil/jsonscan"
)

// route is one scanned OpenAI route: the request fields that carry text.
type route struct {
	name   string
	fields jsonscan.Fields
	// stream says how to re-hydrate a streamed response: "chat", "completions" or "responses".
	stream string
	// rehydrateBody is false for routes whose responses carry no text (embeddings).
	rehydrateBody bool
}

var f = jsonscan.F

const (
	text     = jsonscan.Text
	jsonText = jsonscan.JSONText
	mustText = jsonscan.MustText
	refuse   = jsonscan.Refuse
	name     = jsonscan.Name
)

var routes = map[string]*route{
	"chat/completions": {name: "chat/completions", stream: "chat", rehydrateBody: true, fields: jsonscan.Fields{
		f(text, "messages", "#", "content"),
		f(text, "messages", "#", "content", "#", "text"),
		f(name, "messages", "#", "name"), // the participant's name: masked whole, as a PERSON
		// an earlier answer's refusal, sent back re-hydrated with the history
		f(text, "messages", "#", "refusal"),
		f(text, "messages", "#", "content", "#", "refusal"),
		f(jsonText, "messages", "#", "tool_calls", "#", "function", "arguments"),
		f(jsonText, "messages", "#", "function_call", "arguments"),
		f(text, "prediction", "content"),
		f(text, "prediction", "content", "#", "text"),
		f(refuse, "messages", "#", "content", "#", "file", "file_data"),
		f(refuse, "messages", "#", "content", "#", "input_audio", "data"),
		f(text, "user"),              // an end-user identifier, often an email address
		f(text, "safety_identifier"), // user's successors, which apps fill the same way
		f(text, "prompt_cache_key"),
		f(text, "metadata", "*"),
	}},
	"completions": {name: "completions", stream: "completions", rehydrateBody: true, fields: jsonscan.Fields{
		f(mustText, "prompt"),
		f(mustText, "prompt", "#"),
		f(mustText, "prompt", "#", "#"),
		f(text, "suffix"),
		f(text, "user"),
	}},
	"responses": {name: "responses", stream: "responses", rehydrateBody: true, fields: jsonscan.Fields{
		f(text, "input"),
		f(text, "instructions"),
		f(text, "input", "#", "content"),
		f(text, "input", "#", "content", "#", "text"),
		f(text, "input", "#", "content", "#", "refusal"),
		f(text, "input", "#", "summary", "#", "text"), // a reasoning item's summary of an earlier turn
		f(text, "input", "#", "output"),
		f(text, "input", "#", "output", "#", "text"),
		f(refuse, "input", "#", "output", "#", "file_data"),
		f(text, "input", "#", "input"), // a custom tool call's input
		f(jsonText, "input", "#", "arguments"),
		f(refuse, "input", "#", "content", "#", "file_data"),
		// a stored prompt's variables: strings, or input_text parts
		f(text, "prompt", "variables", "*"),
		f(text, "prompt", "variables", "*", "text"),
		f(refuse, "prompt", "variables", "*", "file_data"),
		f(text, "user"),
		f(text, "safety_identifier"),
		f(text, "prompt_cache_key"),
		f(text, "metadata", "*"),
	}},
	"embeddings": {name: "embeddings", rehydrateBody: false, fields: jsonscan.Fields{
		f(mustText, "input"),
		f(mustText, "input", "#"),
		f(mustText, "input", "#", "#"),
		f(text, "user"),
	}},
}

// scanned is what the first pass over a request body finds.
type scanned struct {
	texts    []string
	names    []int // which texts are participants' names (jsonscan.Name)
	model    string
	stream   bool
	previous string // responses: previous_response_id, which continues a conversation
}

// collect reads a request body and returns the texts to scan, in document order.
func (r *route) collect(body []byte) (*scanned, error) {
	s := &scanned{}
	c, err := r.fields.Collect(body, func(p jsonscan.Path, tok jsontext.Token) (string, bool, error) {
		switch {
		case p.Match("model") && tok.Kind() == '"':
			s.model = tok.String()
		case p.Match("stream"):
			s.stream = tok.Kind() == 't'
		case p.Match("previous_response_id") && tok.Kind() == '"':
			s.previous = tok.String()
		}
		return "", false, nil
	})
	s.texts, s.names = c.Texts, c.Names
	return s, err
}

// BatchFields maps each URL a batch input line may call to the fields of its body, as the
// route itself scans them. It is built once; callers must not change it.
func BatchFields() map[string]jsonscan.Fields { return batchFields }

var batchFields = func() map[string]jsonscan.Fields {
	out := map[string]jsonscan.Fields{}
	for name, rt := range routes {
		out["/v1/"+name] = finetune.Prefix("body", rt.fields)
	}
	return out
}()
