package ner

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var goldenVocab = []string{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]",
	"jose", "##e", "jos", "##é", "José", "Mü", "##ller", "muller", "mü", "un", "##aff", "##able",
	"'", "s", ".", ",", "日", "本", "O", "Brien", "is", "in", "München", "naïve", "naive", "x"}

// golden renders pieces as piece@start:end.
func golden(t *testing.T, w *WordPiece, text string) string {
	t.Helper()
	var b []string
	for _, p := range w.Encode(text, nil) {
		b = append(b, fmt.Sprintf("%s@%d:%d", w.String(p.ID), p.Start, p.End))
	}
	return strings.Join(b, " ")
}

func TestWordPieceGolden(t *testing.T) {
	cased, err := NewWordPiece(goldenVocab, false)
	if err != nil {
		t.Fatal(err)
	}
	uncased, _ := NewWordPiece(goldenVocab, true)
	for _, c := range []struct {
		w          *WordPiece
		text, want string
	}{
		{cased, "José is in München.", "José@0:5 is@6:8 in@9:11 München@12:20 .@20:21"},
		{cased, "Müller", "Mü@0:3 ##ller@3:7"},
		{cased, "unaffable", "un@0:2 ##aff@2:5 ##able@5:9"},
		{cased, "O'Brien's", "O@0:1 '@1:2 Brien@2:7 '@7:8 s@8:9"},
		// multi-byte before the word moves every offset by bytes, not runes
		{cased, "日本 José", "日@0:3 本@3:6 José@7:12"},
		// a CJK character is a word of its own even inside a run of letters
		{cased, "x日x", "x@0:1 日@1:4 x@4:5"},
		// a word no pieces cover is one [UNK] over the whole word
		{cased, "zebra José", "[UNK]@0:5 José@6:11"},
		{cased, "🙂 x", "[UNK]@0:4 x@5:6"},
		// control characters and U+FFFD split words and vanish; invalid bytes too
		{cased, "x\u200bx", "x@0:1 x@4:5"},
		{cased, "x\xffx", "x@0:1 x@2:3"},
		// uncased: lower-cased, accents stripped, offsets still in the original bytes
		{uncased, "JOSÉ", "jose@0:5"},
		{uncased, "Josée", "jose@0:5 ##e@5:6"},
		{uncased, "MÜLLER", "muller@0:7"},
		{uncased, "Naïve", "naive@0:6"},
		// İ lower-cases to two runes (i + combining dot): the piece still ends on the İ
		{uncased, "İs", "is@0:3"},
		{cased, strings.Repeat("x", 101), fmt.Sprintf("[UNK]@0:%d", 101)},
	} {
		if got := golden(t, c.w, c.text); got != c.want {
			t.Errorf("Encode(%q, lower=%v):\n got %s\nwant %s", c.text, c.w.Lower, got, c.want)
		}
	}
}

func TestWordPieceOffsetsAnyUTF8(t *testing.T) {
	texts := []string{"Ågot Ørsted, İstanbul — ﬁnance 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "ΣΊΣΥΦΟΣ ǅemal ŉ ß ẞ", "a\u0301b\u0308 \u00adx", "\xe2\x82 broken \xc3"}
	vocab := BuildVocab(texts, 200, 1)
	for _, lower := range []bool{false, true} {
		w, err := NewWordPiece(vocab, lower)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			prevEnd := 0
			for _, p := range w.Encode(text, nil) {
				if p.Start < prevEnd || p.End <= p.Start || p.End > len(text) {
					t.Fatalf("lower=%v %q: piece %+v out of order or outside the text", lower, text, p)
				}
				if !utf8.RuneStart(text[p.Start]) || p.End < len(text) && !utf8.RuneStart(text[p.End]) {
					t.Fatalf("lower=%v %q: piece %+v cuts a character", lower, text, p)
				}
				if !lower && p.ID != w.UNK {
					if got := strings.TrimPrefix(w.String(p.ID), "##"); got != text[p.Start:p.End] {
						t.Fatalf("%q: piece %q spans %q", text, got, text[p.Start:p.End])
					}
				}
				prevEnd = p.End
			}
		}
	}
}

func TestBuildVocab(t *testing.T) {
	texts := []string{"Maria Garcia met Mariana at Garcia & Sons.", "Maria, Maria!"}
	v := BuildVocab(texts, 60, 1)
	if diff := cmp.Diff([]string{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}, v[:5]); diff != "" {
		t.Fatal(diff)
	}
	if !slices.Contains(v, "Maria") || !slices.Contains(v, "Garcia") {
		t.Errorf("frequent words were not learned whole: %q", v)
	}
	if again := BuildVocab(texts, 60, 1); !slices.Equal(v, again) {
		t.Error("BuildVocab is not deterministic")
	}
	w, _ := NewWordPiece(v, false)
	for _, p := range w.Encode("Mariana Garcia", nil) {
		if p.ID == w.UNK {
			t.Errorf("a word made of known characters came out unknown: %+v", p)
		}
	}
}

