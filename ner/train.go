package ner

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/brianvoe/gofakeit/v7/data"

	"github.com/veil-gateway/veil/ner/names"
)

// Example is one labelled text for training: entity spans by byte offsets. Spans of types the
// model does not learn are ignored (their words are tagged O).
type Example struct {
	Text  string
	Spans []Span
}

// TrainOptions configure Train.
type TrainOptions struct {
	Types  []string // entity types to learn, in tag order
	Epochs int
	Seed   uint64
	// Prune drops features seen fewer than this many times in training; 0 or 1 keeps them all.
	Prune int
	Log   func(format string, args ...any)
}

// Gazetteer returns the word lists the model consults, by class: gofakeit's given and family
// names, cities, states, countries and company names, and Veil's own lists (lists.go): names,
// cities of the world, groups, titles and organisation suffixes.
func Gazetteer() map[uint16][]string {
	p, a, c := data.Person, data.Address, data.Company
	return map[uint16][]string{
		gFirst:     slices.Concat(p["first"], p["middle"], names.Given),
		gLast:      slices.Concat(p["last"], names.Family),
		gCity:      slices.Concat(a["city"], names.Cities),
		gState:     a["state"],
		gCountry:   slices.Concat(a["country"], []string{"USA", "US", "U.S.", "UK", "U.K.", "United States", "United Kingdom", "England", "Scotland", "Wales", "Russia", "Iran", "Vietnam", "South Korea", "North Korea", "Bolivia", "Venezuela", "Tanzania", "Syria", "Laos", "Moldova", "Macedonia", "Czech Republic", "Holland", "Ivory Coast"}),
		gOrg:       c["name"],
		gOrgSuffix: slices.Concat(c["suffix"], orgSuffixes),
		gNRP:       slices.Concat(p["ethnicity"], nrpTerms),
		gStreet:    slices.Concat(a["street_name"], streetWords),
		gTitle:     slices.Concat(p["prefix"], personTitles),
		gCommon:    commonWords,
	}
}

type trow struct {
	w, acc []float32
	last   []int32
	seen   int32
}

type trainer struct {
	m    *Perceptron
	rows map[uint64]*trow
	now  int32
}

func (tr *trainer) row(f uint64) *trow {
	r := tr.rows[f]
	if r == nil {
		n := len(tr.m.tags)
		r = &trow{w: make([]float32, n), acc: make([]float32, n), last: make([]int32, n)}
		tr.rows[f] = r
	}
	return r
}

func (tr *trainer) update(r *trow, tag int, delta float32) {
	r.acc[tag] += float32(tr.now-r.last[tag]) * r.w[tag]
	r.last[tag] = tr.now
	r.w[tag] += delta
}

// prepared is an example ready for training: its static features and gold tags.
type prepared struct {
	info   []tokenInfo
	static [][]uint64
	gold   []int
}

func (m *Perceptron) prepare(ex Example) prepared {
	toks := Tokenize(ex.Text, nil)
	info := make([]tokenInfo, len(toks))
	for i, t := range toks {
		info[i] = describe(ex.Text, t)
	}
	sentenceStarts(ex.Text, toks, info)
	m.annotate(ex.Text, toks, info)
	p := prepared{info: info, static: make([][]uint64, len(toks)), gold: make([]int, len(toks))}
	for i := range toks {
		p.static[i] = staticFeatures(info, i, nil)
	}
	for _, sp := range ex.Spans {
		b := slices.Index(m.tags, "B-"+sp.Type)
		if b < 0 {
			continue
		}
		first := true
		for i, t := range toks {
			if t.Start >= sp.Start && t.End <= sp.End {
				if first {
					p.gold[i] = b
				} else {
					p.gold[i] = b + 1
				}
				first = false
			}
		}
	}
	return p
}

