package ner

import (
	"slices"
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Airports' codes on a route (stop 38): a traveller's or an airline's line names a flight's two
// ends by their three-letter codes ("From LHR to JFK", "JFK → LAX"), and the model read JFK as a
// person (John F. Kennedy is one). routeCodes drops the model's finding over three capitals
// that stand at one end of a route whose other end is three capitals too: "from X to Y", "X to
// Y", or "X-Y", "X → Y", "X > Y", "X/Y". "JFK was president" keeps its person.
func routeCodes(text string, fs []redact.Finding) []redact.Finding {
	return slices.DeleteFunc(fs, func(f redact.Finding) bool {
		return f.Source == redact.SourceModel && f.End-f.Start == 3 && threeCapitals(text[f.Start:f.End]) && onRoute(text, f.Start, f.End)
	})
}

// threeCapitals reports three ASCII capitals.
func threeCapitals(w string) bool {
	return len(w) == 3 && isUpperASCII(w[0]) && isUpperASCII(w[1]) && isUpperASCII(w[2])
}

// routeJoins join a route's two ends.
var routeJoins = []string{" to ", "-", " - ", " → ", "→", " > ", "/", " ✈ "}

// onRoute reports three capitals at text[a:b] joined to three other capitals by a route's join,
// each code standing alone.
func onRoute(text string, a, b int) bool {
	alone := func(x, y int) bool {
		return x >= 0 && y <= len(text) && threeCapitals(text[x:y]) && (x == 0 || !isLetterASCII(text[x-1])) && (y == len(text) || !isLetterASCII(text[y]))
	}
	for _, j := range routeJoins {
		if strings.HasPrefix(text[b:], j) && alone(b+len(j), b+len(j)+3) {
			return true
		}
		if a >= len(j) && text[a-len(j):a] == j && alone(a-len(j)-3, a-len(j)) {
			return true
		}
	}
	return false
}
