package vault

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestMasterKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "master.key")
	k1, err := LoadMasterKey(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, %v; want 0600", st.Mode().Perm(), err)
	}
	k2, err := LoadMasterKey(path)
	if err != nil || !bytes.Equal(k1, k2) || len(k1) != 32 {
		t.Fatalf("reloaded key differs: %v", err)
	}
	os.Chmod(path, 0o644)
	if _, err := LoadMasterKey(path); err == nil {
		t.Error("a world-readable key file was accepted")
	}
	os.Chmod(path, 0o600)
	os.WriteFile(path, []byte("not base64!"), 0o600)
	if _, err := LoadMasterKey(path); err == nil {
		t.Error("a malformed key file was accepted")
	}
}
