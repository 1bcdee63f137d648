package tokenize

import (
	"bytes"
	"context"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/veil-gateway/veil/jsonscan"
)

// Resolver returns the values of the tokens it knows; a token it does not know stays as written.
type Resolver func(ctx context.Context, tokens []string) (map[string]string, error)

// Rehydrator puts values back in place of tokens.
type Rehydrator struct {
	finder     *Finder
	resolve    Resolver
	surrogates bool
}

// NewRehydrator returns a Rehydrator that finds tokens with finder and looks them up with resolve.
func NewRehydrator(finder *Finder, resolve Resolver) *Rehydrator {
	return &Rehydrator{finder: finder, resolve: resolve}
}

// Text re-hydrates a whole text. With jsonMode, the text is a JSON document (tool-call
// arguments) and values are escaped for where they land: inside a string, or as a new string.
func (r *Rehydrator) Text(ctx context.Context, s string, jsonMode bool) (string, error) {
	var st jsonState
	out, err := r.replace(ctx, s, jsonMode, &st)
	if err != nil || !r.surrogates {
		return out, err
	}
	return r.replaceSurrogates(ctx, out, jsonMode)
}

func (r *Rehydrator) replace(ctx context.Context, s string, jsonMode bool, st *jsonState) (string, error) {
	var buf [8]Match
	ms := r.finder.find(s, st.joined, buf[:0])
	if len(s) > 0 {
		// the next piece continues a word when this one ends inside one
		st.joined = runByte(s[len(s)-1])
	}
	if len(ms) == 0 {
		if jsonMode {
			st.advance(s)
		}
		return s, nil
	}
	toks := make([]string, len(ms))
	for i, m := range ms {
		toks[i] = m.Token
	}
	vals, err := r.resolve(ctx, toks)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, m := range ms {
		v, ok := vals[m.Token]
		if !ok {
			continue
		}
		b.WriteString(s[last:m.Start])
		if jsonMode {
			st.advance(s[last:m.Start])
			writeJSONValue(&b, v, st.inString)
		} else {
			b.WriteString(v)
		}
		last = m.End
	}
	b.WriteString(s[last:])
	if jsonMode {
		st.advance(s[last:])
	}
	return b.String(), nil
}

// writeJSONValue writes v escaped as the inside of a JSON string, or as a whole string when the
// token stood outside one.
func writeJSONValue(b *strings.Builder, v string, inString bool) {
	q, err := jsontext.AppendQuote(nil, v)
	if err != nil { // invalid UTF-8 cannot come out of the vault; keep the bytes valid regardless
		q, _ = jsontext.AppendQuote(nil, strings.ToValidUTF8(v, "\uFFFD"))
	}
	if inString {
		q = q[1 : len(q)-1]
	}
	b.Write(q)
}

// jsonState tracks whether a position in a JSON text is inside a string literal.
type jsonState struct {
	inString, escaped bool
	joined            bool // the text so far ends inside a word
}

func (st *jsonState) advance(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case st.escaped:
			st.escaped = false
		case st.inString && c == '\\':
			st.escaped = true
		case c == '"':
			st.inString = !st.inString
		}
	}
}

// Stream re-hydrates text that arrives in pieces, holding back only what could be the start of a
// token split across pieces (and an incomplete UTF-8 sequence).
type Stream struct {
	r        *Rehydrator
	jsonMode bool
	held     string
	st       jsonState
}

// Stream returns a new stream; jsonMode is as for Text.
func (r *Rehydrator) Stream(jsonMode bool) *Stream { return &Stream{r: r, jsonMode: jsonMode} }

// Write takes the next piece and returns what can be emitted now.
func (s *Stream) Write(ctx context.Context, piece string) (string, error) {
	text := s.held + piece
	cut := min(s.r.finder.holdback(text, s.st.joined), incompleteRune(text))
	if s.r.surrogates {
		cut = min(cut, surrogateHoldback(text))
	}
	s.held = text[cut:]
	return s.emit(ctx, text[:cut])
}

// emit re-hydrates what the stream lets go.
func (s *Stream) emit(ctx context.Context, text string) (string, error) {
	out, err := s.r.replace(ctx, text, s.jsonMode, &s.st)
	if err != nil || !s.r.surrogates {
		return out, err
	}
	return s.r.replaceSurrogates(ctx, out, s.jsonMode)
}

// incompleteRune returns where an incomplete UTF-8 sequence at the end of s begins, or len(s).
func incompleteRune(s string) int {
	for i := len(s) - 1; i >= 0 && i >= len(s)-utf8.UTFMax; i-- {
		if utf8.RuneStart(s[i]) {
			if !utf8.FullRuneInString(s[i:]) {
				return i
			}
			break
		}
	}
	return len(s)
}

// Flush returns whatever is held back, at the end of the stream.
func (s *Stream) Flush(ctx context.Context) (string, error) {
	text := s.held
	s.held = ""
	return s.emit(ctx, text)
}

// Pending reports whether the stream holds text back.
func (s *Stream) Pending() bool { return s.held != "" }

// JSON re-hydrates every string value of a JSON document; strings under an "arguments" key hold
// JSON themselves (tool calls) and get JSON-escaped values. Key order and numbers are kept. A
// chat message's participant name (messages[i].name, at any depth: a batch line's body, a
// preference pair's input) comes back in the alphabet OpenAI allows there, its spaces written
// as the underscores they were ("ana ruiz" → ana_ruiz).
func (r *Rehydrator) JSON(ctx context.Context, doc []byte) ([]byte, error) {
	var out bytes.Buffer
	out.Grow(len(doc))
	err := jsonscan.Walk(doc, &out, func(p jsonscan.Path, tok jsontext.Token) (string, bool, error) {
		if tok.Kind() != '"' {
			return "", false, nil
		}
		s := tok.String()
		v, err := r.Text(ctx, s, len(p) > 0 && p[len(p)-1].Key == "arguments")
		if err == nil && v != s && participantPath(p) {
			v = ParticipantName(v)
		}
		return v, err == nil && v != s, err
	})
	if err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// participantPath reports whether p ends in messages[i].name.
func participantPath(p jsonscan.Path) bool {
	n := len(p)
	return n >= 3 && p[n-1].Idx < 0 && p[n-1].Key == "name" && p[n-2].Idx >= 0 && p[n-3].Idx < 0 && p[n-3].Key == "messages"
}
