package vault

import (
	"fmt"
	"testing"
)

func TestCache(t *testing.T) {
	c := newCache(16 * 2 * 16) // 16 entries per generation per shard
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
