package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"strings"
)

// Token prefixes say what a secret is when one turns up in a log or a
// paste, and let the server reject the wrong kind at a glance.
const (
	SessionPrefix  = "ems_"
	APITokenPrefix = "emt_"
	LinkPrefix     = "emc_"
)

// NewSecret returns a random secret of 32 bytes (256 bits) in URL-safe
// base64 after the prefix, and the hash under which it is stored. Only the
// hash is ever written to the database, so a leaked backup reveals no
// usable session, token or link.
func NewSecret(prefix string) (secret, hash string) {
	b := make([]byte, 32)
	// crypto/rand.Read never fails on supported platforms (Go 1.24+).
	rand.Read(b)
	secret = prefix + base64.RawURLEncoding.EncodeToString(b)
	return secret, HashSecret(secret)
}

// HashSecret returns the stored form of a secret: SHA-256 in hex. A fast
// hash is right here, unlike for passwords: the secret has 256 bits of
// entropy, so it cannot be guessed from its hash.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// HasPrefix reports whether s looks like a secret of the given kind.
func HasPrefix(s, prefix string) bool {
	return strings.HasPrefix(s, prefix) && len(s) == len(prefix)+43
}

// NewPassword returns a random password of 20 characters for a user whose
// password an administrator did not choose; it is printed once.
func NewPassword() string {
	const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	b := make([]byte, 20)
	rand.Read(b)
	for i := range b {
		// 256 is not a multiple of len(alphabet): the bias is under 1%
		// per character and leaves over 110 bits of entropy.
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return string(b)
}
