// Package redacttest holds what the recognizers' and the NER model's tests share: every prefix of
// a text run through a detector, cut on character boundaries, its findings checked to lie inside
// the prefix (stop 36). A text cut anywhere, as a stream's window or a truncated prompt cuts it,
// is a text the readers must read without a panic.
package redacttest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// Prefixes runs detect over every prefix of each of texts and fails t on an error or a finding
// outside the prefix (span gives a finding's offsets); a panic fails the test as it is. It takes
// any finding type, so that redact's own tests, which this package cannot import back, use it.
func Prefixes[F any](t *testing.T, texts []string, detect func(string) ([]F, error), span func(F) (start, end int)) {
	t.Helper()
	for _, text := range texts {
		for k := 1; k <= len(text); k++ {
			if k < len(text) && !utf8.RuneStart(text[k]) {
				continue
			}
			p := text[:k]
			fs, err := detect(p)
			if err != nil {
				t.Fatalf("%q: %v", p, err)
			}
			for _, f := range fs {
				if start, end := span(f); start < 0 || end > len(p) || start >= end {
					t.Fatalf("%q: finding %+v outside the text", p, f)
				}
			}
		}
	}
}

// Handwritten returns the texts of the handwritten development sets (eval/testdata/handwritten:
// dev, chat-dev, shapes) from root, the module's folder.
func Handwritten(t *testing.T, root string) []string {
	t.Helper()
	var texts []string
	for _, name := range []string{"dev", "chat-dev", "shapes"} {
		data, err := os.ReadFile(filepath.Join(root, "eval", "testdata", "handwritten", name+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			texts = append(texts, rec.Text)
		}
	}
	return texts
}
