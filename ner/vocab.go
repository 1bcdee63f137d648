package ner

import (
	"container/heap"
	"slices"
	"strings"
	"unicode/utf8"
)

// BuildVocab learns a cased WordPiece vocabulary of at most size entries from texts, the way
// Hugging Face's WordPiece trainer does: start from every character seen at least minFreq times
// (a word-initial and a "##" form), then repeatedly join the most frequent adjacent pair of
// pieces across all words. The result is deterministic: ties go to the pair made first.
// The special tokens [PAD], [UNK], [CLS], [SEP] and [MASK] come first, with ids 0 to 4.
func BuildVocab(texts []string, size, minFreq int) []string {
	counts := map[string]int{}
	var words [][2]int
	for _, t := range texts {
		words = Words(t, words[:0])
		for _, w := range words {
			counts[t[w[0]:w[1]]]++
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	vocab := []string{"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"}
	ids := map[string]int32{}
	add := func(s string) int32 {
		if id, ok := ids[s]; ok {
			return id
		}
		ids[s] = int32(len(vocab))
		vocab = append(vocab, s)
		return ids[s]
	}
	// the alphabet
	chars := map[string]int{}
	for _, k := range keys {
		for i, r := range k {
			s := string(r)
			if i > 0 {
				s = "##" + s
			}
			chars[s] += counts[k]
		}
	}
	alpha := make([]string, 0, len(chars))
	for c, n := range chars {
		if n >= minFreq {
			alpha = append(alpha, c)
		}
	}
	slices.Sort(alpha)
	for _, c := range alpha {
		add(c)
	}

	// words as piece ids; a word with a character outside the alphabet cannot be joined
	type entry struct {
		syms []int32
		freq int
	}
	var ws []entry
	for _, k := range keys {
		if utf8.RuneCountInString(k) < 2 {
			continue
		}
		e := entry{freq: counts[k]}
		ok := true
		for i, r := range k {
			s := string(r)
			if i > 0 {
				s = "##" + s
			}
			id, found := ids[s]
			if !found {
				ok = false
				break
			}
			e.syms = append(e.syms, id)
		}
		if ok {
			ws = append(ws, e)
		}
	}

	pairCount := map[uint64]int{}
	where := map[uint64][]int32{}
	h := &pairHeap{}
	key := func(a, b int32) uint64 { return uint64(a)<<32 | uint64(uint32(b)) }
	count := func(wi int, sign int) {
		e := ws[wi]
		for j := 0; j+1 < len(e.syms); j++ {
			k := key(e.syms[j], e.syms[j+1])
			pairCount[k] += sign * e.freq
			if sign > 0 {
				where[k] = append(where[k], int32(wi))
				heap.Push(h, pairItem{k, pairCount[k]})
			}
		}
	}
	for wi := range ws {
		count(wi, 1)
	}
	seen := make([]int, len(ws))
	round := 0
	for len(vocab) < size && h.Len() > 0 {
		top := heap.Pop(h).(pairItem)
		if pairCount[top.key] != top.count { // stale
			continue
		}
		if top.count < minFreq {
			break
		}
		a, b := int32(top.key>>32), int32(uint32(top.key))
		joined := add(vocab[a] + strings.TrimPrefix(vocab[b], "##"))
		round++
		for _, wi := range where[top.key] {
			if seen[wi] == round {
				continue
			}
			seen[wi] = round
			count(int(wi), -1)
			syms := ws[wi].syms
			out := syms[:0]
			for j := 0; j < len(syms); j++ {
				if j+1 < len(syms) && syms[j] == a && syms[j+1] == b {
					out = append(out, joined)
					j++
					continue
				}
				out = append(out, syms[j])
			}
			ws[wi].syms = out
			count(int(wi), 1)
		}
		delete(where, top.key)
		delete(pairCount, top.key)
	}
	return vocab
}

type pairItem struct {
	key   uint64
	count int
}

// pairHeap pops the most frequent pair, ties to the smaller key (the pieces made first).
type pairHeap []pairItem

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count > h[j].count
	}
	return h[i].key < h[j].key
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pairItem)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
