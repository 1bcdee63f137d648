package ner

import (
	"context"
	"strings"
	"testing"
)

func TestCodeIdentifiers(t *testing.T) {
	tests := []struct {
		text, span string
		code       bool
	}{
		{"type Handler interface{}\n// Handler serves requests.", "Handler", true},
		{"h := NewReader(r)\nNewReader returns a reader.", "NewReader", true},
		{"lineno = doc.count('\\n', 0, pos) + 1", "lineno", true},
		{"lineno = doc.count('\\n', 0, pos) + 1", "doc", true},
		{"x := self.colno\ncolno is the column", "colno", true},
		{"    raise KeyError(key)\nKeyError: 'id'", "KeyError", true},
		{"except ValueError:\n    pass", "ValueError", true},
		{"see `Flusher` for details; Flusher is optional", "Flusher", true},
		{"w.(http.ResponseController).EnableFullDuplex()", "EnableFullDuplex", true},
		{"if x == nil { return }", "nil", true},
		{"user_name is set", "user_name", true},
		{"dates are in UTC per the RFC", "UTC", true},
		{"dates are in UTC per the RFC", "RFC", true},
		{"Plan: CXR, CBC, BMP. Consult Cardiology.", "BMP", true}, // clinical abbreviations and departments
		{"Plan: CXR, CBC, BMP. Consult Cardiology.", "Cardiology", true},
		{"Hx: HTN, T2DM, CKD stage 3", "T2DM", true},
		{"AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0", "Gecko", true}, // a user agent's engines
		{"AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0", "KHTML", true},
		{"(iPod; U; CPU iPhone OS 3_3 like Mac OS X; fy-DE)", "Mac OS", true},
		{"    def __call__(self, parser, namespace, values, option_string=None):", "namespace", true},
		{"setattr(namespace, self.dest, values)", "values", true},
		{"nsec, rangeErrString, err = parseNanoseconds(value, n)", "nsec", true},
		{"sec, ok := m[k]", "sec", true},
		{"func indirect(v reflect.Value) (Unmarshaler, error) {\n// If it meets an Unmarshaler, it stops", "Unmarshaler", true},
		{"def handle(req: Request, user: Account) -> None:", "Account", true},
		// names stay names
		{"Ruby and Java met in CA", "Ruby", false},
		{"Ruby and Java met in CA", "CA", false},
		{"Please call Maria Fernandez tomorrow.", "Maria Fernandez", false},
		{"Ask Len about it; len(x) is 3", "Len", false},
		{"Dr.Smith and St.Louis", "Smith", false},
		{"St.Louis is far", "Louis", false},
		{"if name == Maria then", "Maria", false},
		{"Maria (my sister) called", "Maria", false},
		{"func Handle(m Message) { log(Maria) }", "Maria Handle", false},
		{"def greet(name): return hello(Maria)", "Maria", false},
		{"the package Maria sent me arrived", "Maria", false},
		{"class Maria is full today.", "Maria", false},
		{"invite (Maria, Ana) and (jane, bob)", "Maria", false},
		{"we met jane, bob and others", "jane", false},
		{"the boys (tobi, chidi and emeka) came late", "emeka", false}, // prose's list in brackets (stop 45)
		{"the boys (tobi, chidi and emeka) came late", "tobi", false},
		{"the landlord (mr. petrosyan) finally fixed it", "petrosyan", false}, // after a title's full stop, no argument (stop 46)
		{"invite (jane or bob) today", "jane", false},
		{"Show evidence (logs, benchmarks, screenshots).", "benchmarks", true}, // no "and": read as code, as before
		{"call(tobi, chidi and emeka)", "tobi", true},                          // a call's arguments
	}
	for _, tt := range tests {
		if got := codeOnly(tt.span, identifiers(tt.text)); got != tt.code {
			t.Errorf("%q in %q: code %v, want %v", tt.span, tt.text, got, tt.code)
		}
	}
}

// TestRecognizerDropsIdentifiers: the recognizer drops a model's name that the text uses as code,
// keeps a name in prose, and never drops an address.
func TestRecognizerDropsIdentifiers(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		word, text string
		found      bool
	}{
		{"Hijacker", "type Hijacker interface {\n\tHijack() (net.Conn, error)\n}\n// Hijacker lets a handler take over.", false},
		{"Hijacker", "Mrs Hijacker called twice.", true},
	} {
		r := NewRecognizer(&wordBackend{word: tt.word}, Options{})
		fs, err := r.Recognize(ctx, tt.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if (len(fs) > 0) != tt.found {
			t.Errorf("%q: found %v, want %v", tt.text, fs, tt.found)
		}
	}
}

