package redact

import (
	"slices"
	"strings"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// repeats masks every other occurrence of a value that a cue word vouched for once: "MRN:
// 00482913 … later 00482913 was transferred", "user kwame.owusu logged in; kwame.owusu then …",
// "SSN 078051121 … confirm 078051121". The second has no cue before it, and the scan alone reads
// it as nothing, or as a weak number that no policy acts on; left so, it shows the value the
// first one's token hides. The values taken are those found by cue words and the SSNs and ITINs
// (a bare nine digits is a weak SSN until a context word raises it), four bytes or more, with a
// digit or one of "@._-" in them, on one line. Each other occurrence standing as a word of its
// own becomes a finding of the same type and score (a model's guess over part of it is cut
// around it, as reconcile cuts one around a validated finding: the recognizers alone mask it
// whole, and the model must not unmask part of it), or raises the weaker finding of the same type
// found over it exactly. fs is ordered by start and free of overlaps; so is the result.
func repeats(text string, fs []Finding, lex Lexicon) []Finding {
	return Repeats(text, fs, VouchedValues(text, fs, nil, lex))
}

// Vouched is a value's type and score, as the cue word that vouched for it gave them.
type Vouched struct {
	Type  string
	Score float64
}

// VouchedValues adds to values (made when nil and a value is found) the values of text's findings
// fs that repeats looks for elsewhere, and returns it. Values found in several texts of one
// request or record are gathered so (tokenize's plans), and each text looked through for all.
// lex (nil: none) lets an account's name written as a plain word be looked for too where it is
// no word (plainAccount).
func VouchedValues(text string, fs []Finding, values map[string]Vouched, lex Lexicon) map[string]Vouched {
	add := func(v string, f Finding, plain bool) {
		if len(v) < 4 || strings.IndexByte(v, '\n') >= 0 || strings.IndexAny(v, valueMarks) < 0 && !(plain && f.Type == Username && plainAccount(v, lex)) {
			return
		}
		if values == nil {
			values = map[string]Vouched{}
		}
		if old, ok := values[v]; !ok || f.Score > old.Score {
			values[v] = Vouched{f.Type, f.Score}
		}
	}
	for _, f := range fs {
		// an account's name, by whatever found it, is the same account wherever it is written,
		// with its at-sign or without ("@dev-ravi can you check" … "dev-ravi: looking") (stop 34)
		account := f.Type == Username && f.Score >= 0.5
		if f.Source != SourceCue && !account && !(f.Source == SourcePattern && (f.Type == SSN || f.Type == USITIN) && f.Score >= 0.5) {
			continue
		}
		v := text[f.Start:f.End]
		add(v, f, true)
		if account && strings.HasPrefix(v, "@") {
			add(v[1:], f, false) // not a plain word: "@contextmanager" in a docstring is a decorator's
		}
	}
	return values
}

// valueMarks are the characters one of which a value repeats looks for holds, but a plain
// account's name: a digit or a handle's mark.
const valueMarks = "0123456789@._-"

// plainAccount reports an account's name written in lower-case letters alone, five of them at
// least, that lex knows as no word and that is no machine's: "user mbrennan logged in; later
// mbrennan logged out" (stop 51), where the second had gone upstream. A handle that the cues
// and rules read as an account where they read it is the same account elsewhere; a word they
// read so by mistake ("domain", "version" in code) is no account anywhere else.
func plainAccount(v string, lex Lexicon) bool {
	if lex == nil || len(v) < 5 || len(v) > 32 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isLower(v[i]) {
			return false
		}
	}
	return !machineUsers.has(v) && !lex.Word(v)
}

// inIdentifier reports a mark that joins text[start:end] to a name of code or of a path around
// it: '.', '_', '-', '/', '@' or '$' before it, or '.', '_', '-' or '@' and a letter or digit
// after it, or '(' after it.
func inIdentifier(text string, start, end int) bool {
	if start > 0 && strings.IndexByte("._-/@$", text[start-1]) >= 0 {
		return true
	}
	if end < len(text) {
		c := text[end]
		if c == '(' || strings.IndexByte("._-@", c) >= 0 && end+1 < len(text) && isAlnum(text[end+1]) {
			return true
		}
	}
	return false
}

