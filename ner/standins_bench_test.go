package ner

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkEmbeddedScripts is BenchmarkEmbedded over a 2 KB message that names people in their
// own scripts inside English sentences, which the stand-ins of standins.go read.
func BenchmarkEmbeddedScripts(b *testing.B) {
	m := model(b)
	msg := strings.Repeat("Hi team, 김민준 from Globex Ltd called from Lisbon about the invoice for Лариса Поакова. Thanks, דוד כהן! ", 22)[:2048]
	for !utf8.ValidString(msg) {
		msg = msg[:len(msg)-1] // whole characters only
	}
	r := NewRecognizer(Local(m), Options{})
	b.SetBytes(int64(len(msg)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Recognize(context.Background(), msg, nil); err != nil {
			b.Fatal(err)
		}
	}
}
