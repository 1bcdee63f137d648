package redact

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// cueValue makes a value that cue c reads and its check accepts, or reports none.
func cueValue(c cue, r *rand.Rand) (string, bool) {
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('0' + r.IntN(10))
		}
		b[0] = byte('1' + r.IntN(9))
		return string(b)
	}
	between := func(lo, hi, floor, span int) int {
		lo = max(lo, floor)
		if hi < lo {
			hi = lo + span
		}
		return lo + r.IntN(hi-lo+1)
	}
	var gen func() string
	switch c.shape {
	case shapeDigits:
		gen = func() string { return digits(between(c.min, c.max, 1, 11)) }
	case shapeAlnum:
		gen = func() string {
			return string(rune('A'+r.IntN(26))) + string(rune('A'+r.IntN(26))) + digits(between(c.min, c.max, 6, 4)-2)
		}
	case shapeDate:
		gen = func() string { return "03/14/1985" }
	case shapeExpiry:
		gen = func() string { return "09/27" }
	case shapeSecret:
		gen = func() string { return "6N3WlPn5FVq8zX" }
	case shapeAge:
		gen = func() string { return "93" }
	case shapeHandle, shapeHandleOnly:
		gen = func() string { return "jdoe_42" }
	case shapePostcode:
		gen = func() string { return "SW1A 1AA" }
	case shapePhone:
		gen = func() string { return "415 555 0147" }
	default:
		return "", false
	}
	for range 20000 {
		if v := gen(); c.valid == nil || c.valid(v) {
			return v, true
		}
	}
	return "", false
}

// TestCueForms writes every cue word with a value of its cue in the ways a label is written,
// wherever "label: value" is read: no way may lose the value. A longer cue phrase had hidden the
// shorter ones it opens ("postcode is" hid "postcode" and its ZIP codes), and a value on the
// label's next line was not read.
func TestCueForms(t *testing.T) {
	det := NewDetector(Patterns{})
	r := rand.New(rand.NewPCG(1, 2))
	masked := func(text, v string) bool {
		fs, err := det.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		i := strings.LastIndex(text, v)
		for _, f := range fs {
			if f.Start <= i && f.End >= i+len(v) && f.Score >= 0.5 {
				return true
			}
		}
		return false
	}
	read := 0
	for i, c := range cues {
		v, ok := cueValue(c, r)
		if !ok {
			continue
		}
		for _, w := range c.words {
			if !masked(w+": "+v, v) {
				continue // read only in other ways (a spoken phrase, a capitalised label)
			}
			read++
			forms := []string{"%s:\n%s", "%s:\r\n  %s", "%s is %s", "The %s: %s", "| %s | %s |", "<tr><td>%s</td><td>%s</td></tr>"}
			key := strings.ReplaceAll(w, " ", "_")
			if asciiLetters(strings.ReplaceAll(key, "_", "")) {
				// a record's key: JSON, XML, a query or a configuration
				forms = append(forms, fmt.Sprintf(`{"%s": "%%s"}`, key)+"%.0s", fmt.Sprintf("<%s>%%s</%s>", key, key)+"%.0s",
					fmt.Sprintf(`<field name="%s" value="%%s"/>`, key)+"%.0s")
				if !c.spaced {
					forms = append(forms, strings.ToUpper(key)+"=%s%.0s") // a platform's name is a configuration's key as often
				}
			}
			for _, form := range forms {
				var s string
				if strings.HasSuffix(form, "%.0s") {
					s = fmt.Sprintf(form, v, w)
				} else {
					s = fmt.Sprintf(form, w, v)
				}
				if !masked(s, v) {
					t.Errorf("cue %d (%s): %q leaves %q unmasked", i, c.typ, s, v)
				}
			}
		}
	}
	t.Logf("%d cue words read", read)
	if read < 500 {
		t.Errorf("only %d cue words read their value after a colon", read)
	}
}
