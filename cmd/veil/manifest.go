package main

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/veil-gateway/veil/finetune"
)

// errManifest is a manifest that does not hold: exit status 1, as `veil audit verify` will.
var errManifest = errors.New("manifest does not verify")

// runManifest checks a dataset manifest offline: its Ed25519 signature (against a trusted
// public key when given) and, when the files are at hand, that their SHA-256 are the ones it
// names, so a team can show what a model was trained on.
func runManifest(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		fmt.Fprintln(stdout, "Usage: veil manifest verify MANIFEST [--public-key BASE64] [--original FILE] [--redacted FILE]")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return nil
		}
		return usagef("manifest: say verify")
	}
	fs := newFlags("manifest verify", "manifest verify MANIFEST [--public-key BASE64] [--original FILE] [--redacted FILE]", stdout)
	pubFlag := fs.String("public-key", "", "the gateway's Ed25519 public key (base64) to trust; default: the key in the manifest")
	original := fs.String("original", "", "the dataset as it was uploaded: its SHA-256 must match")
	redacted := fs.String("redacted", "", "the dataset as it was sent on: its SHA-256 must match")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("manifest verify: want one MANIFEST file")
	}
	b, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		return usagef("%v", err)
	}
	// a veil-report answer holds the manifest under "manifest"; a --manifest file is one
	var doc struct {
		Manifest *finetune.Manifest `json:"manifest"`
	}
	var m finetune.Manifest
	if json.Unmarshal(b, &doc) == nil && doc.Manifest != nil {
		m = *doc.Manifest
	} else if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%w: %s: not a manifest: %v", errInvalid, fs.Arg(0), err)
	}
	var want ed25519.PublicKey
	if *pubFlag != "" {
		k, err := base64.StdEncoding.DecodeString(*pubFlag)
		if err != nil || len(k) != ed25519.PublicKeySize {
			return usagef("manifest verify: --public-key is not a base64 Ed25519 public key")
		}
		want = k
	}
	if err := m.Verify(want); err != nil {
		return fmt.Errorf("%w: %s: %v", errManifest, fs.Arg(0), err)
	}
	for _, f := range []struct{ path, want, name string }{{*original, m.SHA256In, "original"}, {*redacted, m.SHA256Out, "redacted"}} {
		if f.path == "" {
			continue
		}
		sum, err := fileSHA256(ctx, f.path)
		if err != nil {
			return usagef("%v", err)
		}
		if sum != f.want {
			return fmt.Errorf("%w: %s is not the %s dataset of %s (SHA-256 %s, manifest %s)", errManifest, f.path, f.name, fs.Arg(0), sum, f.want)
		}
	}
	fmt.Fprintf(stdout, "manifest ok: file %s, tenant %s, policy %s, %d lines (%d changed, %d rejected), signed by %s\n",
		m.FileID, m.Tenant, m.PolicyVersion, m.Lines, m.LinesChanged, m.LinesRejected, m.PublicKey)
	return nil
}

func fileSHA256(ctx context.Context, path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), ctx.Err()
}
