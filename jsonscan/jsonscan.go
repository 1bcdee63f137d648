// Package jsonscan walks JSON documents and rewrites the strings at chosen paths, keeping key order and numbers.
package jsonscan

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
)

// Elem is one step of a path into a JSON document: an object member (key) or an array element (idx >= 0).
type Elem struct {
	Key string
	Idx int
}

// Path is where a value sits in a document.
type Path []Elem

// Match reports whether the path is exactly pattern, where "#" matches any array index and "*"
// any object key.
func (p Path) Match(pattern ...string) bool {
	if len(p) != len(pattern) {
		return false
	}
	for i, e := range p {
		if pattern[i] == "*" {
			if e.Idx >= 0 {
				return false
			}
			continue
		}
		if pattern[i] == "#" {
			if e.Idx < 0 {
				return false
			}
		} else if e.Idx >= 0 || e.Key != pattern[i] {
			return false
		}
	}
	return true
}

func (p Path) String() string {
	var b []byte
	for _, e := range p {
		if e.Idx >= 0 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(e.Idx), 10)
			b = append(b, ']')
		} else {
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, e.Key...)
		}
	}
	return string(b)
}

// Visitor sees each scalar value with its path. For a string it may return a replacement. The
// path is valid only during the call: a visitor that keeps it keeps a copy.
type Visitor func(p Path, tok jsontext.Token) (repl string, replace bool, err error)

// ErrMalformed classifies a body that is not one valid JSON document.
var ErrMalformed = errors.New("malformed JSON")

// Walk reads one JSON document from data and calls visit for every scalar. When out is non-nil
// the document is written to it, compact, with replaced strings; key order and numbers are kept.
// Duplicate object keys and invalid UTF-8 are errors: an upstream might read a different copy of
// a duplicated field than the one that was scanned.
func Walk(data []byte, out *bytes.Buffer, visit Visitor) error {
	return WalkOpen(data, out, visit, nil)
}

// WalkOpen is Walk that also tells open, when set, where each object ('{') and array ('[')
// starts, before its members are visited.
func WalkOpen(data []byte, out *bytes.Buffer, visit Visitor, open func(p Path, kind byte)) error {
	return walk(data, out, visit, open, nil)
}

// walk is Walk with hooks: open sees containers start, onString sees the byte range of each
// string value (quotes included) just before visit sees it.
func walk(data []byte, out *bytes.Buffer, visit Visitor, open func(p Path, kind byte), onString func(start, end int)) error {
	ds := decoders.Get().(*decoderState)
	defer decoders.Put(ds)
	ds.r.Reset(data)
	ds.dec.Reset(&ds.r)
	dec := &ds.dec
	var enc *jsontext.Encoder
	if out != nil {
		enc = jsontext.NewEncoder(out)
	}
	// the walk's stacks are kept with the decoder: a visitor sees p only during its call
	frames, p := ds.frames[:0], ds.path[:0]
	defer func() { ds.frames, ds.path = frames[:0], p[:0] }()
	advance := func() {
		if n := len(frames); n > 0 {
			if frames[n-1].obj {
				frames[n-1].expectKey = true
			} else {
				p[len(p)-1].Idx++
			}
		}
	}
	for top := 0; ; {
		tok, err := dec.ReadToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return malformed(err)
		}
		if len(frames) == 0 {
			if top++; top > 1 { // a second document could be read by the upstream in place of the scanned one
				return fmt.Errorf("%w: data after the JSON document at byte offset %d", ErrMalformed, dec.InputOffset()-int64(len(tok.String())))
			}
		}
		k := tok.Kind()
		if n := len(frames); n > 0 && frames[n-1].obj && frames[n-1].expectKey && k == '"' {
			p[len(p)-1].Key = keyString(data, int(dec.InputOffset()), tok)
			frames[n-1].expectKey = false
			if enc != nil {
				if err := enc.WriteToken(tok); err != nil {
					return err
				}
			}
			continue
		}
		switch k {
		case '{', '[':
			if open != nil {
				open(p, byte(k))
			}
			frames = append(frames, frame{obj: k == '{', expectKey: true})
			if k == '{' {
				p = append(p, Elem{Idx: -1})
			} else {
				p = append(p, Elem{Idx: 0})
			}
		case '}', ']':
			frames = frames[:len(frames)-1]
			p = p[:len(p)-1]
			advance()
		default:
			if onString != nil && k == '"' {
				end := int(dec.InputOffset())
				onString(openingQuote(data, end), end)
			}
			repl, ok, err := visit(p, tok)
			if err != nil {
				return err
			}
			if ok {
				tok = jsontext.String(repl)
			}
			advance()
		}
		if enc != nil {
			if err := enc.WriteToken(tok); err != nil {
				return err
			}
		}
	}
	if out != nil && out.Len() > 0 && out.Bytes()[out.Len()-1] == '\n' {
		out.Truncate(out.Len() - 1) // the encoder ends each top-level value with a newline
	}
	return nil
}

