package vault

import (
	"context"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// tenantKeys are derived with HKDF from one random root key per tenant, which the store keeps
// wrapped (AES-256-GCM) under the master key.
type tenantKeys struct {
	enc      cipher.AEAD // seals values
	blindKey []byte      // keys the blind index: value -> token lookup without the value
	token    []byte      // keys token derivation, in package tokenize
}

func (k *tenantKeys) blind(typ, norm string) []byte { return mac(k.blindKey, typ, norm) }

// seal encrypts a value, bound to its tenant and blind index so a record cannot be moved.
func (k *tenantKeys) seal(tenant string, blind []byte, value string) ([]byte, error) {
	nonce := make([]byte, k.enc.NonceSize(), k.enc.NonceSize()+len(value)+k.enc.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return k.enc.Seal(nonce, nonce, []byte(value), aad(tenant, blind)), nil
}

func (k *tenantKeys) open(tenant string, blind, sealed []byte) (string, error) {
	ns := k.enc.NonceSize()
	if len(sealed) < ns {
		return "", ErrCorrupt
	}
	pt, err := k.enc.Open(nil, sealed[:ns], sealed[ns:], aad(tenant, blind))
	if err != nil {
		return "", ErrCorrupt
	}
	return string(pt), nil
}

func aad(tenant string, blind []byte) []byte {
	return append([]byte("veil value v1\x00"+tenant+"\x00"), blind...)
}

// keys returns the tenant's keys, creating the tenant's root key on first use.
func (v *Vault) keys(ctx context.Context, tenant string) (*tenantKeys, error) {
	v.mu.Lock()
	k, ok := v.tenants[tenant]
	v.mu.Unlock()
	if ok {
		return k, nil
	}
	root := make([]byte, 32)
	if _, err := rand.Read(root); err != nil {
		return nil, err
	}
	nonce := make([]byte, v.master.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	label := []byte("veil tenant key v1\x00" + tenant)
	wrapped, err := v.store.TenantKey(ctx, tenant, v.master.Seal(nonce, nonce, root, label))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	ns := v.master.NonceSize()
	if len(wrapped) < ns {
		return nil, fmt.Errorf("tenant %s key: %w", tenant, ErrCorrupt)
	}
	root, err = v.master.Open(nil, wrapped[:ns], wrapped[ns:], label)
	if err != nil {
		return nil, fmt.Errorf("tenant %s key does not open under this master key: %w", tenant, ErrCorrupt)
	}
	derive := func(purpose string) []byte {
		b, err := hkdf.Key(sha256.New, root, nil, "veil "+purpose, 32)
		if err != nil {
			panic(err) // only for lengths hkdf cannot produce
		}
		return b
	}
	enc, err := newGCM(derive("value encryption"))
	if err != nil {
		return nil, err
	}
	k = &tenantKeys{enc: enc, blindKey: derive("blind index"), token: derive("token")}
	v.mu.Lock()
	v.tenants[tenant] = k
	v.mu.Unlock()
	return k, nil
}

// LoadMasterKey reads the 32-byte master key (base64) from path, creating the file with a fresh
// random key and mode 0600 when it does not exist. A key file others can read is refused.
func LoadMasterKey(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return createMasterKey(path)
	}
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("master key %s: mode %04o lets others read it; chmod 600 it", path, st.Mode().Perm())
	}
	key, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(key) != 32 {
		return nil, fmt.Errorf("master key %s: want 32 bytes in base64", path)
	}
	return key, nil
}

func createMasterKey(path string) ([]byte, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return LoadMasterKey(path) // another process created it first
	}
	if err != nil {
		return nil, fmt.Errorf("master key: %w", err)
	}
	_, werr := f.WriteString(base64.StdEncoding.EncodeToString(key) + "\n")
	serr := f.Sync()
	if cerr := f.Close(); werr == nil && serr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = serr
	}
	if werr != nil {
		os.Remove(path)
		return nil, fmt.Errorf("master key: %w", werr)
	}
	return key, nil
}
