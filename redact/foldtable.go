package redact

import "strings"

// foldTable is a read-only table from lower-case words to values, looked up without regard to
// ASCII case and without copying the word. The scan looks words up in it once or more per word
// of the text (cue words, month names, street words), where lower-casing into a buffer and
// hashing with Go's map cost more than the rest of the check.
//
// The hash reads the length and four bytes (the first two and the last two), so it costs the same
// for any word; keys that share them sit in neighbouring slots and are told apart by comparing the
// whole word. Bytes outside ASCII are compared as they are, so a lower-case "straße" matches.
type foldTable[V any] struct {
	slots  []foldSlot[V]
	hashes []uint32 // the hash of each slot's key, or 0 for an empty slot
	mask   uint32
}

type foldSlot[V any] struct {
	key string // lower-case
	val V
}

// lowerByte maps ASCII upper-case letters to lower case and every other byte to itself.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 0x20
	}
	return t
}()

func foldHash(w string) uint32 {
	// c|0x20 folds ASCII case; it also merges a few other bytes ('@' and '`'), which only means
	// that those share a hash and are told apart by foldEqual. A word of one byte is read as
	// four of it. Small enough to be inlined: the scan hashes every word of a text, once or twice.
	n := len(w)
	if n == 0 {
		return 1
	}
	x := uint32(w[0]) | uint32(w[min(1, n-1)])<<8 | uint32(w[max(n-2, 0)])<<16 | uint32(w[n-1])<<24
	x = (x | 0x20202020) ^ uint32(n)*0x9e3779b1
	x *= 0x85ebca6b
	return (x ^ x>>15) | 1 // never 0, which marks an empty slot
}

// newFoldTable builds a table from m, whose keys must be lower-case (ASCII) and not empty.
func newFoldTable[V any](m map[string]V) foldTable[V] {
	size := 16
	for size < 8*len(m) { // mostly empty, so that a word not in the table is told by one load
		size *= 2
	}
	t := foldTable[V]{slots: make([]foldSlot[V], size), hashes: make([]uint32, size), mask: uint32(size - 1)}
	for k, v := range m {
		if k == "" || strings.ContainsFunc(k, func(r rune) bool { return r >= 'A' && r <= 'Z' }) {
			panic("redact: fold table key must be lower-case and not empty: " + k)
		}
		h := foldHash(k)
		i := h & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = foldSlot[V]{key: k, val: v}
		t.hashes[i] = h
	}
	return t
}

// get returns the value of w, in any ASCII case, and whether it is in the table.
func (t *foldTable[V]) get(w string) (V, bool) {
	return t.getHash(w, foldHash(w))
}

// mayHave reports whether a word of hash h may be in the table; false is certain.
func (t *foldTable[V]) mayHave(h uint32) bool {
	return len(t.hashes) > 0 && t.hashes[h&t.mask] != 0
}

// getHash is get for a word whose foldHash is h.
func (t *foldTable[V]) getHash(w string, h uint32) (V, bool) {
	if len(t.hashes) > 0 {
		for i := h & t.mask; t.hashes[i] != 0; i = (i + 1) & t.mask {
			if t.hashes[i] == h && foldEqual(w, t.slots[i].key) {
				return t.slots[i].val, true
			}
		}
	}
	var zero V
	return zero, false
}

// has reports whether w, in any ASCII case, is in the table.
func (t *foldTable[V]) has(w string) bool {
	_, ok := t.get(w)
	return ok
}

// foldEqual reports whether w lower-cased (ASCII) is key.
func foldEqual(w, key string) bool {
	if len(w) != len(key) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte[w[i]] != key[i] {
			return false
		}
	}
	return true
}

// foldSet is a foldTable of the space-separated words of s, for words looked up in any case.
func foldSet(s string) foldTable[bool] {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return newFoldTable(m)
}

// pairSet is a set of two-byte sequences, such as the first two bytes of a set of prefixes.
type pairSet [1 << 16 / 64]uint64

func (p *pairSet) add(a, b byte) {
	k := uint16(a)<<8 | uint16(b)
	p[k>>6] |= 1 << (k & 63)
}

func (p *pairSet) has(a, b byte) bool {
	k := uint16(a)<<8 | uint16(b)
	return p[k>>6]&(1<<(k&63)) != 0
}
