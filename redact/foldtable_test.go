package redact

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

func TestFoldTable(t *testing.T) {
	tab := newFoldTable(map[string]int{"street": 1, "straße": 2, "février": 3, "#": 4, "st": 5,
		"abxyzcd": 6, "abqqqcd": 7, "d.o.b": 8})
	for w, want := range map[string]int{"street": 1, "STREET": 1, "StReEt": 1, "straße": 2, "STRAßE": 2, "Février": 3,
		"#": 4, "St": 5, "ABXYZCD": 6, "abqqqcd": 7, "D.O.B": 8} {
		if got, ok := tab.get(w); !ok || got != want {
			t.Errorf("get(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
	// misses, some sharing the length and the four hashed bytes of a key
	for _, w := range []string{"", "s", "streets", "abzzzcd", "stree", "STRASSE", "d-o-b", "@", "`"} {
		if got, ok := tab.get(w); ok {
			t.Errorf("get(%q) = %d, want a miss", w, got)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("an upper-case key was accepted")
		}
	}()
	newFoldTable(map[string]bool{"Street": true})
}

// TestLowerWordShortcut checks that skipping prose words the lowerTriggers way finds exactly
// what calling letterCandidate on every word finds.
func TestLowerWordShortcut(t *testing.T) {
	texts := []string{mixedText,
		"we met monday at noon and again on tuesday 3 march, at rue de la paix 5 and via della spiga 2",
		"ship to apo ae 09012 or fpo ap 96601; the calle mayor 5 and paseo de gracia 21 offices",
		"a Monday night, rue du Bac 12, avenida da liberdade 9, wednesday the 4th of march",
		"Kossuth Lajos utca 12 and Piroska u. 97. and Atatürk Caddesi 15, Boriñaur enparantza 29; Sat at noon, Friday at 10am"}
	files, err := filepath.Glob("../eval/testdata/negative/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("negative corpus: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.ToLower(string(b)), string(b))
	}
	defer func() { skipLowerWords = true }()
	for _, s := range texts {
		skipLowerWords = true
		fast, _ := scan(s, nil)
		skipLowerWords = false
		slow, _ := scan(s, nil)
		if diff := gocmp.Diff(slow, fast); diff != "" {
			t.Fatalf("the shortcut changes what %.60q... finds: %s", s, diff)
		}
	}
	skipLowerWords = true
	if got, _ := scan("see you monday at noon", nil); !slices.ContainsFunc(got, func(f Finding) bool { return f.Type == DateTime }) {
		t.Errorf("a lower-case weekday is no longer found: %v", got)
	}
}