// malformed turns a decoder error into one that names the byte offset and never the input.
func malformed(err error) error {
	var se *jsontext.SyntacticError
	if errors.As(err, &se) {
		what := "invalid JSON"
		switch {
		case errors.Is(se.Err, io.ErrUnexpectedEOF):
			what = "JSON ends early"
		case bytes.Contains([]byte(se.Error()), []byte("UTF-8")):
			what = "invalid UTF-8"
		case bytes.Contains([]byte(se.Error()), []byte("duplicate")):
			what = "duplicate object key"
		}
		return fmt.Errorf("%w: %s at byte offset %d", ErrMalformed, what, se.ByteOffset)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: JSON ends early", ErrMalformed)
	}
	return fmt.Errorf("%w: %s", ErrMalformed, "unreadable JSON")
}

// Kind says what to do with the value at a path.
type Kind int

// Kinds.
const (
	Skip     Kind = iota
	Text          // scan as text
	JSONText      // scan as text; the string holds a JSON document (tool-call arguments)
	MustText      // scan as text; anything but a string or null (token ids) cannot be scanned
	Refuse        // data that cannot be scanned (files, audio): refuse the document
	// Name is a chat participant's name (a message's "name", which OpenAI holds to
	// ^[a-zA-Z0-9_-]{1,64}$): collected as text, and listed in Collected.Names so that the caller
	// masks it whole, in that alphabet.
	Name
)

// Field selects the values at paths matching Pattern ("#" for any array index).
type Field struct {
	Pattern []string
	Kind    Kind
}

// F is shorthand for a Field.
func F(kind Kind, pattern ...string) Field { return Field{Pattern: pattern, Kind: kind} }

// Fields is a set of selections; the first match wins.
type Fields []Field

// Kind returns the kind of the value at p.
func (fs Fields) Kind(p Path) Kind {
	for _, fd := range fs {
		if p.Match(fd.Pattern...) {
			return fd.Kind
		}
	}
	return Skip
}

// ErrUnscannable classifies content that cannot be scanned as text.
var ErrUnscannable = errors.New("content cannot be scanned")

// Collected is what a collection finds in a document.
type Collected struct {
	Texts []string // the selected strings, in document order
	Spans [][2]int // CollectSpans only: the byte range of each text's string literal
	Names []int    // which texts are the values of Name fields, as indices into Texts, ascending
}

// Collect returns the selected strings of an object document in document order. also, if not nil,
// sees every scalar too.
func (fs Fields) Collect(data []byte, also Visitor) (Collected, error) {
	return fs.collect(data, also, nil, false)
}

// decoderState is a reusable decoder: a line of a dataset or a request body costs no new
// decoder buffers.
type decoderState struct {
	r      bytes.Reader
	dec    jsontext.Decoder
	frames []frame
	path   Path
}

// frame is an open container of a walk.
type frame struct {
	obj       bool
	expectKey bool
}

// keyNames are the object keys of chat requests, fine-tuning lines and batch lines: a walk
// takes these from here instead of copying each key out of the document.
var keyNames = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{"messages", "role", "content", "name", "type", "text", "tool_calls", "id", "function",
		"arguments", "tool_call_id", "weight", "function_call", "input", "preferred_output", "non_preferred_output",
		"prompt", "completion", "custom_id", "method", "url", "body", "model", "image_url", "input_audio", "refusal",
		"stream", "temperature", "max_tokens", "tools", "parameters", "description", "instructions", "choices",
		"index", "delta", "message", "finish_reason", "usage", "object", "created", "data"} {
		m[k] = k
	}
	return m
}()

// keyString returns the key whose literal ends at end (just past its closing quote).
func keyString(data []byte, end int, tok jsontext.Token) string {
	start := openingQuote(data, end)
	if k, ok := keyNames[string(data[start+1:end-1])]; ok {
		return k // no escapes: an escaped key never matches a name here
	}
	return tok.String()
}

var decoders = sync.Pool{New: func() any { return new(decoderState) }}

