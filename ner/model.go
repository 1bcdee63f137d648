package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Gazetteer classes: each is a bit in a token's gazetteer flags.
const (
	gFirst = 1 << iota
	gLast
	gCity
	gState
	gCountry
	gOrg
	gOrgSuffix
	gNRP
	gStreet
	gTitle
	gCommon
)

// maxPhrase is the longest gazetteer entry, in tokens.
const maxPhrase = 5

// Perceptron is the embedded model: an averaged perceptron over hashed features, decoded
// greedily left to right with the two previous tags as features. It is safe for concurrent use.
type Perceptron struct {
	tags        []string // "O", then "B-TYPE", "I-TYPE" pairs
	index       map[uint64]int32
	rows        table[int32] // index again, for score's lookups
	weights     []float32    // len(index) rows of len(tags)
	gazetteer   map[uint64]uint16
	gaz         table[uint16] // gazetteer again, for lookups
	temperature float64
}

// Types returns the entity types the model finds.
func (m *Perceptron) Types() []string {
	var out []string
	for _, t := range m.tags[1:] {
		if strings.HasPrefix(t, "B-") {
			out = append(out, t[2:])
		}
	}
	return out
}

// phraseStep extends the hash h of a run of tokens by token t, lower-cased and followed by a
// separator, so that a gazetteer entry and the same words in a text hash alike whatever their
// spacing.
func phraseStep(h uint64, text string, t Token) uint64 {
	for _, r := range text[t.Start:t.End] {
		h = hashRune(h, toLower(r))
	}
	return hashRune(h, 0)
}

// phraseHash hashes a gazetteer entry as phraseStep does, and counts its tokens.
func phraseHash(s string) (uint64, int) {
	toks := Tokenize(s, nil)
	h := uint64(fnvOffset)
	for _, t := range toks {
		h = phraseStep(h, s, t)
	}
	return h, len(toks)
}

// annotate fills the gazetteer flags of each token.
func (m *Perceptron) annotate(text string, toks []Token, info []tokenInfo) {
	for i := range toks {
		h := uint64(fnvOffset)
		for j := i; j < len(toks) && j < i+maxPhrase; j++ {
			h = phraseStep(h, text, toks[j])
			f, ok := m.gaz.get(h)
			if !ok {
				continue
			}
			info[i].gazB |= f
			for k := i + 1; k <= j; k++ {
				info[k].gazI |= f
			}
		}
	}
}

// Span is an entity the model found: byte offsets into the text, and a score in [0, 1].
type Span struct {
	Type       string
	Start, End int
	Score      float64
}

// scratch holds per-call buffers.
type scratch struct {
	toks   []Token
	info   []tokenInfo
	feats  []uint64
	scores []float32
	tags   []int
	probs  []float64
}

// Tag finds the entities in text.
func (m *Perceptron) Tag(text string) []Span {
	var s scratch
	return m.tag(text, &s, nil)
}

func (m *Perceptron) tag(text string, s *scratch, dst []Span) []Span {
	s.toks = Tokenize(text, s.toks[:0])
	n := len(s.toks)
	if n == 0 {
		return dst
	}
	s.info = s.info[:0]
	for _, t := range s.toks {
		s.info = append(s.info, describe(text, t))
	}
	sentenceStarts(text, s.toks, s.info)
	m.annotate(text, s.toks, s.info)
	s.tags = s.tags[:0]
	s.probs = s.probs[:0]
	if cap(s.scores) < len(m.tags) {
		s.scores = make([]float32, len(m.tags))
	}
	scores := s.scores[:len(m.tags)]
	prev, prev2 := 0, 0
	for i := range s.toks {
		s.feats = staticFeatures(s.info, i, s.feats[:0])
		s.feats = tagFeatures(s.info, i, prev, prev2, s.feats)
		m.score(s.feats, scores)
		best := m.best(scores, prev)
		s.tags = append(s.tags, best)
		s.probs = append(s.probs, m.prob(scores, best, prev))
		prev, prev2 = best, prev
	}
	return m.spans(text, s, dst)
}

func (m *Perceptron) score(feats []uint64, scores []float32) {
	clear(scores)
	nt := len(scores)
	for _, f := range feats {
		if row, ok := m.rows.get(f); ok {
			w := m.weights[int(row)*nt : int(row)*nt+nt]
			for k := range scores {
				scores[k] += w[k]
			}
		}
	}
}

