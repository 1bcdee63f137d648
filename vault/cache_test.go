package vault

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

func TestCache(t *testing.T) {
	c := newCache[string](16 * 2 * 16) // 16 entries per generation per shard
	for i := range 10000 {
		c.Add(fmt.Sprint("k", i), fmt.Sprint("v", i))
		if i%10 == 0 { // a hot key stays
			if v, ok := c.Get("k0"); !ok || v != "v0" {
				t.Fatalf("hot key lost after %d adds", i)
			}
		}
	}
	if v, ok := c.Get("k9999"); !ok || v != "v9999" {
		t.Error("the latest key is missing")
	}
	held := 0
	for i := range 10000 {
		if _, ok := c.Get(fmt.Sprint("k", i)); ok {
			held++
		}
	}
	if held > 2*16*16+16 {
		t.Errorf("the cache holds %d entries, more than its bound", held)
	}
}

// memStore is the least Store for the vault's own tests: the first candidate, by blind index.
type memStore struct {
	wrapped []byte
	tokens  map[string]string // blind -> token
	sealed  map[string]*Sealed
}

func (m *memStore) TenantKey(_ context.Context, _ string, wrapped []byte) ([]byte, error) {
	if m.wrapped == nil {
		m.wrapped = wrapped
	}
	return m.wrapped, nil
}

func (m *memStore) Put(_ context.Context, _ string, entries []Entry) ([]string, error) {
	out := make([]string, len(entries))
	for i, e := range entries {
		tok, ok := m.tokens[string(e.Blind)]
		if !ok {
			tok = e.Candidates[0]
			m.tokens[string(e.Blind)] = tok
			m.sealed[tok] = &Sealed{Blind: e.Blind, Data: e.Sealed}
		}
		out[i] = tok
	}
	return out, nil
}

func (m *memStore) Get(_ context.Context, _ string, tokens []string) ([]*Sealed, error) {
	out := make([]*Sealed, len(tokens))
	for i, t := range tokens {
		out[i] = m.sealed[t]
	}
	return out, nil
}

func (m *memStore) Close() error { return nil }

// TestCacheKeepsNoText: the caches keep keys of their own, never the request or answer a value
// or a token was cut from (which would keep it alive while the key is cached).
func TestCacheKeepsNoText(t *testing.T) {
	v, err := New(&memStore{tokens: map[string]string{}, sealed: map[string]*Sealed{}}, make([]byte, 32), 64)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	body := strings.Repeat("x", 4096) + "ana@example.com"
	norm := body[4096:]
	toks, err := v.Mint(ctx, "t", []Item{{Type: "EMAIL_ADDRESS", Norm: norm, Value: norm, Candidates: []string{"[EMAIL_1]"}}})
	if err != nil {
		t.Fatal(err)
	}
	answer := strings.Repeat("y", 4096) + toks[0]
	if got, err := v.Resolve(ctx, "t", []string{answer[4096:]}); err != nil || got[answer[4096:]] != norm {
		t.Fatalf("resolve: %v %v", got, err)
	}
	inside := func(s, in string) bool {
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(in)))
		return p >= lo && p < lo+uintptr(len(in))
	}
	for i := range v.tokens.shards {
		for k := range v.tokens.shards[i].cur {
			if inside(k.norm, body) {
				t.Errorf("the token cache keeps the request's memory (%q)", k.norm)
			}
		}
	}
	for i := range v.values.shards {
		for k := range v.values.shards[i].cur {
			if inside(k.token, answer) {
				t.Errorf("the value cache keeps the answer's memory (%q)", k.token)
			}
		}
	}
}
