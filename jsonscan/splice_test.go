package jsonscan

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
)

var spliceFields = Fields{F(Text, "messages", "#", "content"), F(Name, "messages", "#", "name"), F(JSONText, "args"), F(Text, "a", "*")}

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
		c, err := spliceFields.CollectSpans([]byte(s), nil, nil)
		if err != nil {
			return
		}
		texts, spans := c.Texts, c.Spans
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
	c, err := spliceFields.CollectSpans(doc, nil, nil)
	if err != nil {
		t.Fatalf("spliced document does not scan: %v", err)
	}
	return c.Spans
}

// sameSpelling reports whether every string literal of s is spelt as AppendQuote spells it.
func sameSpelling(s string) bool {
	c, err := spliceFields.CollectSpans([]byte(s), nil, nil)
	if err != nil {
		return false
	}
	texts, spans := c.Texts, c.Spans
	for i, sp := range spans {
		q, _ := jsontext.AppendQuote(nil, texts[i])
		if string(q) != s[sp[0]:sp[1]] {
			return false
		}
	}
	return true
}

// TestCollectNames: the values of Name fields are collected in document order with the other
// texts and listed by index; a name that is not a string is not collected.
func TestCollectNames(t *testing.T) {
	doc := `{"messages":[{"name":"ana_ruiz","content":"hi"},{"content":"x","name":"bot"},{"name":7,"content":"y"}],"args":"{}"}`
	c, err := spliceFields.CollectSpans([]byte(doc), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"ana_ruiz", "hi", "x", "bot", "y", "{}"}; !slices.Equal(c.Texts, want) || !slices.Equal(c.Names, []int{0, 3}) {
		t.Fatalf("texts %q names %v", c.Texts, c.Names)
	}
	for i := range c.Texts {
		if slices.Contains(c.Names, i) != (i == 0 || i == 3) {
			t.Errorf("text %d listed as a name: %v", i, slices.Contains(c.Names, i))
		}
	}
	out, err := spliceFields.Rewrite([]byte(doc), []string{"PERSON_7KQ2M9XA", "hi", "x", "B", "y", "{}"})
	if want := `{"messages":[{"name":"PERSON_7KQ2M9XA","content":"hi"},{"content":"x","name":"B"},{"name":7,"content":"y"}],"args":"{}"}`; err != nil || string(out) != want {
		t.Errorf("rewrite: %s, %v", out, err)
	}
}
