package ner

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// WordPiece is BERT's tokenizer: text is cleaned, split at white space, punctuation and CJK
// characters into words, and each word into the longest vocabulary pieces from its left, the
// pieces after the first spelt with a "##" prefix. Unlike ports that re-find pieces in the
// text afterwards, every piece carries the exact byte offsets of the original text it came
// from, through lower-casing and accent stripping, for any UTF-8: a mask drawn from a piece
// never cuts a character or leaks a letter.
type WordPiece struct {
	vocab              map[string]int32
	ix                 atomic.Pointer[pieceIndex]
	pieces             []string
	Lower              bool   // lower-case and strip accents first (uncased models)
	Prefix             string // continuation prefix, "##"
	MaxChars           int    // longer words are one [UNK]
	UNK, CLS, SEP, PAD int32
}

// Piece is one vocabulary entry found in a text.
type Piece struct {
	ID         int32
	Start, End int  // byte offsets in the original text
	Word       int  // index of the word the piece belongs to
	First      bool // the word's first piece
}

// NewWordPiece makes a tokenizer from a vocabulary in id order (vocab.txt's lines). It needs
// the four special tokens [UNK], [CLS], [SEP] and [PAD].
func NewWordPiece(vocab []string, lower bool) (*WordPiece, error) {
	w := &WordPiece{vocab: make(map[string]int32, len(vocab)), pieces: vocab, Lower: lower, Prefix: "##", MaxChars: 100}
	for i, p := range vocab {
		if _, dup := w.vocab[p]; !dup {
			w.vocab[p] = int32(i)
		}
	}
	for _, sp := range []struct {
		name string
		dst  *int32
	}{{"[UNK]", &w.UNK}, {"[CLS]", &w.CLS}, {"[SEP]", &w.SEP}, {"[PAD]", &w.PAD}} {
		id, ok := w.vocab[sp.name]
		if !ok {
			return nil, fmt.Errorf("vocabulary has no %s token", sp.name)
		}
		*sp.dst = id
	}
	return w, nil
}

// pieceIndex is what Encode looks pieces up in: the continuation pieces without their prefix
// (so that a lookup builds no string), and the longest piece of each kind, so that the
// longest-match search starts at a length some piece has instead of at the word's end.
type pieceIndex struct {
	prefix            string
	cont              map[string]int32
	maxFirst, maxCont int // bytes
}

// index returns the lookup index for the current Prefix, building it once (Prefix is set
// when a tokenizer is loaded, before use).
func (w *WordPiece) index() *pieceIndex {
	if ix := w.ix.Load(); ix != nil && ix.prefix == w.Prefix {
		return ix
	}
	ix := &pieceIndex{prefix: w.Prefix, cont: w.vocab}
	for p := range w.vocab {
		ix.maxFirst = max(ix.maxFirst, len(p))
	}
	ix.maxCont = ix.maxFirst
	if w.Prefix != "" {
		ix.cont, ix.maxCont = map[string]int32{}, 0
		for p, id := range w.vocab {
			if rest, ok := strings.CutPrefix(p, w.Prefix); ok {
				ix.cont[rest] = id
				ix.maxCont = max(ix.maxCont, len(rest))
			}
		}
	}
	w.ix.Store(ix)
	return ix
}

// ReadVocab reads vocab.txt: one piece per line, the line number (from 0) its id.
func ReadVocab(r io.Reader, lower bool) (*WordPiece, error) {
	var vocab []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		vocab = append(vocab, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return NewWordPiece(vocab, lower)
}

// ReadTokenizerJSON reads a Hugging Face tokenizer.json whose model is WordPiece, with the
// BERT normaliser's lowercase and strip_accents settings.
func ReadTokenizerJSON(data []byte) (*WordPiece, error) {
	var tj struct {
		Normalizer *struct {
			Type         string `json:"type"`
			Lowercase    *bool  `json:"lowercase"`
			StripAccents *bool  `json:"strip_accents"`
		} `json:"normalizer"`
		Model struct {
			Type     string           `json:"type"`
			Vocab    map[string]int32 `json:"vocab"`
			Prefix   *string          `json:"continuing_subword_prefix"`
			MaxChars int              `json:"max_input_chars_per_word"`
		} `json:"model"`
	}
	if err := json.Unmarshal(data, &tj); err != nil {
		return nil, fmt.Errorf("tokenizer.json: %w", err)
	}
	if tj.Model.Type != "WordPiece" {
		return nil, fmt.Errorf("tokenizer.json: model type %q is not supported (WordPiece only; a BERT-family export or vocab.txt works)", tj.Model.Type)
	}
	vocab := make([]string, len(tj.Model.Vocab))
	for p, id := range tj.Model.Vocab {
		if id < 0 || int(id) >= len(vocab) || vocab[id] != "" {
			return nil, fmt.Errorf("tokenizer.json: vocabulary ids are not 0..%d", len(vocab)-1)
		}
		vocab[id] = p
	}
	lower := false
	if n := tj.Normalizer; n != nil && n.Lowercase != nil {
		lower = *n.Lowercase
	}
	w, err := NewWordPiece(vocab, lower)
	if err != nil {
		return nil, fmt.Errorf("tokenizer.json: %w", err)
	}
	if tj.Model.Prefix != nil {
		w.Prefix = *tj.Model.Prefix
	}
	if tj.Model.MaxChars > 0 {
		w.MaxChars = tj.Model.MaxChars
	}
	return w, nil
}

// Size is the number of vocabulary entries.
func (w *WordPiece) Size() int { return len(w.pieces) }

// String returns the piece with the given id.
func (w *WordPiece) String(id int32) string { return w.pieces[id] }

// asciiWordClass is Words' verdict on each ASCII character, from the same tests as for any
// other: part of a word, a break between words, or a word of its own.
var asciiWordClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch r := rune(c); {
		case unicode.IsSpace(r) || r == 0 || isControl(r):
			t[c] = asciiBreak
		case isPunct(r) || isCJK(r):
			t[c] = asciiAlone
		}
	}
	return t
}()

