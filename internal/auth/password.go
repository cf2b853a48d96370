// Package auth holds the security primitives of enablemap: password hashing
// with argon2id, random secrets (session ids, API tokens, contributor links)
// stored only as hashes, roles and what each may do. It does no I/O beyond
// reading the system's random source.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// Params are the argon2id cost parameters.
type Params struct {
	Time    uint32 // passes over memory
	Memory  uint32 // KiB
	Threads uint8
	SaltLen uint32
	KeyLen  uint32
}

// DefaultParams are what the product uses: t=3, m=64 MiB, p=2, following
// the argon2id recommendation for interactive logins. One hash takes about
// 0.1 s and 64 MiB.
var DefaultParams = Params{Time: 3, Memory: 64 * 1024, Threads: 2, SaltLen: 16, KeyLen: 32}

// TestParams are cheap parameters for tests only: hashes made with them
// still verify with any Hasher, because the PHC string carries its
// parameters.
var TestParams = Params{Time: 1, Memory: 64, Threads: 1, SaltLen: 16, KeyLen: 32}

// MinPasswordLen and MaxPasswordLen bound a new password. The upper bound
// keeps hashing cost predictable.
const (
	MinPasswordLen = 10
	MaxPasswordLen = 1024
)

// ErrMismatch means a password does not match its hash.
var ErrMismatch = errors.New("auth: password does not match")

// Hasher hashes and verifies passwords, running at most a fixed number of
// hashes at once: each argon2id hash holds Params.Memory of RAM, so a burst
// of logins must queue rather than exhaust memory.
type Hasher struct {
	params Params
	sem    chan struct{}
}

// NewHasher returns a Hasher with the given parameters that runs at most
// concurrent hashes at once (at least one).
func NewHasher(p Params, concurrent int) *Hasher {
	if concurrent < 1 {
		concurrent = 1
	}
	return &Hasher{params: p, sem: make(chan struct{}, concurrent)}
}

func (h *Hasher) acquire(ctx context.Context) error {
	select {
	case h.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("wait to hash a password: %w", ctx.Err())
	}
}

func (h *Hasher) release() { <-h.sem }

// CheckNewPassword says what is wrong with a password a user chose, or nil.
func CheckNewPassword(pw string) error {
	n := utf8.RuneCountInString(pw)
	switch {
	case n < MinPasswordLen:
		return fmt.Errorf("the password must have at least %d characters", MinPasswordLen)
	case len(pw) > MaxPasswordLen:
		return fmt.Errorf("the password must have at most %d bytes", MaxPasswordLen)
	case strings.TrimSpace(pw) == "":
		return errors.New("the password must not be only spaces")
	}
	return nil
}

// Hash returns the PHC string of a password:
// $argon2id$v=19$m=65536,t=3,p=2$<salt>$<key>, salt and key in unpadded
// standard base64.
func (h *Hasher) Hash(ctx context.Context, pw string) (string, error) {
	if len(pw) > MaxPasswordLen {
		return "", fmt.Errorf("hash password: longer than %d bytes", MaxPasswordLen)
	}
	salt := make([]byte, h.params.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: read random salt: %w", err)
	}
	if err := h.acquire(ctx); err != nil {
		return "", err
	}
	defer h.release()
	p := h.params
	key := argon2.IDKey([]byte(pw), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, p.Memory, p.Time, p.Threads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

var b64 = base64.RawStdEncoding

// Verify checks a password against a PHC string made by Hash (with any
// parameters). It returns ErrMismatch for a wrong password and another
// error for a malformed hash.
func (h *Hasher) Verify(ctx context.Context, encoded, pw string) error {
	p, salt, want, err := decodePHC(encoded)
	if err != nil {
		return err
	}
	if len(pw) > MaxPasswordLen {
		return ErrMismatch
	}
	if err := h.acquire(ctx); err != nil {
		return err
	}
	defer h.release()
	got := argon2.IDKey([]byte(pw), salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

// NeedsRehash reports whether a stored hash was made with parameters other
// than this Hasher's, so that a successful login can upgrade it.
func (h *Hasher) NeedsRehash(encoded string) bool {
	p, salt, key, err := decodePHC(encoded)
	if err != nil {
		return true
	}
	return p.Time != h.params.Time || p.Memory != h.params.Memory || p.Threads != h.params.Threads ||
		uint32(len(salt)) != h.params.SaltLen || uint32(len(key)) != h.params.KeyLen
}

// maxMemory refuses a stored hash that would make verification allocate
// more than 1 GiB: a tampered row must not take the server down.
const maxMemory = 1 << 20

func decodePHC(s string) (p Params, salt, key []byte, err error) {
	parts := strings.Split(s, "$")
	// "", "argon2id", "v=19", "m=..,t=..,p=..", salt, key
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" {
		return p, nil, nil, errors.New("auth: not an argon2id hash")
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return p, nil, nil, fmt.Errorf("auth: unsupported argon2 version %q", parts[2])
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil {
		return p, nil, nil, fmt.Errorf("auth: bad argon2 parameters %q", parts[3])
	}
	if p.Time == 0 || p.Threads == 0 || p.Memory < 8*uint32(p.Threads) || p.Memory > maxMemory {
		return p, nil, nil, fmt.Errorf("auth: argon2 parameters out of range %q", parts[3])
	}
	if salt, err = b64.DecodeString(parts[4]); err != nil || len(salt) < 8 {
		return p, nil, nil, errors.New("auth: bad argon2 salt")
	}
	if key, err = b64.DecodeString(parts[5]); err != nil || len(key) < 16 {
		return p, nil, nil, errors.New("auth: bad argon2 key")
	}
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	return p, salt, key, nil
}
