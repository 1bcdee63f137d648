// Package vault keeps the encrypted mapping between tokens and the values they stand for.
package vault

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Sentinel errors.
var (
	ErrUnavailable = errors.New("vault unavailable") // the store failed; nothing may go upstream
	ErrCorrupt     = errors.New("vault record failed authentication")
)

// Entry is what a store keeps for one value: its blind index, the token candidates in order of
// preference, and the sealed (encrypted) value.
type Entry struct {
	Blind      []byte
	Candidates []string
	Sealed     []byte
}

// Sealed is a stored value as Get returns it.
type Sealed struct {
	Blind []byte
	Data  []byte
}

// Store is a storage backend. Every backend passes vaulttest.Run.
type Store interface {
	// TenantKey returns the tenant's wrapped key, first storing wrapped if the tenant has none.
	TenantKey(ctx context.Context, tenant string, wrapped []byte) ([]byte, error)
	// Put stores the entries in one durable transaction and returns each entry's token: the token
	// its blind index already has, or else the first candidate no other value holds. Entries with
	// equal blind indexes get the same token. Either every entry is stored or none is.
	Put(ctx context.Context, tenant string, entries []Entry) ([]string, error)
	// Get returns the sealed value for each token, nil where a token is unknown.
	Get(ctx context.Context, tenant string, tokens []string) ([]*Sealed, error)
	Close() error
}

// Item is a value to mint a token for. Norm is the normalised form that decides identity;
// Value is the text as written, which re-hydration gives back.
type Item struct {
	Type, Norm, Value string
	Candidates        []string
	// Gen, when Candidates is nil, makes them: called only for values the vault has not
	// minted before, so a repeated value costs no candidate derivation.
	Gen func() []string
}

// Cands returns the item's candidates, making them if needed.
func (it *Item) Cands() []string {
	if it.Candidates == nil && it.Gen != nil {
		it.Candidates = it.Gen()
	}
	return it.Candidates
}

// valueKey and tokenKey key the vault's caches.
type valueKey struct{ tenant, typ, norm string }
type tokenKey struct{ tenant, token string }

// Vault encrypts values under per-tenant keys and keeps them in a Store.
type Vault struct {
	store  Store
	master cipher.AEAD

	mu      sync.Mutex
	tenants map[string]*tenantKeys

	tokens *cache[valueKey] // a tenant's normalised value of a type -> its token
	values *cache[tokenKey] // a tenant's token -> its value
}

// New returns a Vault over store, with master as the 32-byte key that wraps tenant keys.
func New(store Store, master []byte, cacheSize int) (*Vault, error) {
	aead, err := newGCM(master)
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	tokens, values := newCache[valueKey](cacheSize), newCache[tokenKey](cacheSize)
	return &Vault{store: store, master: aead, tenants: map[string]*tenantKeys{}, tokens: tokens, values: values}, nil
}

// Close closes the store.
func (v *Vault) Close() error { return v.store.Close() }

// Ping checks that the store answers a read, without creating anything.
func (v *Vault) Ping(ctx context.Context) error {
	if _, err := v.store.Get(ctx, "\x00ping", []string{"ping"}); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return nil
}

// TokenKey returns the tenant's key for deriving token candidates.
func (v *Vault) TokenKey(ctx context.Context, tenant string) ([]byte, error) {
	k, err := v.keys(ctx, tenant)
	if err != nil {
		return nil, err
	}
	return k.token, nil
}

// Mint returns a token for each item, storing new values durably before it returns.
func (v *Vault) Mint(ctx context.Context, tenant string, items []Item) ([]string, error) {
	k, err := v.keys(ctx, tenant)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	var entries []Entry
	var pending []int
	var cacheKeys []valueKey
	for i := range items {
		it := &items[i]
		// the cache is keyed by the normalised value, as the values cache holds values: a
		// repeated value costs neither its blind index nor its candidates
		ck := valueKey{tenant, it.Type, it.Norm}
		if tok, ok := v.tokens.Get(ck); ok {
			out[i] = tok
			continue
		}
		blind := k.blind(it.Type, it.Norm)
		sealed, err := k.seal(tenant, blind, it.Value)
		if err != nil {
			return nil, err
		}
		entries = append(entries, Entry{Blind: blind, Candidates: it.Cands(), Sealed: sealed})
		pending = append(pending, i)
		cacheKeys = append(cacheKeys, ck)
	}
	if len(entries) == 0 {
		return out, nil
	}
	toks, err := v.store.Put(ctx, tenant, entries)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	for j, i := range pending {
		out[i] = toks[j]
		// a key of its own: a normalised value may share the memory of the whole request or
		// dataset line it came from, which the cache would otherwise keep alive
		ck := cacheKeys[j]
		ck.norm = strings.Clone(ck.norm)
		v.tokens.Add(ck, toks[j])
	}
	return out, nil
}

// Resolve returns the value of each known token; unknown tokens are absent from the map.
func (v *Vault) Resolve(ctx context.Context, tenant string, tokens []string) (map[string]string, error) {
	out := make(map[string]string, len(tokens))
	var miss []string
	for _, t := range tokens {
		if val, ok := v.values.Get(tokenKey{tenant, t}); ok {
			out[t] = val
		} else {
			miss = append(miss, t)
		}
	}
	if len(miss) == 0 {
		return out, nil
	}
	k, err := v.keys(ctx, tenant)
	if err != nil {
		return nil, err
	}
	sealed, err := v.store.Get(ctx, tenant, miss)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	for i, s := range sealed {
		if s == nil {
			continue
		}
		val, err := k.open(tenant, s.Blind, s.Data)
		if err != nil {
			return nil, err
		}
		out[miss[i]] = val
		v.values.Add(tokenKey{tenant, strings.Clone(miss[i])}, val) // not the answer it was read from
	}
	return out, nil
}

// newGCM returns AES-256-GCM for a 32-byte key.
func newGCM(key []byte) (cipher.AEAD, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("need a 32-byte key, got %d bytes", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func mac(key []byte, parts ...string) []byte {
	h := hmac.New(sha256.New, key)
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return h.Sum(nil)
}
