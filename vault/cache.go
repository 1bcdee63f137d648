package vault

import (
	"hash/maphash"
	"sync"
)

// cache is a bounded map for the vault's hot lookups, cheaper than an LRU on a hit: no list to
// reorder, and a read lock on one of 16 shards. Each shard keeps two generations; when the
// current one is full it becomes the previous and the one before is dropped, and a hit in the
// previous generation moves the entry forward, so what is used stays.
// Keys are comparable values, not strings joined for the purpose: a lookup makes no key.
type cache[K comparable] struct {
	seed   maphash.Seed
	shards [16]cacheShard[K]
}

type cacheShard[K comparable] struct {
	mu        sync.RWMutex
	cur, prev map[K]string
	max       int
}

func newCache[K comparable](size int) *cache[K] {
	c := &cache[K]{seed: maphash.MakeSeed()}
	per := max(size/len(c.shards)/2, 16)
	for i := range c.shards {
		c.shards[i] = cacheShard[K]{cur: map[K]string{}, prev: map[K]string{}, max: per}
	}
	return c
}

func (c *cache[K]) shard(k K) *cacheShard[K] {
	return &c.shards[maphash.Comparable(c.seed, k)%uint64(len(c.shards))]
}

// Get returns the value cached for k.
func (c *cache[K]) Get(k K) (string, bool) {
	s := c.shard(k)
	s.mu.RLock()
	v, ok := s.cur[k]
	old := false // found only in the generation before: moved into the current one
	if !ok {
		v, ok = s.prev[k]
		old = ok
	}
	s.mu.RUnlock()
	if old {
		s.mu.Lock()
		if _, cur := s.cur[k]; !cur {
			s.put(k, v)
		}
		s.mu.Unlock()
	}
	return v, ok
}

// Add caches v for k.
func (c *cache[K]) Add(k K, v string) {
	s := c.shard(k)
	s.mu.Lock()
	s.put(k, v)
	s.mu.Unlock()
}

func (s *cacheShard[K]) put(k K, v string) {
	if len(s.cur) >= s.max {
		s.prev, s.cur = s.cur, make(map[K]string, s.max)
	}
	s.cur[k] = v
}
