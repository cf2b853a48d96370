package auth

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestHashAndVerify(t *testing.T) {
	ctx := context.Background()
	h := NewHasher(TestParams, 2)
	enc, err := h.Hash(ctx, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=64,t=1,p=1$") {
		t.Fatalf("PHC string = %q", enc)
	}
	again, err := h.Hash(ctx, "correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if again == enc {
		t.Fatal("two hashes of one password are equal: the salt is not random")
	}
	tests := []struct {
		name    string
		encoded string
		pw      string
		want    error
		wantErr bool
	}{
		{"right password", enc, "correct horse battery", nil, false},
		{"wrong password", enc, "correct horse batterY", ErrMismatch, true},
		{"empty password", enc, "", ErrMismatch, true},
		{"not a PHC string", "plain", "x", nil, true},
		{"bcrypt", "$2a$10$abcdefghijklmnopqrstuv", "x", nil, true},
		{"huge memory", strings.Replace(enc, "m=64", "m=99999999", 1), "correct horse battery", nil, true},
		{"zero time", strings.Replace(enc, "t=1", "t=0", 1), "correct horse battery", nil, true},
		{"bad salt", strings.Replace(enc, "$argon2id$v=19$m=64,t=1,p=1$", "$argon2id$v=19$m=64,t=1,p=1$!!", 1), "x", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := h.Verify(ctx, tt.encoded, tt.pw)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Verify() = %v, want error %v", err, tt.wantErr)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("Verify() = %v, want %v", err, tt.want)
			}
		})
	}
	// A hash made with other parameters verifies, and is marked for rehash.
	other := NewHasher(Params{Time: 2, Memory: 128, Threads: 2, SaltLen: 16, KeyLen: 32}, 1)
	if err := other.Verify(ctx, enc, "correct horse battery"); err != nil {
		t.Fatalf("Verify with other parameters = %v", err)
	}
	if !other.NeedsRehash(enc) || h.NeedsRehash(enc) {
		t.Fatal("NeedsRehash does not compare parameters")
	}
}

func TestDefaultParams(t *testing.T) {
	p := DefaultParams
	if p.Time != 3 || p.Memory != 64*1024 || p.Threads < 2 || p.Threads > 4 {
		t.Fatalf("DefaultParams = %+v, want t=3, m=64 MiB, p=2-4", p)
	}
}

// The semaphore bounds how many hashes run at once.
func TestHasherBoundsConcurrency(t *testing.T) {
	h := NewHasher(TestParams, 2)
	var running, peak atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := h.acquire(context.Background()); err != nil {
				t.Error(err)
				return
			}
			n := running.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			running.Add(-1)
			h.release()
		}()
	}
	wg.Wait()
	if got := peak.Load(); got > 2 {
		t.Fatalf("peak concurrent hashes = %d, want at most 2", got)
	}
	// A full semaphore gives way to a cancelled context.
	h.sem <- struct{}{}
	h.sem <- struct{}{}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := h.Hash(ctx, "correct horse battery"); !errors.Is(err, context.Canceled) {
		t.Fatalf("Hash with a full semaphore and cancelled context = %v", err)
	}
}

func TestCheckNewPassword(t *testing.T) {
	tests := []struct {
		pw string
		ok bool
	}{
		{"short", false},
		{"          ", false},
		{"long enough pass", true},
		{strings.Repeat("x", MaxPasswordLen+1), false},
		{"ünïcødé-pässwörd", true},
	}
	for _, tt := range tests {
		t.Run(tt.pw[:min(len(tt.pw), 12)], func(t *testing.T) {
			if err := CheckNewPassword(tt.pw); (err == nil) != tt.ok {
				t.Fatalf("CheckNewPassword() = %v, want ok %v", err, tt.ok)
			}
		})
	}
}

func TestSecrets(t *testing.T) {
	a, ah := NewSecret(APITokenPrefix)
	b, bh := NewSecret(APITokenPrefix)
	if a == b || ah == bh {
		t.Fatal("two secrets are equal")
	}
	if !HasPrefix(a, APITokenPrefix) || HasPrefix(a, LinkPrefix) || HasPrefix(a+"x", APITokenPrefix) {
		t.Fatalf("HasPrefix misjudges %q", a)
	}
	if HashSecret(a) != ah || len(ah) != 64 || strings.Contains(ah, a[4:]) {
		t.Fatalf("hash %q of %q", ah, a)
	}
	p := NewPassword()
	if len(p) != 20 || CheckNewPassword(p) != nil {
		t.Fatalf("NewPassword() = %q", p)
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		r, min Role
		want   bool
	}{
		{Owner, Editor, true}, {Owner, Owner, true}, {Editor, Owner, false}, {Editor, Viewer, true},
		{Viewer, Editor, false}, {Viewer, Viewer, true}, {Role("admin"), Viewer, false}, {Role(""), Viewer, false},
	}
	for _, tt := range tests {
		t.Run(string(tt.r)+">="+string(tt.min), func(t *testing.T) {
			if got := tt.r.AtLeast(tt.min); got != tt.want {
				t.Fatalf("AtLeast = %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := ParseRole("admin"); err == nil {
		t.Fatal("ParseRole accepted admin")
	}
}

func BenchmarkHashDefault(b *testing.B) {
	h := NewHasher(DefaultParams, 2)
	for b.Loop() {
		if _, err := h.Hash(context.Background(), "correct horse battery"); err != nil {
			b.Fatal(err)
		}
	}
}