func TestReadTokenizerJSON(t *testing.T) {
	tj := `{"normalizer":{"type":"BertNormalizer","lowercase":true},
	"model":{"type":"WordPiece","unk_token":"[UNK]","continuing_subword_prefix":"##","max_input_chars_per_word":100,
	"vocab":{"[PAD]":0,"[UNK]":1,"[CLS]":2,"[SEP]":3,"ana":4,"##s":5}}}`
	w, err := ReadTokenizerJSON([]byte(tj))
	if err != nil {
		t.Fatal(err)
	}
	if got := golden(t, w, "ANAS"); got != "ana@0:3 ##s@3:4" {
		t.Errorf("got %s", got)
	}
	if _, err := ReadTokenizerJSON([]byte(`{"model":{"type":"BPE","vocab":{}}}`)); err == nil || !strings.Contains(err.Error(), "BPE") {
		t.Errorf("a BPE tokenizer was not refused by name: %v", err)
	}
	if _, err := ReadVocab(strings.NewReader("a\nb\n"), false); err == nil {
		t.Error("a vocabulary without special tokens was accepted")
	}
}

// encodeReference is Encode as first written: words split rune by rune, and every length
// tried from the word's end, the prefix joined to each candidate. Encode must give the same
// pieces.
func encodeReference(w *WordPiece, text string) []Piece {
	var dst []Piece
	var words [][2]int
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == 0 || r == utf8.RuneError || isControl(r):
			if start >= 0 {
				words, start = append(words, [2]int{start, i}), -1
			}
		case isPunct(r) || isCJK(r):
			if start >= 0 {
				words, start = append(words, [2]int{start, i}), -1
			}
			words = append(words, [2]int{i, i + size})
		default:
			if start < 0 {
				start = i
			}
		}
		i += size
	}
	if start >= 0 {
		words = append(words, [2]int{start, len(text)})
	}
	for wi, wd := range words {
		norm, from, runeEnd := w.normalize(text[wd[0]:wd[1]], wd[0], nil, nil, nil)
		if len(norm) == 0 {
			continue
		}
		if utf8.RuneCount(norm) > w.MaxChars {
			dst = append(dst, Piece{ID: w.UNK, Start: wd[0], End: wd[1], Word: wi, First: true})
			continue
		}
		mark := len(dst)
		for lo := 0; lo < len(norm); {
			hi, id := len(norm), int32(-1)
			for ; hi > lo; hi-- {
				if hi < len(norm) && !utf8.RuneStart(norm[hi]) {
					continue
				}
				sub := string(norm[lo:hi])
				if lo > 0 {
					sub = w.Prefix + sub
				}
				if v, ok := w.vocab[sub]; ok {
					id = v
					break
				}
			}
			if id < 0 {
				dst = append(dst[:mark], Piece{ID: w.UNK, Start: wd[0], End: wd[1], Word: wi, First: true})
				break
			}
			dst = append(dst, Piece{ID: id, Start: int(from[lo]), End: runeEnd[from[hi-1]-int32(wd[0])], Word: wi, First: lo == 0})
			lo = hi
		}
	}
	return dst
}

func TestWordPieceMatchesReference(t *testing.T) {
	tm, err := LoadTensorModel("")
	if err != nil {
		t.Fatal(err)
	}
	shipped := tm.m.tok
	golden, _ := NewWordPiece(goldenVocab, false)
	uncased, _ := NewWordPiece(goldenVocab, true)
	bare, _ := NewWordPiece(goldenVocab, false)
	bare.Prefix = "" // a tokenizer.json without a continuation prefix
	texts := []string{
		strings.Repeat("Hi team, Maria Fernandez from Globex Ltd called from Lisbon about the invoice for Kwame Mensah. ", 22),
		"José Müller (jose.muller@example.com) unaffable naïve O'Brien in München, 日本; x\tx\x00y\u200bz",
		"Supercalifragilisticexpialidocious antidisestablishmentarianism " + strings.Repeat("a", 150),
		"İstanbul ǅ ß ﬁnance 𝔘𝔫𝔦 a\u0301 \xff bad ~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
	}
	for _, w := range []*WordPiece{shipped, golden, uncased, bare} {
		for _, text := range texts {
			if diff := cmp.Diff(encodeReference(w, text), w.Encode(text, nil)); diff != "" {
				t.Errorf("prefix %q lower %v: Encode differs from the reference on %.40q (-reference +Encode):\n%s", w.Prefix, w.Lower, text, diff)
			}
		}
	}
}

func BenchmarkWordPiece(b *testing.B) {
	tm, err := LoadTensorModel("")
	if err != nil {
		b.Fatal(err)
	}
	msg := strings.Repeat("Hi team, Maria Fernandez from Globex Ltd called from Lisbon about the invoice for Kwame Mensah. ", 22)[:2048]
	b.SetBytes(int64(len(msg)))
	var dst []Piece
	for b.Loop() {
		dst = tm.m.tok.Encode(msg, dst[:0])
	}
}
