// Package embedded is the vault's default store: a Pebble database in the data directory, written
// through a group-commit loop so that concurrent requests share one fsync.
package embedded

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/cockroachdb/pebble"

	"github.com/veil-gateway/veil/vault"
)

var _ vault.Store = (*Store)(nil)

// Store is a vault.Store on Pebble.
type Store struct {
	db     *pebble.DB
	puts   chan *putReq
	done   chan struct{}
	closed sync.Once
	keyMu  sync.Mutex
}

type putReq struct {
	ctx     context.Context
	tenant  string
	entries []vault.Entry
	tokens  []string
	err     error
	reply   chan struct{}
}

// Open opens (or creates) the store in dir.
func Open(dir string) (*Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: quietLogger{}})
	if err != nil {
		return nil, fmt.Errorf("open vault store %s: %w", dir, err)
	}
	s := &Store{db: db, puts: make(chan *putReq, 1024), done: make(chan struct{})}
	go s.commitLoop()
	return s, nil
}

// Close stops the commit loop and closes the database.
func (s *Store) Close() error {
	var err error
	s.closed.Do(func() {
		close(s.puts)
		<-s.done
		err = s.db.Close()
	})
	return err
}

// keys: k/<tenant> wrapped key; b/<tenant>\0<blind> token; t/<tenant>\0<token> blind(32)+sealed.
func key(kind byte, tenant string, rest []byte) []byte {
	k := make([]byte, 0, 3+len(tenant)+len(rest))
	k = append(k, kind, '/')
	k = append(k, tenant...)
	k = append(k, 0)
	return append(k, rest...)
}

// TenantKey implements vault.Store.
func (s *Store) TenantKey(ctx context.Context, tenant string, wrapped []byte) ([]byte, error) {
	s.keyMu.Lock()
	defer s.keyMu.Unlock()
	k := key('k', tenant, nil)
	if v, err := s.get(k); err != nil || v != nil {
		return v, err
	}
	if err := s.db.Set(k, wrapped, pebble.Sync); err != nil {
		return nil, err
	}
	return wrapped, nil
}

func (s *Store) get(k []byte) ([]byte, error) {
	v, closer, err := s.db.Get(k)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer closer.Close()
	return bytes.Clone(v), nil
}

// Put implements vault.Store. Requests queue for the commit loop, which writes everything queued
// in one synced batch.
func (s *Store) Put(ctx context.Context, tenant string, entries []vault.Entry) (tokens []string, err error) {
	r := &putReq{ctx: ctx, tenant: tenant, entries: entries, reply: make(chan struct{})}
	defer func() {
		if recover() != nil { // the loop is closed
			tokens, err = nil, errors.New("vault store is closed")
		}
	}()
	select {
	case s.puts <- r:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	<-r.reply // once queued, wait for the outcome: the write may be durable already
	return r.tokens, r.err
}

func (s *Store) commitLoop() {
	defer close(s.done)
	for r := range s.puts {
		batch := []*putReq{r}
	drain:
		for len(batch) < 256 {
			select {
			case r2, ok := <-s.puts:
				if !ok {
					break drain
				}
				batch = append(batch, r2)
			default:
				break drain
			}
		}
		s.commit(batch)
	}
}

// commit assigns tokens for every request in the group and writes them in one synced batch. A
// request whose assignment fails gets its error and writes nothing; the others go on.
func (s *Store) commit(reqs []*putReq) {
	b := s.db.NewBatch()
	defer b.Close()
	pending := map[string][]byte{} // keys set in this group, seen before they are committed
	lookup := func(k []byte) ([]byte, error) {
		if v, ok := pending[string(k)]; ok {
			return v, nil
		}
		return s.get(k)
	}
	var ok []*putReq
	for _, r := range reqs {
		if r.ctx.Err() != nil {
			r.err = r.ctx.Err()
			continue
		}
		sets, tokens, err := assign(r.tenant, r.entries, lookup)
		if err != nil {
			r.err = err
			continue
		}
		for _, kv := range sets {
			pending[string(kv[0])] = kv[1]
			if err := b.Set(kv[0], kv[1], nil); err != nil {
				r.err = err
			}
		}
		r.tokens = tokens
		ok = append(ok, r)
	}
	err := b.Commit(pebble.Sync)
	for _, r := range ok {
		if err != nil {
			r.tokens, r.err = nil, err
		}
	}
	for _, r := range reqs {
		close(r.reply)
	}
}

// assign picks each entry's token and returns the key-value pairs to write.
func assign(tenant string, entries []vault.Entry, lookup func([]byte) ([]byte, error)) ([][2][]byte, []string, error) {
	var sets [][2][]byte
	local := map[string][]byte{}
	get := func(k []byte) ([]byte, error) {
		if v, ok := local[string(k)]; ok {
			return v, nil
		}
		return lookup(k)
	}
	tokens := make([]string, len(entries))
	for i, e := range entries {
		bk := key('b', tenant, e.Blind)
		tok, err := get(bk)
		if err != nil {
			return nil, nil, err
		}
		if tok != nil {
			tokens[i] = string(tok)
			continue
		}
		for _, c := range e.Candidates {
			tk := key('t', tenant, []byte(c))
			held, err := get(tk)
			if err != nil {
				return nil, nil, err
			}
			if held != nil {
				continue // a collision: another value holds this candidate
			}
			rec := append(append([]byte{byte(len(e.Blind))}, e.Blind...), e.Sealed...)
			sets = append(sets, [2][]byte{bk, []byte(c)}, [2][]byte{tk, rec})
			local[string(bk)], local[string(tk)] = []byte(c), rec
			tokens[i] = c
			break
		}
		if tokens[i] == "" {
			return nil, nil, fmt.Errorf("every token candidate for entry %d is taken", i)
		}
	}
	return sets, tokens, nil
}

// Get implements vault.Store.
func (s *Store) Get(ctx context.Context, tenant string, tokens []string) ([]*vault.Sealed, error) {
	out := make([]*vault.Sealed, len(tokens))
	for i, t := range tokens {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rec, err := s.get(key('t', tenant, []byte(t)))
		if err != nil {
			return nil, err
		}
		if rec == nil {
			continue
		}
		n := int(rec[0])
		if len(rec) < 1+n {
			return nil, vault.ErrCorrupt
		}
		out[i] = &vault.Sealed{Blind: rec[1 : 1+n], Data: rec[1+n:]}
	}
	return out, nil
}

// quietLogger keeps Pebble's informational chatter out of Veil's JSON logs.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any) {}
func (quietLogger) Errorf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "pebble: "+format+"\n", args...)
}
func (quietLogger) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf("pebble: "+format, args...))
}