// Train learns a model from examples; held-out examples calibrate its scores.
func Train(train, heldOut []Example, opt TrainOptions) (*Perceptron, error) {
	if len(opt.Types) == 0 || opt.Epochs <= 0 {
		return nil, fmt.Errorf("train: need types and epochs")
	}
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	m := &Perceptron{tags: []string{"O"}, gazetteer: map[uint64]uint16{}}
	for _, t := range opt.Types {
		m.tags = append(m.tags, "B-"+t, "I-"+t)
	}
	for class, words := range Gazetteer() {
		for _, w := range words {
			if h, n := phraseHash(w); n > 0 && n <= maxPhrase {
				m.gazetteer[h] |= class
			}
		}
	}
	for _, w := range frequentLower(train, 3000) {
		h, _ := phraseHash(w)
		m.gazetteer[h] |= gCommon
	}
	m.gaz = newTable(m.gazetteer)
	prepped := make([]prepared, len(train))
	for i, ex := range train {
		prepped[i] = m.prepare(ex)
	}
	tr := &trainer{m: m, rows: map[uint64]*trow{}}
	for _, p := range prepped {
		for _, fs := range p.static {
			for _, f := range fs {
				tr.row(f).seen++
			}
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x6e6572))
	order := make([]int, len(prepped))
	for i := range order {
		order[i] = i
	}
	nt := len(m.tags)
	scores := make([]float32, nt)
	var feats []uint64
	for epoch := range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, k := range order {
			p := prepped[k]
			prev, prev2 := 0, 0
			for i := range p.info {
				tr.now++
				feats = append(feats[:0], p.static[i]...)
				feats = tagFeatures(p.info, i, prev, prev2, feats)
				clear(scores)
				for _, f := range feats {
					if r := tr.rows[f]; r != nil {
						for t := range scores {
							scores[t] += r.w[t]
						}
					}
				}
				guess := 0
				for t := 1; t < nt; t++ {
					if scores[t] > scores[guess] {
						guess = t
					}
				}
				if gold := p.gold[i]; guess != gold {
					wrong++
					for _, f := range feats {
						r := tr.row(f)
						tr.update(r, gold, 1)
						tr.update(r, guess, -1)
					}
				}
				total++
				prev, prev2 = guess, prev
			}
		}
		logf("epoch %d: %d of %d tokens wrong (%.2f%%)", epoch+1, wrong, total, 100*float64(wrong)/float64(max(total, 1)))
	}
	// average, prune and pack
	m.index = map[uint64]int32{}
	keys := make([]uint64, 0, len(tr.rows))
	for f := range tr.rows {
		keys = append(keys, f)
	}
	slices.Sort(keys) // rows in key order: the same data and seed write the same file
	for _, f := range keys {
		r := tr.rows[f]
		if r.seen > 0 && int(r.seen) < opt.Prune {
			continue
		}
		row := make([]float32, nt)
		keep := false
		for t := range row {
			avg := (r.acc[t] + float32(tr.now-r.last[t])*r.w[t]) / float32(tr.now)
			row[t] = avg
			keep = keep || math.Abs(float64(avg)) > 1e-4
		}
		if !keep {
			continue
		}
		m.index[f] = int32(len(m.weights) / nt)
		m.weights = append(m.weights, row...)
	}
	m.rows = newTable(m.index)
	logf("%d features kept of %d", len(m.index), len(tr.rows))
	// round the weights as the model file stores them, so calibration sees what ships
	for k, v := range m.weights {
		m.weights[k] = fromHalf(toHalf(v))
	}
	m.temperature = m.calibrate(heldOut)
	logf("calibrated temperature %.3f", m.temperature)
	return m, nil
}

// calibrate picks the softmax temperature that minimises the negative log-likelihood of the
// gold tags of held-out examples, decoding as Tag does.
func (m *Perceptron) calibrate(heldOut []Example) float64 {
	if len(heldOut) == 0 {
		return 1
	}
	type obs struct {
		scores []float32
		gold   int
		prev   int
	}
	var all []obs
	var s scratch
	nt := len(m.tags)
	for _, ex := range heldOut {
		p := m.prepare(ex)
		prev, prev2 := 0, 0
		for i := range p.info {
			s.feats = append(s.feats[:0], p.static[i]...)
			s.feats = tagFeatures(p.info, i, prev, prev2, s.feats)
			sc := make([]float32, nt)
			m.score(s.feats, sc)
			best := m.best(sc, prev)
			if m.allowed(prev, p.gold[i]) {
				all = append(all, obs{sc, p.gold[i], prev})
			}
			prev, prev2 = best, prev
		}
	}
	bestT, bestNLL := 1.0, math.Inf(1)
	for t := 0.05; t < 50; t *= 1.1 {
		m.temperature = t
		nll := 0.0
		for _, o := range all {
			nll -= math.Log(max(m.prob(o.scores, o.gold, o.prev), 1e-12))
		}
		if nll < bestNLL {
			bestT, bestNLL = t, nll
		}
	}
	return bestT
}

// frequentLower returns the n words most often written in lower case outside any entity in
// the training texts: the everyday words (done, sure, will, may) that need more evidence than
// a capital letter to be a name.
func frequentLower(train []Example, n int) []string {
	counts := map[string]int{}
	var toks []Token
	for _, ex := range train {
		toks = Tokenize(ex.Text, toks[:0])
		for _, t := range toks {
			w := ex.Text[t.Start:t.End]
			inside := false
			for _, sp := range ex.Spans {
				inside = inside || t.Start < sp.End && t.End > sp.Start
			}
			if !inside && len(w) > 1 && strings.ToLower(w) == w && strings.ToUpper(w) != w {
				counts[w]++
			}
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	slices.SortFunc(words, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	return words[:min(n, len(words))]
}

// String describes the model for logs.
func (m *Perceptron) String() string {
	return fmt.Sprintf("perceptron{%s, %d features, %d gazetteer entries}", strings.Join(m.Types(), ","), len(m.index), len(m.gazetteer))
}