const (
	asciiInWord = iota
	asciiBreak
	asciiAlone
)

// Words splits text the way BERT's basic tokenizer does, by byte offsets: control characters
// and U+FFFD are dropped, each punctuation mark and CJK character is a word of its own.
func Words(text string, dst [][2]int) [][2]int {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			dst = append(dst, [2]int{start, end})
			start = -1
		}
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			switch asciiWordClass[c] {
			case asciiBreak:
				flush(i)
			case asciiAlone:
				flush(i)
				dst = append(dst, [2]int{i, i + 1})
			default:
				if start < 0 {
					start = i
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == 0 || r == utf8.RuneError || isControl(r):
			flush(i)
		case isPunct(r) || isCJK(r):
			flush(i)
			dst = append(dst, [2]int{i, i + size})
		default:
			if start < 0 {
				start = i
			}
		}
		i += size
	}
	flush(len(text))
	return dst
}

// Encode appends the pieces of text to dst, without [CLS] and [SEP].
func (w *WordPiece) Encode(text string, dst []Piece) []Piece {
	ix := w.index()
	var words [][2]int
	words = Words(text, words)
	var norm []byte
	var from []int32 // byte of norm -> index of the rune in the word (start offset in text)
	var runeEnd []int
	for wi, wd := range words {
		word := text[wd[0]:wd[1]]
		norm, from, runeEnd = w.normalize(word, wd[0], norm[:0], from[:0], runeEnd[:0])
		if len(norm) == 0 {
			continue
		}
		if utf8.RuneCount(norm) > w.MaxChars {
			dst = append(dst, Piece{ID: w.UNK, Start: wd[0], End: wd[1], Word: wi, First: true})
			continue
		}
		mark := len(dst)
		for lo := 0; lo < len(norm); {
			m, longest := w.vocab, ix.maxFirst
			if lo > 0 {
				m, longest = ix.cont, ix.maxCont
			}
			hi, id := min(len(norm), lo+longest), int32(-1)
			for ; hi > lo; hi-- {
				if hi < len(norm) && !utf8.RuneStart(norm[hi]) {
					continue
				}
				if v, ok := m[string(norm[lo:hi])]; ok {
					id = v
					break
				}
			}
			if id < 0 { // a part no piece covers: the whole word is unknown
				dst = append(dst[:mark], Piece{ID: w.UNK, Start: wd[0], End: wd[1], Word: wi, First: true})
				break
			}
			start := int(from[lo])
			end := runeEnd[from[hi-1]-int32(wd[0])]
			dst = append(dst, Piece{ID: id, Start: start, End: end, Word: wi, First: lo == 0})
			lo = hi
		}
	}
	return dst
}

// normalize writes the model's spelling of word to out and, for each byte of it, the text
// offset of the rune it came from; runeEnd maps a rune's offset within the word to its end.
func (w *WordPiece) normalize(word string, base int, out []byte, from []int32, runeEnd []int) ([]byte, []int32, []int) {
	for cap(runeEnd) < len(word) {
		runeEnd = append(runeEnd[:cap(runeEnd)], 0)
	}
	runeEnd = runeEnd[:len(word)]
	var buf [utf8.UTFMax * 4]byte
	for i := 0; i < len(word); {
		if c := word[i]; c < utf8.RuneSelf && (!w.Lower || c < 'A' || c > 'Z') {
			// ASCII kept as it is (cased, or no capital): one byte, its own rune
			runeEnd[i] = base + i + 1
			out = append(out, c)
			from = append(from, int32(base+i))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		runeEnd[i] = base + i + size
		at := int32(base + i)
		if !w.Lower {
			out = append(out, word[i:i+size]...)
			for range size {
				from = append(from, at)
			}
			i += size
			continue
		}
		for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			n := utf8.EncodeRune(buf[:], d)
			out = append(out, buf[:n]...)
			for range n {
				from = append(from, at)
			}
		}
		i += size
	}
	return out, from, runeEnd
}

func isControl(r rune) bool {
	if r == '\t' || r == '\n' || r == '\r' {
		return false
	}
	return unicode.In(r, unicode.Cc, unicode.Cf)
}

// isPunct is BERT's punctuation: every ASCII non-alphanumeric symbol, and Unicode class P.
func isPunct(r rune) bool {
	if r >= 33 && r <= 47 || r >= 58 && r <= 64 || r >= 91 && r <= 96 || r >= 123 && r <= 126 {
		return true
	}
	return r >= utf8.RuneSelf && unicode.IsPunct(r)
}

func isCJK(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF || r >= 0x20000 && r <= 0x2A6DF ||
		r >= 0x2A700 && r <= 0x2B73F || r >= 0x2B740 && r <= 0x2B81F || r >= 0x2B820 && r <= 0x2CEAF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0x2F800 && r <= 0x2FA1F
}