// Repeats adds to fs, text's findings (ordered by start and free of overlaps), a finding over
// each occurrence in text of one of values standing as a word of its own where nothing else was
// found, and raises a weaker finding of the same type over one exactly (see repeats). The result
// is ordered and free of overlaps.
func Repeats(text string, fs []Finding, values map[string]Vouched) []Finding {
	if len(values) == 0 {
		return fs
	}
	var added []Finding
	var covers [][2]int // for each of added, the model's findings of fs over it (fs[lo:j])
	at := func(start, end int) {
		v := values[text[start:end]]
		if start > 0 && isAlnum(text[start-1]) || end < len(text) && isAlnum(text[end]) {
			return // part of a longer word or number
		}
		if strings.IndexAny(text[start:end], valueMarks) < 0 && inIdentifier(text, start, end) {
			return // a plain account's word in a dotted or joined name: "iscsi.ReadWriteOPS", "iscsi-images"
		}
		k, found := slices.BinarySearchFunc(fs, start, func(f Finding, s int) int { return f.Start - s })
		if found && fs[k].End == end && fs[k].Type == v.Type {
			fs[k].Score = max(fs[k].Score, v.Score) // the same value, found weak: "078051121" alone
			return
		}
		lo := k // the findings over the repeat, fs[lo:j]: only a model's guesses may be there
		if lo > 0 && fs[lo-1].End > start {
			lo--
		}
		j := k
		for j < len(fs) && fs[j].Start < end {
			j++
		}
		for _, f := range fs[lo:j] {
			if f.Source != SourceModel || f.Start == start && f.End == end {
				return // something else was found there
			}
		}
		// a model's guess over part of the value ("000" of a licence "dl 000", read as a street)
		// gives way to the value whole, which the first occurrence's cue vouched for: it is cut
		// around it below if this repeat is kept, so that the model never unmasks what the
		// recognizers alone mask
		added = append(added, Finding{Type: v.Type, Start: start, End: end, Score: v.Score, Source: SourceCue})
		covers = append(covers, [2]int{lo, j})
	}
	if len(values) <= maxIndexedRepeats {
		for v := range values {
			for from := 0; ; {
				k := strings.Index(text[from:], v)
				if k < 0 {
					break
				}
				at(from+k, from+k+len(v))
				from += k + len(v)
			}
		}
	} else { // a table's column of values: one pass over the text for all of them
		patterns := make([]string, 0, len(values))
		for v := range values {
			patterns = append(patterns, v)
		}
		b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{MatchKind: ahocorasick.LeftMostLongestMatch})
		ac := b.Build(patterns)
		it := ac.Iter(text)
		for m := it.Next(); m != nil; m = it.Next() {
			at(m.Start(), m.End())
		}
	}
	if len(added) == 0 {
		return fs
	}
	// values looked for apart may overlap where found ("A449201" and "449201"): the first
	// found, then the longer, stays
	order := make([]int, len(added))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int {
		a, b := added[x], added[y]
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return (b.End - b.Start) - (a.End - a.Start)
	})
	var kept []Finding
	var cut map[int][]Finding // findings of fs that kept repeats cut, and what is left of them
	for _, x := range order {
		r := added[x]
		if len(kept) > 0 && r.Start < kept[len(kept)-1].End {
			continue
		}
		kept = append(kept, r)
		for i := covers[x][0]; i < covers[x][1]; i++ {
			if cut == nil {
				cut = map[int][]Finding{}
			}
			pieces, ok := cut[i]
			if !ok {
				pieces = []Finding{fs[i]}
			}
			var left []Finding
			for _, p := range pieces {
				left = cutAround(text, p, r.Type, r.Start, r.End, left)
			}
			cut[i] = left
		}
	}
	if len(cut) > 0 {
		var out []Finding
		for i, f := range fs {
			if pieces, ok := cut[i]; ok {
				out = append(out, pieces...)
			} else {
				out = append(out, f)
			}
		}
		fs = out
	}
	fs = append(fs, kept...)
	slices.SortFunc(fs, func(a, b Finding) int { return a.Start - b.Start })
	return fs
}

// maxIndexedRepeats is the most values repeats looks for one at a time (a pass over the text
// each); more are looked for together.
const maxIndexedRepeats = 8
