package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// Span is a labelled entity: byte offsets into its sample's text.
type Span struct {
	Type       string
	Start, End int
}

// Sample is one labelled text.
type Sample struct {
	Text  string
	Spans []Span
}

// TypeMap maps dataset type names to Veil's. A type mapped to "" is not personal data Veil masks
// (a job title, a salutation) and is left out of scoring: neither a miss nor, when found, a hit.
var TypeMap = map[string]string{
	"GPE":               "LOCATION",       // Presidio's geopolitical entity
	"ADDRESS":           "STREET_ADDRESS", // generated_large.json's name
	"STREET_ADDRESS":    "STREET_ADDRESS",
	"DOMAIN_NAME":       "URL",
	"ZIP_CODE":          "ZIP_CODE",
	"TITLE":             "",
	"PREFIX":            "",
	"PER":               "PERSON",
	"LOC":               "LOCATION",
	"ORG":               "ORGANIZATION",
	"US_DRIVER_LICENSE": "US_DRIVER_LICENSE",
	// WNUT 2017's types (CoNLL files)
	"person":        "PERSON",
	"location":      "LOCATION",
	"corporation":   "ORGANIZATION",
	"group":         "ORGANIZATION", // bands, teams, parties: named groups of people
	"product":       "",
	"creative-work": "",
}

// MapType returns Veil's name for a dataset type.
func MapType(t string) string {
	if m, ok := TypeMap[t]; ok {
		return m
	}
	return t
}

// Load reads a dataset, by its form: CoNLL token<TAB>tag lines (a .conll or .annotated file, as
// WNUT 2017 ships), Presidio's JSON array, or Veil's JSONL
// ({"text": "...", "spans": [{"type", "start", "end"}]} per line). Offsets in both are Unicode
// code points; they come back as byte offsets, with types mapped by TypeMap.
func Load(path string) ([]Sample, error) {
	if ext := filepath.Ext(path); ext == ".conll" || ext == ".annotated" {
		return LoadCoNLL(path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '[' {
		return loadPresidio(path, b)
	}
	return loadJSONL(path, b)
}

func loadPresidio(path string, b []byte) ([]Sample, error) {
	var recs []struct {
		FullText string `json:"full_text"`
		Spans    []struct {
			EntityType string `json:"entity_type"`
			Start      int    `json:"start_position"`
			End        int    `json:"end_position"`
		} `json:"spans"`
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("%s: not Presidio's JSON format: %w", path, err)
	}
	out := make([]Sample, 0, len(recs))
	for i, r := range recs {
		s := Sample{Text: r.FullText}
		for _, sp := range r.Spans {
			span, err := toBytes(r.FullText, sp.EntityType, sp.Start, sp.End)
			if err != nil {
				return nil, fmt.Errorf("%s: record %d: %w", path, i, err)
			}
			s.Spans = append(s.Spans, span)
		}
		out = append(out, s)
	}
	return out, nil
}

func loadJSONL(path string, b []byte) ([]Sample, error) {
	var out []Sample
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var rec struct {
			Text  string `json:"text"`
			Spans []struct {
				Type       string `json:"type"`
				Start, End int
			} `json:"spans"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		s := Sample{Text: rec.Text}
		for _, sp := range rec.Spans {
			span, err := toBytes(rec.Text, sp.Type, sp.Start, sp.End)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			s.Spans = append(s.Spans, span)
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

// LoadCoNLL reads a CoNLL file of token<TAB>BIO-tag lines with blank lines between sentences,
// as WNUT 2017 ships. Each sentence becomes a sample whose text is its tokens joined by spaces.
func LoadCoNLL(path string) ([]Sample, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []Sample
	var text strings.Builder
	var spans []Span
	flush := func() {
		if text.Len() > 0 {
			out = append(out, Sample{Text: text.String(), Spans: spans})
		}
		text.Reset()
		spans = nil
	}
	for n, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.Trim(line, " \t\ufeff") == "" { // WNUT's dev set has a byte-order mark on a line of its own

			flush()
			continue
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok || tok == "" {
			return nil, fmt.Errorf("%s:%d: want token<TAB>tag", path, n+1)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(tok)
		switch {
		case tag == "O":
		case strings.HasPrefix(tag, "I-") && len(spans) > 0 && spans[len(spans)-1].End == start-1 && spans[len(spans)-1].Type == MapType(tag[2:]):
			spans[len(spans)-1].End = text.Len()
		case strings.HasPrefix(tag, "B-"), strings.HasPrefix(tag, "I-"):
			// an I- tag that continues nothing opens an entity, as CoNLL readers do (WNUT's dev set has a few)
			spans = append(spans, Span{Type: MapType(tag[2:]), Start: start, End: text.Len()})
		default:
			return nil, fmt.Errorf("%s:%d: tag %q is not O, B-TYPE or I-TYPE", path, n+1, tag)
		}
	}
	flush()
	for i := range out { // drop spans of types Veil does not mask (products, creative works)
		out[i].Spans = slices.DeleteFunc(out[i].Spans, func(x Span) bool { return x.Type == "" })
	}
	return out, nil
}

// toBytes converts a code-point span to bytes and maps its type.
func toBytes(text, typ string, start, end int) (Span, error) {
	n := utf8.RuneCountInString(text)
	if start < 0 || end > n || start >= end {
		return Span{}, fmt.Errorf("span %s [%d,%d) outside a text of %d code points", typ, start, end, n)
	}
	bs, be, cp := -1, -1, 0
	for i := range text {
		if cp == start {
			bs = i
		}
		if cp == end {
			be = i
		}
		cp++
	}
	if end == n {
		be = len(text)
	}
	return Span{Type: MapType(strings.TrimSpace(typ)), Start: bs, End: be}, nil
}