// TestPlausible: names and places never carry digits or code casing; organisations may
// (Ideas42, eScholar), and addresses carry numbers.
func TestPlausible(t *testing.T) {
	for _, tc := range []struct {
		typ, text string
		want      bool
	}{
		{"PERSON", "Maria Fernandez", true},
		{"PERSON", "getUser", false},
		{"PERSON", "Agent 47", false},
		{"LOCATION", "userId", false},
		{"ORGANIZATION", "eScholar LLC", true},
		{"ORGANIZATION", "Ideas42", true},
		{"STREET_ADDRESS", "12 Elm Road", true},
		{"ORGANIZATION", "4471-2291", false},
	} {
		toks := Tokenize(tc.text, nil)
		info := make([]tokenInfo, len(toks))
		for i, tok := range toks {
			info[i] = describe(tc.text, tok)
		}
		if got := plausible(Span{Type: tc.typ, Start: 0, End: len(tc.text)}, info); got != tc.want {
			t.Errorf("%s %q: plausible %v, want %v", tc.typ, tc.text, got, tc.want)
		}
	}
}

// TestLowerWordInCode: one lower-case word on a line of code or of a comment (block comments and
// docstrings included) is no name; in prose, and with a colon or brackets only, it may be one.
func TestLowerWordInCode(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		code       bool
	}{
		{"# the startup stanzas follow", "stanzas", true},
		{"    float = 0.5", "float", true},
		{"// see kernel docs", "kernel", true},
		{"ask maria about it", "maria", false},
		{"lol maria: see you (soon)", "maria", false},
		{"x = Maria", "Maria", false},
		{"lol maria ;) see you =D", "maria", false},
		{"x=1; maria", "maria", true},
		{"/*\nPackage flag: where * is a Unix shell wildcard\n*/", "wildcard", true},
		{"/* done */\nask maria today", "maria", false},
		{"def f():\n    \"\"\"\n    float, and complex are useful\n    \"\"\"", "complex", true},
		{"\"\"\"doc\"\"\"\nask maria today", "maria", false},
	} {
		k := strings.Index(tc.text, tc.word)
		if got := lowerWordInCode(tc.text, k, k+len(tc.word)); got != tc.code {
			t.Errorf("%q in %q: %v, want %v", tc.word, tc.text, got, tc.code)
		}
	}
}

// TestProseSemicolons: a semicolon between clauses of prose leaves its line prose, before a
// clause in lower case or a capitalised one ("given fluids; Dr. Green spoke"), while a line of
// declarations that ends in one is code.
func TestProseSemicolons(t *testing.T) {
	for _, tc := range []struct {
		line string
		code bool
	}{
		{"struggles with reading; parents Siobhan and Declan informed.", false},
		{"He was given fluids; Dr. Green spoke with the family.", false},
		{"BP stable; Pt tolerated diet", false},
		{"she's on leave from Jan 12; Mateus will cover her accounts.", false}, // after a number too (stop 46)
		{"int n = 12; Foo bar", true},
		{"int a; String b;", true},
		{"x := 1; y := 2", true},
		{"for (i = 0; i < n; i++) {", true},
	} {
		if got := codeMarks(tc.line); got != tc.code {
			t.Errorf("codeMarks(%q) = %v, want %v", tc.line, got, tc.code)
		}
	}
}

// TestInConstantName: a word in capitals inside a constant's or an environment variable's name
// is the program's (GITHUB_TOKEN), not a mention; a file's name and prose in capitals keep theirs.
func TestInConstantName(t *testing.T) {
	for _, tc := range []struct {
		text, span string
		want       bool
	}{
		{"export GITHUB_TOKEN=abc", "GITHUB", true},
		{"MICROSOFT_CLIENT_ID=abc", "MICROSOFT", true},
		{"ACME_2_API_KEY", "ACME", true},
		{"see JANE_DOE_CV.PDF", "JANE", false},
		{"see Jane_Doe_CV.pdf", "Jane", false},
		{"contact MICROSOFT today", "MICROSOFT", false},
		{"MsGITHUB_TOKEN", "GITHUB", false},
	} {
		i := strings.Index(tc.text, tc.span)
		if got := inConstantName(tc.text, i, i+len(tc.span)); got != tc.want {
			t.Errorf("inConstantName(%q, %q) = %v, want %v", tc.text, tc.span, got, tc.want)
		}
	}
}