// allowed reports whether tag may follow prev: an I- tag only continues its own type.
func (m *Perceptron) allowed(prev, tag int) bool {
	if tag == 0 || tag%2 == 1 { // O or B-
		return true
	}
	return prev == tag || prev == tag-1
}

func (m *Perceptron) best(scores []float32, prev int) int {
	best := 0
	for k := 1; k < len(scores); k++ {
		if m.allowed(prev, k) && scores[k] > scores[best] {
			best = k
		}
	}
	return best
}

// prob is the softmax probability of the chosen tag among the allowed ones, at the model's
// calibrated temperature.
func (m *Perceptron) prob(scores []float32, chosen, prev int) float64 {
	t := m.temperature
	if t <= 0 {
		t = 1
	}
	top := float64(scores[chosen])
	sum := 0.0
	for k := range scores {
		if m.allowed(prev, k) {
			sum += math.Exp((float64(scores[k]) - top) / t)
		}
	}
	return 1 / sum
}

// spans turns BIO tags into entity spans, each scored by the mean probability of its tags.
func (m *Perceptron) spans(text string, s *scratch, dst []Span) []Span {
	for i := 0; i < len(s.tags); {
		tag := s.tags[i]
		if tag == 0 {
			i++
			continue
		}
		typ := tag
		if typ%2 == 0 {
			typ-- // an entity that opens with I- after the window's first token
		}
		j := i + 1
		for j < len(s.tags) && s.tags[j] == typ+1 {
			j++
		}
		sum := 0.0
		for k := i; k < j; k++ {
			sum += s.probs[k]
		}
		sp := Span{Type: m.tags[typ][2:], Start: s.toks[i].Start, End: s.toks[j-1].End, Score: sum / float64(j-i)}
		if plausible(sp, s.info[i:j]) {
			dst = append(dst, sp)
		}
		i = j
	}
	return dst
}

// plausible drops what no name looks like: a span without letters, or one whose words carry
// digits or read as code identifiers (camelCase such as getUser). Addresses keep their digits.
func plausible(sp Span, info []tokenInfo) bool {
	letters := false
	for _, t := range info {
		letters = letters || t.flags&shAlpha != 0
		if sp.Type == "STREET_ADDRESS" || sp.Type == "ORGANIZATION" {
			continue // addresses have numbers; brands are written optiGov, eScholar, Ideas42
		}
		if t.flags&shDigit != 0 || t.flags&shInnerCap != 0 && t.flags&shFirstUpper == 0 {
			return false
		}
	}
	return letters
}

// The model file: a magic string, then little-endian counts and arrays, gzip-compressed.
const magic = "veil-ner-perceptron/1\n"

// Save writes the model. Weights are stored as IEEE 754 half floats to keep the file small.
func (m *Perceptron) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	bw.WriteString(magic)
	put(uint32(len(m.tags)))
	for _, t := range m.tags {
		put(uint16(len(t)))
		bw.WriteString(t)
	}
	put(m.temperature)
	keys := make([]uint64, len(m.index))
	for k, row := range m.index {
		keys[row] = k
	}
	put(uint32(len(keys)))
	put(keys)
	half := make([]uint16, len(m.weights))
	for k, v := range m.weights {
		half[k] = toHalf(v)
	}
	put(half)
	gk := make([]uint64, 0, len(m.gazetteer))
	gv := make([]uint16, 0, len(m.gazetteer))
	for k := range m.gazetteer {
		gk = append(gk, k)
	}
	slices.Sort(gk)
	for _, k := range gk {
		gv = append(gv, m.gazetteer[k])
	}
	put(uint32(len(gk)))
	put(gk)
	put(gv)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	return err
}