// openingQuote returns where the string literal that ends at end (just past its closing quote)
// begins: the nearest quote before the closing one that no backslash escapes.
func openingQuote(data []byte, end int) int {
	for j := end - 2; j >= 0; j-- {
		if data[j] != '"' {
			continue
		}
		n := 0
		for k := j - 1; k >= 0 && data[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return j
		}
	}
	return 0
}

// CollectSpans is Collect that also returns, for each text, the byte range of its string
// literal in data, for Splice, and tells open, when set, where each object and array starts.
func (fs Fields) CollectSpans(data []byte, also Visitor, open func(p Path, kind byte)) (Collected, error) {
	return fs.collect(data, also, open, true)
}

func (fs Fields) collect(data []byte, also Visitor, open func(p Path, kind byte), withSpans bool) (Collected, error) {
	if b := bytes.TrimLeft(data, " \t\r\n"); len(b) == 0 || b[0] != '{' {
		return Collected{}, fmt.Errorf("%w: the document must be a JSON object", ErrMalformed)
	}
	var texts []string
	var spans [][2]int
	var names []int
	var last [2]int
	var doc string // data as a string, made when the first text without escapes needs it
	var hook func(start, end int)
	if withSpans {
		hook = func(start, end int) { last = [2]int{start, end} }
	}
	err := walk(data, nil, func(p Path, tok jsontext.Token) (string, bool, error) {
		if also != nil {
			if _, _, err := also(p, tok); err != nil {
				return "", false, err
			}
		}
		switch k := fs.Kind(p); k {
		case Text, JSONText, MustText, Name:
			if tok.Kind() == '"' {
				if k == Name {
					names = append(names, len(texts))
				}
				if withSpans && last[1]-last[0] >= 2 && bytes.IndexByte(data[last[0]+1:last[1]-1], '\\') < 0 {
					// a literal without escapes is its text: slice one copy of the document
					// rather than copying each text (the decoder has checked the UTF-8)
					if doc == "" {
						doc = string(data)
					}
					texts = append(texts, doc[last[0]+1:last[1]-1])
				} else {
					texts = append(texts, tok.String())
				}
				if withSpans {
					spans = append(spans, last)
				}
			} else if k == MustText && tok.Kind() != 'n' {
				return "", false, fmt.Errorf("%w: %s holds token ids, which cannot be scanned; send text", ErrUnscannable, p)
			}
		case Refuse:
			return "", false, fmt.Errorf("%w: %s (files and audio) cannot be scanned for personal data", ErrUnscannable, p)
		}
		return "", false, nil
	}, open, hook)
	return Collected{Texts: texts, Spans: spans, Names: names}, err
}

// Splice returns data with the string literals at spans replaced by texts, quoted; every other
// byte, whitespace and escapes included, is kept. Unchanged texts keep their original literal.
func Splice(data []byte, spans [][2]int, old, texts []string) ([]byte, error) {
	return AppendSplice(make([]byte, 0, len(data)+len(data)/4), data, spans, old, texts)
}

// AppendSplice is Splice appending to out, so that a batch of lines is written into one buffer
// without a copy of each line first.
func AppendSplice(out, data []byte, spans [][2]int, old, texts []string) ([]byte, error) {
	if len(spans) != len(texts) || len(old) != len(texts) {
		return nil, errors.New("splice: spans and texts differ in number")
	}
	last := 0
	for i, sp := range spans {
		if texts[i] == old[i] {
			continue
		}
		if sp[0] < last || sp[1] > len(data) {
			return nil, errors.New("splice: spans out of order")
		}
		out = append(out, data[last:sp[0]]...)
		q, err := jsontext.AppendQuote(out, texts[i])
		if err != nil {
			return nil, err
		}
		out = q
		last = sp[1]
	}
	return append(out, data[last:]...), nil
}

// Rewrite writes data with the selected strings replaced by texts, given in the order Collect
// returned them.
func (fs Fields) Rewrite(data []byte, texts []string) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(data) + len(data)/4)
	i := 0
	err := Walk(data, &out, func(p Path, tok jsontext.Token) (string, bool, error) {
		switch fs.Kind(p) {
		case Text, JSONText, MustText, Name:
			if tok.Kind() == '"' {
				if i >= len(texts) {
					return "", false, errors.New("rewrite: more strings than were collected")
				}
				i++
				return texts[i-1], true, nil
			}
		}
		return "", false, nil
	})
	if err == nil && i != len(texts) {
		err = errors.New("rewrite: fewer strings than were collected")
	}
	return out.Bytes(), err
}
