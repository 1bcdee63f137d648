package embedded

import (
	"testing"

	"github.com/veil-gateway/veil/vault"
	"github.com/veil-gateway/veil/vault/vaulttest"
)

func TestConformance(t *testing.T) {
	vaulttest.Run(t, func(t *testing.T) vault.Store {
		s, err := Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