// ReadPerceptron reads a model written by Save.
func ReadPerceptron(r io.Reader) (*Perceptron, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("ner model: not a Veil perceptron model")
	}
	get := func(v any) {
		if err == nil {
			err = binary.Read(br, binary.LittleEndian, v)
		}
	}
	m := &Perceptron{}
	var nt uint32
	get(&nt)
	if err != nil || nt == 0 || nt > 64 {
		return nil, fmt.Errorf("ner model: bad tag count %d: %v", nt, err)
	}
	for range nt {
		var l uint16
		get(&l)
		b := make([]byte, l)
		if err == nil {
			_, err = io.ReadFull(br, b)
		}
		m.tags = append(m.tags, string(b))
	}
	get(&m.temperature)
	var nk uint32
	get(&nk)
	if err != nil || nk > 1<<26 {
		return nil, fmt.Errorf("ner model: bad feature count %d: %v", nk, err)
	}
	keys := make([]uint64, nk)
	get(keys)
	half := make([]uint16, int(nk)*int(nt))
	get(half)
	var ng uint32
	get(&ng)
	if err != nil || ng > 1<<24 {
		return nil, fmt.Errorf("ner model: bad gazetteer size %d: %v", ng, err)
	}
	gk, gv := make([]uint64, ng), make([]uint16, ng)
	get(gk)
	get(gv)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	m.index = make(map[uint64]int32, nk)
	for row, k := range keys {
		m.index[k] = int32(row)
	}
	m.rows = newTable(m.index)
	m.weights = make([]float32, len(half))
	for k, h := range half {
		m.weights[k] = fromHalf(h)
	}
	m.gazetteer = make(map[uint64]uint16, ng)
	for k := range gk {
		m.gazetteer[gk[k]] = gv[k]
	}
	m.gaz = newTable(m.gazetteer)
	for k := 1; k < len(m.tags); k += 2 {
		if k+1 >= len(m.tags) || !strings.HasPrefix(m.tags[k], "B-") || m.tags[k+1] != "I-"+m.tags[k][2:] {
			return nil, fmt.Errorf("ner model: tags %v are not O then B-/I- pairs", m.tags)
		}
	}
	return m, nil
}

// toHalf rounds a float32 to IEEE 754 binary16.
func toHalf(f float32) uint16 {
	b := math.Float32bits(f)
	sign := uint16(b>>16) & 0x8000
	exp := int(b>>23&0xff) - 127 + 15
	mant := b & 0x7fffff
	switch {
	case exp <= 0:
		return sign // too small: zero
	case exp >= 31:
		return sign | 0x7bff // clamp to the largest finite half
	}
	h := sign | uint16(exp)<<10 | uint16(mant>>13)
	if mant&0x1000 != 0 && h&0x7fff < 0x7bff { // round half up
		h++
	}
	return h
}

func fromHalf(h uint16) float32 {
	sign := uint32(h&0x8000) << 16
	exp := uint32(h >> 10 & 0x1f)
	mant := uint32(h & 0x3ff)
	if exp == 0 {
		return math.Float32frombits(sign)
	}
	return math.Float32frombits(sign | (exp-15+127)<<23 | mant<<13)
}

// table is a map of uint64 hashes (features', gazetteer phrases') for the model's hot lookups:
// open addressing, at most half full, probed linearly from a Fibonacci hash of the key. Every
// token looks up each of its features and phrases, and Go's map spent most of that time hashing
// the key and matching its control bytes.
type table[V any] struct {
	slots   []slot[V]
	shift   uint8 // 64 - log2(len(slots))
	zero    V     // the value of the key 0, which marks an empty slot
	hasZero bool
}

type slot[V any] struct {
	key uint64
	val V
}

func newTable[V any](m map[uint64]V) table[V] {
	size, bits := 1, 0
	for size < 2*len(m) {
		size, bits = size<<1, bits+1
	}
	t := table[V]{slots: make([]slot[V], size), shift: uint8(64 - bits)}
	mask := uint64(size - 1)
	for k, v := range m {
		if k == 0 {
			t.zero, t.hasZero = v, true
			continue
		}
		i := (k * 0x9E3779B97F4A7C15) >> t.shift & mask
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = slot[V]{k, v}
	}
	return t
}

// get returns key's value, or V's zero and false.
func (t *table[V]) get(key uint64) (V, bool) {
	if key == 0 {
		return t.zero, t.hasZero
	}
	mask := uint64(len(t.slots) - 1)
	for i := (key * 0x9E3779B97F4A7C15) >> t.shift & mask; ; i = (i + 1) & mask {
		switch s := &t.slots[i]; s.key {
		case key:
			return s.val, true
		case 0:
			var none V
			return none, false
		}
	}
}
