package analysis

import (
	"crypto/sha256"
	"encoding/json"
	"os"
	"testing"
)

// TestDigest prints a digest of the analysis of the generated large
// workspace (ENABLEMAP_DIGEST=1), to check that a change of speed changes
// nothing of the output.
func TestDigest(t *testing.T) {
	if os.Getenv("ENABLEMAP_DIGEST") == "" {
		t.Skip("set ENABLEMAP_DIGEST=1 to print the digest")
	}
	a := Analyze(generateWorkspace(3000, 50000, 1))
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("digest %x", sha256.Sum256(data))
}
