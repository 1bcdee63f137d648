// Package vaulttest is the conformance suite every vault.Store backend must pass.
package vaulttest

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"sync"
	"testing"

	"github.com/veil-gateway/veil/vault"
)

// Run runs the suite against stores made by open. Each call to open must return an empty store.
func Run(t *testing.T, open func(t *testing.T) vault.Store) {
	ctx := context.Background()
	blind := func(s string) []byte { return bytes.Repeat([]byte(s), 32)[:32] }
	entry := func(b string, cands ...string) vault.Entry {
		return vault.Entry{Blind: blind(b), Candidates: cands, Sealed: []byte("sealed-" + b)}
	}

	t.Run("TenantKeyFirstWriterWins", func(t *testing.T) {
		s := open(t)
		got, err := s.TenantKey(ctx, "acme", []byte("first"))
		if err != nil || string(got) != "first" {
			t.Fatalf("TenantKey = %q, %v; want first", got, err)
		}
		got, err = s.TenantKey(ctx, "acme", []byte("second"))
		if err != nil || string(got) != "first" {
			t.Fatalf("second TenantKey = %q, %v; want the stored first", got, err)
		}
		got, _ = s.TenantKey(ctx, "other", []byte("other"))
		if string(got) != "other" {
			t.Fatalf("tenants share keys: %q", got)
		}
	})

	t.Run("PutIsGetOrInsert", func(t *testing.T) {
		s := open(t)
		toks, err := s.Put(ctx, "acme", []vault.Entry{entry("a", "T1", "T2"), entry("b", "T3")})
		if err != nil || fmt.Sprint(toks) != "[T1 T3]" {
			t.Fatalf("Put = %v, %v", toks, err)
		}
		toks, err = s.Put(ctx, "acme", []vault.Entry{entry("a", "X1")})
		if err != nil || fmt.Sprint(toks) != "[T1]" {
			t.Fatalf("second Put of the same blind index = %v, %v; want [T1]", toks, err)
		}
		got, err := s.Get(ctx, "acme", []string{"T1", "T3", "nope"})
		if err != nil {
			t.Fatal(err)
		}
		if string(got[0].Data) != "sealed-a" || !bytes.Equal(got[0].Blind, blind("a")) || string(got[1].Data) != "sealed-b" || got[2] != nil {
			t.Fatalf("Get = %+v", got)
		}
	})

	t.Run("CollisionTakesNextCandidate", func(t *testing.T) {
		s := open(t)
		toks, err := s.Put(ctx, "acme", []vault.Entry{entry("a", "T1", "T2"), entry("b", "T1", "T2"), entry("a", "T1")})
		if err != nil || fmt.Sprint(toks) != "[T1 T2 T1]" {
			t.Fatalf("Put = %v, %v; want [T1 T2 T1]", toks, err)
		}
		if _, err := s.Put(ctx, "acme", []vault.Entry{entry("c", "T1", "T2")}); err == nil {
			t.Fatal("want an error when every candidate is taken")
		}
	})

	t.Run("FailedPutWritesNothing", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, "acme", []vault.Entry{entry("a", "T1"), entry("b", "T1")}); err == nil {
			t.Fatal("want an error")
		}
		got, err := s.Get(ctx, "acme", []string{"T1"})
		if err != nil || got[0] != nil {
			t.Fatalf("a failed Put left %+v, %v", got[0], err)
		}
	})

	t.Run("TenantsAreSeparate", func(t *testing.T) {
		s := open(t)
		if _, err := s.Put(ctx, "acme", []vault.Entry{entry("a", "T1")}); err != nil {
			t.Fatal(err)
		}
		got, err := s.Get(ctx, "globex", []string{"T1"})
		if err != nil || got[0] != nil {
			t.Fatalf("tenant globex sees acme's token: %+v, %v", got[0], err)
		}
		toks, err := s.Put(ctx, "globex", []vault.Entry{entry("z", "T1")})
		if err != nil || toks[0] != "T1" {
			t.Fatalf("globex cannot use a token acme holds: %v, %v", toks, err)
		}
	})

	t.Run("ConcurrentPutsAgree", func(t *testing.T) {
		s := open(t)
		const workers, values = 16, 50
		results := make([][]string, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for v := range values {
					b := make([]byte, 32)
					copy(b, fmt.Sprintf("value-%d", v))
					// every value has the same first candidate, so all but one collide
					toks, err := s.Put(ctx, "acme", []vault.Entry{{Blind: b, Candidates: []string{"C", fmt.Sprintf("V%d", v)}, Sealed: []byte{byte(v)}}})
					if err != nil {
						t.Error(err)
						return
					}
					results[w] = append(results[w], toks[0])
				}
			}()
		}
		wg.Wait()
		for w := 1; w < workers; w++ {
			if fmt.Sprint(results[w]) != fmt.Sprint(results[0]) {
				t.Fatalf("worker %d got %v, worker 0 got %v", w, results[w], results[0])
			}
		}
		seen := map[string]bool{}
		for _, tok := range results[0] {
			if seen[tok] {
				t.Fatalf("token %s given to two values", tok)
			}
			seen[tok] = true
		}
	})

	t.Run("VaultRoundTrip", func(t *testing.T) {
		s := open(t)
		master := make([]byte, 32)
		rand.Read(master)
		v, err := vault.New(s, master, 16)
		if err != nil {
			t.Fatal(err)
		}
		toks, err := v.Mint(ctx, "acme", []vault.Item{{Type: "EMAIL_ADDRESS", Norm: "a@b.com", Value: "A@b.com", Candidates: []string{"E1"}}})
		if err != nil {
			t.Fatal(err)
		}
		// a second Vault over the same store, so nothing comes from the first one's caches
		v2, _ := vault.New(s, master, 16)
		got, err := v2.Resolve(ctx, "acme", []string{toks[0], "missing"})
		if err != nil || got[toks[0]] != "A@b.com" || len(got) != 1 {
			t.Fatalf("Resolve = %v, %v", got, err)
		}
		wrong := make([]byte, 32)
		v3, _ := vault.New(s, wrong, 16)
		if _, err := v3.Resolve(ctx, "acme", toks); err == nil {
			t.Fatal("a wrong master key opened the tenant key")
		}
	})
}
