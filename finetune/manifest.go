package finetune

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/cyberphone/json-canonicalization/go/src/webpki.org/jsoncanonicalizer"

	"github.com/veil-gateway/veil/audit"
)

// Manifest proves what a dataset was: the hashes of the bytes that came in and of the bytes
// sent on, the policy version that masked it, and the counts. It is signed with the gateway's
// Ed25519 key over its RFC 8785 canonical JSON (without the signature).
type Manifest struct {
	FileID        string          `json:"file_id,omitempty"`
	Tenant        string          `json:"tenant"`
	Purpose       string          `json:"purpose"`
	Filename      string          `json:"filename,omitempty"`
	PolicyVersion string          `json:"policy_version"`
	SHA256In      string          `json:"sha256_original"`
	SHA256Out     string          `json:"sha256_redacted"`
	BytesIn       int64           `json:"bytes_original"`
	BytesOut      int64           `json:"bytes_redacted"`
	Lines         int             `json:"lines"`
	LinesChanged  int             `json:"lines_changed"`
	LinesRejected int             `json:"lines_rejected"`
	Findings      []audit.Finding `json:"findings"`
	Created       time.Time       `json:"created"`
	PublicKey     string          `json:"public_key"` // base64 Ed25519
	Signature     string          `json:"signature,omitempty"`
}

// NewManifest fills a manifest from a run's report.
func NewManifest(tenant, purpose, filename string, rep *Report) *Manifest {
	return &Manifest{Tenant: tenant, Purpose: purpose, Filename: filename, PolicyVersion: rep.Policy,
		SHA256In: rep.SHA256In, SHA256Out: rep.SHA256Out, BytesIn: rep.BytesIn, BytesOut: rep.BytesOut,
		Lines: rep.Lines, LinesChanged: rep.LinesChanged, LinesRejected: len(rep.LinesRejected), Findings: rep.Findings,
		Created: time.Now().UTC().Truncate(time.Second)}
}

func (m *Manifest) canonical() ([]byte, error) {
	c := *m
	c.Signature = ""
	b, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	return jsoncanonicalizer.Transform(b)
}

// Sign sets the public key and signature.
func (m *Manifest) Sign(key ed25519.PrivateKey) error {
	m.PublicKey = base64.StdEncoding.EncodeToString(key.Public().(ed25519.PublicKey))
	b, err := m.canonical()
	if err != nil {
		return err
	}
	m.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(key, b))
	return nil
}

// Verify checks the signature against the manifest's own public key, and against want when
// given (the key a team trusts).
func (m *Manifest) Verify(want ed25519.PublicKey) error {
	pub, err := base64.StdEncoding.DecodeString(m.PublicKey)
	if err != nil || len(pub) != ed25519.PublicKeySize {
		return errors.New("manifest: bad public key")
	}
	if want != nil && !want.Equal(ed25519.PublicKey(pub)) {
		return errors.New("manifest: signed by another key")
	}
	sig, err := base64.StdEncoding.DecodeString(m.Signature)
	if err != nil {
		return errors.New("manifest: bad signature encoding")
	}
	b, err := m.canonical()
	if err != nil {
		return err
	}
	if !ed25519.Verify(pub, b, sig) {
		return errors.New("manifest: signature does not match its contents")
	}
	return nil
}

// LoadSigningKey reads the gateway's manifest key from path, creating it (mode 0600) on first
// use. A key file others can read is refused.
func LoadSigningKey(path string) (ed25519.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(priv.Seed()); err != nil {
			f.Close()
			return nil, err
		}
		if err := f.Sync(); err != nil {
			f.Close()
			return nil, err
		}
		return priv, f.Close()
	}
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s: the manifest key is readable by others (mode %v); chmod 600 it", path, st.Mode().Perm())
	}
	if len(b) != ed25519.SeedSize {
		return nil, fmt.Errorf("%s: not an Ed25519 seed (%d bytes)", path, len(b))
	}
	return ed25519.NewKeyFromSeed(b), nil
}
