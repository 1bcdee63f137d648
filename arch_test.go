// Package veil_test holds the architecture rules every package must keep.
package veil_test

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

type pkg struct {
	ImportPath string
	Doc        string
	Imports    []string
	Name       string
	GoFiles    []string
}

func listPackages(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

// TestPackageDocs: every package says its one job in a doc comment.
func TestPackageDocs(t *testing.T) {
	for _, p := range listPackages(t) {
		if p.Doc == "" && len(p.GoFiles) > 0 {
			t.Errorf("package %s has no package doc comment", p.ImportPath)
		}
	}
}

// TestImportRules: redact and tokenize know nothing of HTTP, the proxy or storage drivers, and
// only cmd/veil wires backends.
func TestImportRules(t *testing.T) {
	const mod = "github.com/veil-gateway/veil/"
	forbidden := map[string][]string{
		"redact":   {"net/http", mod + "proxy", mod + "vault", "github.com/cockroachdb/pebble", "github.com/jackc/pgx"},
		"tokenize": {"net/http", mod + "proxy", mod + "vault/embedded", "github.com/cockroachdb/pebble", "github.com/jackc/pgx"},
		"policies": {"net/http", mod + "proxy", mod + "vault"},
		"audit":    {"net/http", mod + "proxy"},
		"vault":    {"net/http", mod + "proxy", "github.com/cockroachdb/pebble"},
		"proxy":    {mod + "vault/embedded", "github.com/cockroachdb/pebble"},
		"ner":      {mod + "proxy", mod + "vault", mod + "tokenize", mod + "policies", mod + "eval"},
	}
	for _, p := range listPackages(t) {
		rel := strings.TrimPrefix(p.ImportPath, mod)
		for _, imp := range p.Imports {
			for _, bad := range forbidden[rel] {
				if imp == bad || strings.HasPrefix(imp, bad+"/") {
					t.Errorf("package %s imports %s", rel, imp)
				}
			}
		}
	}
}
