package report

import (
	"fmt"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// The Go fonts are parsed once; a parsed font is read-only and safe to share.
// Faces (which cache glyphs) are made per render.
var goFonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	reg, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return [2]*opentype.Font{}, fmt.Errorf("parse Go Regular: %w", err)
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return [2]*opentype.Font{}, fmt.Errorf("parse Go Bold: %w", err)
	}
	return [2]*opentype.Font{reg, bold}, nil
})

// fonts measures (and, for PNG, draws) text in the Go fonts at a scale:
// 1 for SVG user units, 2 for a PNG drawn at twice the resolution. Layouts are
// measured with the Go fonts even for SVG: the fallbacks a browser uses
// (Helvetica, Arial) are no wider, so wrapped lines still fit.
type fonts struct {
	scale float64
	faces map[faceKey]font.Face
}

type faceKey struct {
	size float64
	bold bool
}

func newFonts(scale float64) (*fonts, error) {
	if _, err := goFonts(); err != nil {
		return nil, err
	}
	return &fonts{scale: scale, faces: map[faceKey]font.Face{}}, nil
}

func (f *fonts) face(size float64, bold bool) font.Face {
	k := faceKey{size, bold}
	if fc, ok := f.faces[k]; ok {
		return fc
	}
	parsed, _ := goFonts() // checked in newFonts
	src := parsed[0]
	if bold {
		src = parsed[1]
	}
	fc, err := opentype.NewFace(src, &opentype.FaceOptions{Size: size * f.scale, DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		// NewFace fails only for invalid options, which are constant here.
		panic(fmt.Sprintf("report: font face %v: %v", k, err))
	}
	f.faces[k] = fc
	return fc
}

// width is the advance of s in layout units, with a little to spare for
// fonts a viewer substitutes that run slightly wider than Go's.
func (f *fonts) width(s string, size float64, bold bool) float64 {
	return float64(font.MeasureString(f.face(size, bold), s)) / 64 / f.scale * widthSlack
}

const widthSlack = 1.03

func (f *fonts) close() {
	for _, fc := range f.faces {
		fc.Close()
	}
}

// wrap breaks text into lines no wider than maxW, at spaces where it can
// and inside a word only when the word alone is too wide. At most maxLines
// lines are returned; cut text ends with an ellipsis.
func (f *fonts) wrap(text string, size float64, bold bool, maxW float64, maxLines int) []string {
	words := strings.Fields(text)
	var lines []string
	cur := ""
	for _, w := range words {
		// Past the last line nothing more is shown: stop measuring.
		if maxLines > 0 && len(lines) > maxLines {
			break
		}
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if f.width(try, size, bold) <= maxW {
			cur = try
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
			cur = ""
		}
		// A word wider than the line is split by runes.
		for f.width(w, size, bold) > maxW && (maxLines <= 0 || len(lines) <= maxLines) {
			runes := []rune(w)
			n := 1
			for n < len(runes) && f.width(string(runes[:n+1]), size, bold) <= maxW {
				n++
			}
			lines = append(lines, string(runes[:n]))
			w = string(runes[n:])
		}
		cur = w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		last := lines[maxLines-1]
		for last != "" && f.width(last+"…", size, bold) > maxW {
			r := []rune(last)
			last = strings.TrimRight(string(r[:len(r)-1]), " ")
		}
		lines[maxLines-1] = last + "…"
	}
	return lines
}

// Map layout, in layout units (CSS pixels).
const (
	mapMargin    = 24.0
	mapColW      = 212.0
	mapGap       = 14.0
	mapTitleSize = 22.0
	mapSubSize   = 13.0
	mapHeadSize  = 14.0
	mapCardSize  = 12.5
	mapMetaSize  = 11.0
	mapCardPad   = 8.0
	mapLineH     = 16.0
	mapMinWidth  = 720.0
	// Cards are inset 4 on each side and text starts 12 in (after the
	// coverage bar); keep a padding's room on the right.
	mapCardTextW = mapColW - 8 - 12 - mapCardPad
)

type mapLayout struct {
	W, H     float64
	Title    string
	Subtitle string
	LegendY  float64
	Legend   []legendItem
	Columns  []mapColumn
	Empty    string // shown instead of columns when there is nothing to map
}

type legendItem struct {
	X     float64
	Cov   Coverage
	Label string
}

type mapColumn struct {
	X, Y, W      float64
	HeadH        float64
	HeadLines    []string
	Count        string
	BodyY, BodyH float64
	Cards        []mapCard
}

type mapCard struct {
	X, Y, W, H float64
	ID         string
	Lines      []string
	Meta       string
	Cov        Coverage
}

// layoutMap places the title, legend, stage columns and activity cards.
func layoutMap(ix *index, f *fonts) mapLayout {
	stages, cols := ix.byStage()
	l := mapLayout{Title: ix.projectName() + ": activity map", Subtitle: "Sales activities on the customer's buying cycle, most needed first"}
	if date := ix.date(); date != "" {
		l.Subtitle += " · " + date
	}
	l.W = max(mapMinWidth, 2*mapMargin+float64(len(stages))*mapColW+float64(max(len(stages)-1, 0))*mapGap)
	y := mapMargin + mapTitleSize
	y += 8 + mapSubSize
	l.LegendY = y + 26
	x := mapMargin
	for _, c := range coverages {
		label := legendText(c)
		l.Legend = append(l.Legend, legendItem{X: x, Cov: c, Label: label})
		x += 26 + f.width(label, mapMetaSize, false) + 22
	}
	y = l.LegendY + 26

	if len(stages) == 0 {
		l.Empty = "No buying stages and no activities yet."
		l.H = y + 40 + mapMargin
		return l
	}
	headH := 0.0
	heads := make([][]string, len(stages))
	for i, s := range stages {
		heads[i] = f.wrap(s, mapHeadSize, true, mapColW-2*mapCardPad, 3)
		headH = max(headH, float64(len(heads[i]))*18)
	}
	headH += 2*mapCardPad + 16 // room for the count line
	bottom := y + headH
	for i, s := range stages {
		col := mapColumn{X: mapMargin + float64(i)*(mapColW+mapGap), Y: y, W: mapColW, HeadH: headH, HeadLines: heads[i]}
		col.Count = stageCount(cols[s])
		cy := y + headH + 10
		for _, a := range cols[s] {
			lines := f.wrap(a.Name, mapCardSize, false, mapCardTextW, 5)
			if len(lines) == 0 {
				lines = []string{a.ID}
			}
			h := 2*mapCardPad + float64(len(lines))*mapLineH + 16
			col.Cards = append(col.Cards, mapCard{X: col.X, Y: cy, W: mapColW, H: h, ID: a.ID, Lines: lines,
				Meta: fmt.Sprintf("need %s · %s", score(a.NeedScore), CoverageOf(a).Label()), Cov: CoverageOf(a)})
			cy += h + 8
		}
		col.BodyY = y + headH
		bottom = max(bottom, cy)
		l.Columns = append(l.Columns, col)
	}
	for i := range l.Columns {
		l.Columns[i].BodyH = bottom - l.Columns[i].BodyY + 2
	}
	l.H = bottom + mapMargin
	return l
}

func legendText(c Coverage) string {
	switch c {
	case Covered:
		return "covered: a material serves it"
	case HoleCoverage:
		return "HOLE: relevant, no material"
	default:
		return "not marketing's"
	}
}

// stageCount sums a column up for its header.
func stageCount(acts []enablemap.Activity) string {
	var relevant, holes int
	for _, a := range acts {
		switch CoverageOf(a) {
		case Covered:
			relevant++
		case HoleCoverage:
			relevant++
			holes++
		}
	}
	return fmt.Sprintf("%s · %d relevant · %s", plural(len(acts), "activity"), relevant, plural(holes, "hole"))
}
