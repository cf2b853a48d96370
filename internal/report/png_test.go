package report

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"testing"
)

func renderPNG(t *testing.T, d Data) (image.Image, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := MapPNG(&buf, d); err != nil {
		t.Fatal(err)
	}
	raw := append([]byte(nil), buf.Bytes()...)
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	return img, raw
}

// countColour counts the pixels of exactly one colour.
func countColour(img image.Image, want color.RGBA) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if uint8(r>>8) == want.R && uint8(g>>8) == want.G && uint8(bl>>8) == want.B {
				n++
			}
		}
	}
	return n
}

func TestMapPNG(t *testing.T) {
	d := handData()
	img, raw := renderPNG(t, d)

	f, err := newFonts(1)
	if err != nil {
		t.Fatal(err)
	}
	defer f.close()
	l := layoutMap(newIndex(&d), f)
	if got, want := img.Bounds().Dx(), int(math.Ceil(l.W*pngScale)); got != want {
		t.Errorf("width: got %d, want %d", got, want)
	}
	// Each coverage kind paints its fill: one covered card, two holes, one
	// activity Marketing need not serve, and the legend swatches.
	for _, c := range coverages {
		if n := countColour(img, hexColour(c.colours().Fill)); n < 1000 {
			t.Errorf("%s fill: got %d pixels, want a card's worth", c, n)
		}
	}
	if n := countColour(img, hexColour("#2F4A66")); n < 4*int(mapColW)*pngScale {
		t.Errorf("stage headers: got %d pixels of header colour", n)
	}
	// Text is drawn: the title colour appears.
	if n := countColour(img, hexColour("#1A1A1A")); n == 0 {
		t.Error("no title text drawn")
	}
	_, again := renderPNG(t, d)
	if !bytes.Equal(raw, again) {
		t.Error("two renders of the same data differ")
	}
}

func TestMapPNGEmptyAndSample(t *testing.T) {
	img, _ := renderPNG(t, emptyData())
	if b := img.Bounds(); b.Dx() < int(mapMinWidth) || b.Dy() < 100 {
		t.Errorf("empty map: got %v", b)
	}
	t.Run("sample", func(t *testing.T) {
		d := sampleData(t)
		img, _ := renderPNG(t, d)
		if got, want := img.Bounds().Dx(), int(math.Ceil((2*mapMargin+6*mapColW+5*mapGap)*pngScale)); got != want {
			t.Errorf("width for 6 stages: got %d, want %d", got, want)
		}
	})
}

func BenchmarkMapPNG(b *testing.B) {
	d := sampleData(b)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := MapPNG(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMapSVG(b *testing.B) {
	d := sampleData(b)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := MapSVG(&buf, d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMapConcurrent renders maps from several goroutines at once, as a web
// server does; run with -race it checks the shared parsed fonts.
func TestMapConcurrent(t *testing.T) {
	d := handData()
	want, _ := func() ([]byte, error) {
		var b bytes.Buffer
		err := MapPNG(&b, d)
		return b.Bytes(), err
	}()
	errs := make(chan error, 4)
	outs := make(chan []byte, 4)
	for range 4 {
		go func() {
			var b bytes.Buffer
			err := MapPNG(&b, d)
			if err == nil {
				err = MapSVG(&bytes.Buffer{}, d)
			}
			errs <- err
			outs <- b.Bytes()
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(<-outs, want) {
			t.Error("a concurrent render differs")
		}
	}
}
