package ner

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZRaw(t *testing.T) {
	in := os.Getenv("ZZ_TEXTS")
	if in == "" {
		t.Skip()
	}
	m, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range strings.Split(in, "|") {
		s = strings.ReplaceAll(s, `\n`, "\n")
		fmt.Printf("%q\n", s)
		for _, sp := range m.Tag(s) {
			fmt.Printf("   %s %.2f %q\n", sp.Type, sp.Score, s[sp.Start:sp.End])
		}
	}
}
