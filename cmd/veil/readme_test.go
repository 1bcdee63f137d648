package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden text in the README")

// TestReadmeTypes keeps the README's entity table equal to `veil policy types`.
func TestReadmeTypes(t *testing.T) {
	var out bytes.Buffer
	if err := dispatch(context.Background(), []string{"policy", "types"}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- veil policy types -->\n", "<!-- end veil policy types -->"
	readme := string(b)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i {
		t.Fatalf("README has no %q … %q section", strings.TrimSpace(begin), end)
	}
	if got := readme[i+len(begin) : j]; got != out.String() {
		if *update {
			os.WriteFile("../../README.md", []byte(readme[:i+len(begin)]+out.String()+readme[j:]), 0o644)
			return
		}
		t.Errorf("the README's entity table differs from `veil policy types`; run go test ./cmd/veil -run TestReadmeTypes -update")
	}
}
