package jsonscan

import (
	"bytes"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
)

var spliceFields = Fields{F(Text, "messages", "#", "content"), F(JSONText, "args"), F(Text, "a", "*")}

// FuzzSplice: replacing strings in place keeps everything else byte for byte and means the
// same document as the encoder's rewrite.
func FuzzSplice(f *testing.F) {
	for _, s := range []string{
		`{"messages":[{"role":"user","content":"hi \"there\" \\ é \u00e9"}],"args":"{\"x\":1}"}`,
		`{ "a" : { "k" : "v\n" , "l": ["x"] } , "messages" : [ ] }`,
		`{"messages":[{"content":"a"},{"content":null},{"content":"\ud83d\ude00"}]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		texts, spans, err := spliceFields.CollectSpans([]byte(s), nil, nil)
		if err != nil {
			return
		}
		repl := make([]string, len(texts))
		for i, x := range texts {
			repl[i] = strings.ToUpper(x) + "\"\\ü\n"
			if i%3 == 2 {
				repl[i] = x // unchanged texts keep their literal
			}
		}
		spliced, err := Splice([]byte(s), spans, texts, repl)
		if err != nil {
			t.Fatal(err)
		}
		rewritten, err := spliceFields.Rewrite([]byte(s), repl)
		if err != nil {
			t.Fatal(err)
		}
		a, b := jsontext.Value(bytes.Clone(spliced)), jsontext.Value(bytes.Clone(rewritten))
		if err := a.Canonicalize(); err != nil { // RFC 8785: one spelling of every string
			t.Fatalf("spliced is not JSON: %v\n%s", err, spliced)
		}
		b.Canonicalize()
		if !bytes.Equal(a, b) {
			t.Fatalf("splice and rewrite differ:\n%s\n%s", a, b)
		}
		// outside the replaced literals nothing moved: putting the old texts back gives s again,
		// wherever s spells its literals as AppendQuote does
		back, err := Splice(spliced, respan(t, spliced), repl, texts)
		if err != nil {
			t.Fatal(err)
		}
		if sameSpelling(s) && string(back) != s {
			t.Fatalf("round trip:\n%s\n%s", s, back)
		}
		if len(texts) == 0 && string(spliced) != s {
			t.Fatal("a document without texts changed")
		}
	})
}

// respan finds the spans of the collected texts of a spliced document.
func respan(t *testing.T, doc []byte) [][2]int {
	t.Helper()
	_, spans, err := spliceFields.CollectSpans(doc, nil, nil)
	if err != nil {
		t.Fatalf("spliced document does not scan: %v", err)
	}
	return spans
}

// sameSpelling reports whether every string literal of s is spelt as AppendQuote spells it.
func sameSpelling(s string) bool {
	texts, spans, err := spliceFields.CollectSpans([]byte(s), nil, nil)
	if err != nil {
		return false
	}
	for i, sp := range spans {
		q, _ := jsontext.AppendQuote(nil, texts[i])
		if string(q) != s[sp[0]:sp[1]] {
			return false
		}
	}
	return true
}
