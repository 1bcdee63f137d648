package finetune

import (
	"bufio"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"os"
)

// Spool holds a redacted file on disk until it is whole and sent: encrypted with AES-256-GCM
// under a key that lives only in memory, in 64 KiB records, each sealed with its index (and
// the last one marked) so that records cannot be reordered, dropped or truncated unseen. Close
// removes the file.
type Spool struct {
	f      *os.File
	aead   cipher.AEAD
	buf    []byte
	n      uint64 // records written
	size   int64  // plaintext bytes
	sealed []byte
	done   bool
}

const spoolRecord = 64 << 10

// NewSpool creates an encrypted spool file in dir (the system's temporary folder if empty).
func NewSpool(dir string) (*Spool, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	block, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(block)
	f, err := os.CreateTemp(dir, "veil-spool-*")
	if err != nil {
		return nil, err
	}
	return &Spool{f: f, aead: aead, buf: make([]byte, 0, spoolRecord)}, nil
}

// Write appends plaintext.
func (s *Spool) Write(p []byte) (int, error) {
	if s.done {
		return 0, errors.New("spool: write after Finish")
	}
	n := len(p)
	for len(p) > 0 {
		k := min(spoolRecord-len(s.buf), len(p))
		s.buf = append(s.buf, p[:k]...)
		p = p[k:]
		if len(s.buf) == spoolRecord {
			if err := s.seal(false); err != nil {
				return 0, err
			}
		}
	}
	s.size += int64(n)
	return n, nil
}

func (s *Spool) nonce(i uint64, last bool) []byte {
	nonce := make([]byte, s.aead.NonceSize())
	binary.BigEndian.PutUint64(nonce[4:], i)
	if last {
		nonce[0] = 1
	}
	return nonce
}

func (s *Spool) seal(last bool) error {
	s.sealed = s.aead.Seal(s.sealed[:0], s.nonce(s.n, last), s.buf, nil)
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(s.sealed)))
	if _, err := s.f.Write(hdr[:]); err != nil {
		return err
	}
	if _, err := s.f.Write(s.sealed); err != nil {
		return err
	}
	s.n++
	s.buf = s.buf[:0]
	return nil
}

// Finish seals the last record; the spool can then be read.
func (s *Spool) Finish() error {
	if s.done {
		return nil
	}
	s.done = true
	return s.seal(true)
}

// Size is the plaintext length.
func (s *Spool) Size() int64 { return s.size }

// Reader returns the plaintext from the start.
func (s *Spool) Reader() (io.Reader, error) {
	if !s.done {
		return nil, errors.New("spool: read before Finish")
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return &spoolReader{s: s, r: bufio.NewReaderSize(s.f, spoolRecord+64)}, nil
}

// Close removes the spool file.
func (s *Spool) Close() error {
	s.f.Close()
	return os.Remove(s.f.Name())
}

type spoolReader struct {
	s     *Spool
	r     *bufio.Reader
	i     uint64
	plain []byte
	last  bool
	ct    []byte
}

func (r *spoolReader) Read(p []byte) (int, error) {
	for len(r.plain) == 0 {
		if r.last {
			return 0, io.EOF
		}
		var hdr [4]byte
		if _, err := io.ReadFull(r.r, hdr[:]); err != nil {
			return 0, errors.New("spool: truncated")
		}
		n := binary.BigEndian.Uint32(hdr[:])
		if n > spoolRecord+uint32(r.s.aead.Overhead()) {
			return 0, errors.New("spool: corrupt record")
		}
		r.ct = append(r.ct[:0], make([]byte, n)...)
		if _, err := io.ReadFull(r.r, r.ct); err != nil {
			return 0, errors.New("spool: truncated")
		}
		last := r.i+1 == r.s.n
		plain, err := r.s.aead.Open(r.plain[:0], r.s.nonce(r.i, last), r.ct, nil)
		if err != nil {
			return 0, errors.New("spool: a record failed authentication")
		}
		r.plain, r.last = plain, last
		r.i++
	}
	n := copy(p, r.plain)
	r.plain = r.plain[n:]
	return n, nil
}
