package ner

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// BenchmarkEmbeddedScripts is BenchmarkEmbedded over a 2 KB message that names people in their
// own scripts inside English sentences, which the stand-ins of standins.go read.
func BenchmarkEmbeddedScripts(b *testing.B) {
	msg := strings.Repeat("Hi team, 김민준 from Globex Ltd called from Lisbon about the invoice for Лариса Поакова. Thanks, דוד כהן! ", 22)[:2048]
	for !utf8.ValidString(msg) {
		msg = msg[:len(msg)-1] // whole characters only
	}
	benchRecognize(b, msg)
}
