package report

import (
	"bufio"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io"
	"math"
	"strconv"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// pngScale draws the map at twice its layout size so text stays crisp on
// high-density screens and in slides.
const pngScale = 2

// MapPNG draws the activity map as a PNG image, in pure Go, with the same
// layout as MapSVG: it needs no browser.
func MapPNG(w io.Writer, d Data) error {
	f, err := newFonts(pngScale)
	if err != nil {
		return fmt.Errorf("draw PNG map: %w", err)
	}
	defer f.close()
	ix := newIndex(&d)
	l := layoutMap(ix, f)
	c := &canvas{
		img:   image.NewRGBA(image.Rect(0, 0, int(math.Ceil(l.W*pngScale)), int(math.Ceil(l.H*pngScale)))),
		fonts: f,
	}
	draw.Draw(c.img, c.img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)

	c.text(mapMargin, mapMargin+mapTitleSize-4, mapTitleSize, true, "#1A1A1A", l.Title)
	c.text(mapMargin, mapMargin+mapTitleSize+8+mapSubSize-2, mapSubSize, false, "#555555", l.Subtitle)
	for _, it := range l.Legend {
		c.swatch(it.X, l.LegendY-11, 20, 14, 3, it.Cov)
		c.text(it.X+26, l.LegendY, mapMetaSize, false, "#333333", it.Label)
	}
	if l.Empty != "" {
		c.text(mapMargin, l.LegendY+50, 14, false, "#555555", l.Empty)
	}
	for _, col := range l.Columns {
		c.roundRect(col.X, col.Y, col.W, col.HeadH+col.BodyH, 6, hexColour("#D5DBE3"))
		c.roundRect(col.X+1, col.Y+1, col.W-2, col.HeadH+col.BodyH-2, 5, hexColour("#F4F6F9"))
		c.roundRect(col.X, col.Y, col.W, col.HeadH, 6, hexColour("#2F4A66"))
		for i, line := range col.HeadLines {
			c.text(col.X+mapCardPad, col.Y+mapCardPad+14+float64(i)*18, mapHeadSize, true, "#FFFFFF", line)
		}
		c.text(col.X+mapCardPad, col.Y+col.HeadH-mapCardPad-1, mapMetaSize, false, "#D8E2EE", col.Count)
		for _, cd := range col.Cards {
			cols := cd.Cov.colours()
			c.swatch(cd.X+4, cd.Y, cd.W-8, cd.H, 5, cd.Cov)
			c.rect(cd.X+4, cd.Y, 5, cd.H, hexColour(cols.Stroke))
			for i, line := range cd.Lines {
				c.text(cd.X+4+mapCardPad+4, cd.Y+mapCardPad+12+float64(i)*mapLineH, mapCardSize, false, cols.Text, line)
			}
			c.text(cd.X+4+mapCardPad+4, cd.Y+cd.H-mapCardPad, mapMetaSize, cd.Cov == HoleCoverage, cols.Text, cd.Meta)
		}
	}
	bw := bufio.NewWriter(w)
	if err := png.Encode(bw, c.img); err != nil {
		return fmt.Errorf("write PNG map: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write PNG map: %w", err)
	}
	return nil
}

// canvas draws in layout units onto an image pngScale times larger.
type canvas struct {
	img   *image.RGBA
	fonts *fonts
}

func hexColour(s string) color.RGBA {
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if len(s) != 7 || err != nil {
		return color.RGBA{A: 255}
	}
	return color.RGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
}

// blend paints colour c over pixel (x, y) with coverage a in [0,1].
func (c *canvas) blend(x, y int, col color.RGBA, a float64) {
	if !(image.Point{x, y}.In(c.img.Rect)) || a <= 0 {
		return
	}
	a = min(a, 1)
	i := c.img.PixOffset(x, y)
	p := c.img.Pix[i : i+4 : i+4]
	p[0] = uint8(float64(p[0])*(1-a) + float64(col.R)*a + 0.5)
	p[1] = uint8(float64(p[1])*(1-a) + float64(col.G)*a + 0.5)
	p[2] = uint8(float64(p[2])*(1-a) + float64(col.B)*a + 0.5)
	p[3] = 255
}

func (c *canvas) rect(x, y, w, h float64, col color.RGBA) {
	r := image.Rect(int(x*pngScale), int(y*pngScale), int((x+w)*pngScale), int((y+h)*pngScale))
	draw.Draw(c.img, r, image.NewUniform(col), image.Point{}, draw.Src)
}

// roundRect fills a rectangle with rounded corners. The straight parts are
// filled in one go; only the corner squares are painted pixel by pixel.
func (c *canvas) roundRect(x, y, w, h, radius float64, col color.RGBA) {
	x0, y0 := int(x*pngScale), int(y*pngScale)
	x1, y1 := int(math.Ceil((x+w)*pngScale)), int(math.Ceil((y+h)*pngScale))
	r := int(math.Ceil(radius * pngScale))
	src := image.NewUniform(col)
	draw.Draw(c.img, image.Rect(x0+r, y0, x1-r, y1), src, image.Point{}, draw.Src)
	draw.Draw(c.img, image.Rect(x0, y0+r, x0+r, y1-r), src, image.Point{}, draw.Src)
	draw.Draw(c.img, image.Rect(x1-r, y0+r, x1, y1-r), src, image.Point{}, draw.Src)
	for _, sq := range []image.Rectangle{
		image.Rect(x0, y0, x0+r, y0+r), image.Rect(x1-r, y0, x1, y0+r),
		image.Rect(x0, y1-r, x0+r, y1), image.Rect(x1-r, y1-r, x1, y1),
	} {
		c.roundRectPixels(x, y, w, h, radius, sq, func(int, int) (color.RGBA, float64) { return col, 1 })
	}
}

// roundRectPixels paints the pixels of area that lie inside a rounded
// rectangle, with a colour chosen per pixel; edge pixels of the corner arcs
// are anti-aliased by their distance to the arc.
func (c *canvas) roundRectPixels(x, y, w, h, radius float64, area image.Rectangle, paint func(px, py int) (color.RGBA, float64)) {
	x0, y0, x1, y1 := x*pngScale, y*pngScale, (x+w)*pngScale, (y+h)*pngScale
	r := radius * pngScale
	for py := area.Min.Y; py < area.Max.Y; py++ {
		for px := area.Min.X; px < area.Max.X; px++ {
			cx, cy := float64(px)+0.5, float64(py)+0.5
			cover := 1.0
			// Distance into the corner square decides coverage there.
			dx := max(x0+r-cx, cx-(x1-r), 0)
			dy := max(y0+r-cy, cy-(y1-r), 0)
			if dx > 0 && dy > 0 {
				cover = math.Max(0, math.Min(1, r+0.5-math.Hypot(dx, dy)))
			}
			col, a := paint(px, py)
			c.blend(px, py, col, cover*a)
		}
	}
}

// swatch draws a box in the style of a coverage kind, as the SVG does:
// a solid border for covered, a hatch for holes, a dashed border for
// activities Marketing need not serve.
func (c *canvas) swatch(x, y, w, h, radius float64, cov Coverage) {
	cols := cov.colours()
	stroke, fill := hexColour(cols.Stroke), hexColour(cols.Fill)
	const bw = 1.5
	switch cov {
	case NotMarketing:
		c.roundRect(x, y, w, h, radius, fill)
		c.dashedBorder(x, y, w, h, radius, stroke)
		return
	case HoleCoverage:
		c.roundRect(x, y, w, h, radius, stroke)
		ix, iy, iw, ih, ir := x+bw, y+bw, w-2*bw, h-2*bw, radius-bw
		area := image.Rect(int(ix*pngScale), int(iy*pngScale), int(math.Ceil((ix+iw)*pngScale)), int(math.Ceil((iy+ih)*pngScale)))
		c.roundRectPixels(ix, iy, iw, ih, ir, area, func(px, py int) (color.RGBA, float64) {
			// Diagonal stripes, 8 layout units apart, like the SVG pattern.
			if (px+py)%(8*pngScale*1414/1000) < 2*pngScale {
				return mix(fill, stroke, 0.22), 1
			}
			return fill, 1
		})
	default:
		c.roundRect(x, y, w, h, radius, stroke)
		c.roundRect(x+bw, y+bw, w-2*bw, h-2*bw, radius-bw, fill)
	}
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	m := func(p, q uint8) uint8 { return uint8(float64(p)*(1-t) + float64(q)*t + 0.5) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}

// dashedBorder draws 4-on, 3-off dashes along the straight edges.
func (c *canvas) dashedBorder(x, y, w, h, radius float64, col color.RGBA) {
	const on, off, bw = 4.0, 3.0, 1.5
	for p := x + radius; p < x+w-radius; p += on + off {
		l := min(on, x+w-radius-p)
		c.rect(p, y, l, bw, col)
		c.rect(p, y+h-bw, l, bw, col)
	}
	for p := y + radius; p < y+h-radius; p += on + off {
		l := min(on, y+h-radius-p)
		c.rect(x, p, bw, l, col)
		c.rect(x+w-bw, p, bw, l, col)
	}
}

// text draws one line with its baseline at y.
func (c *canvas) text(x, y, size float64, bold bool, hex, s string) {
	d := font.Drawer{
		Dst:  c.img,
		Src:  image.NewUniform(hexColour(hex)),
		Face: c.fonts.face(size, bold),
		Dot:  fixed.P(int(x*pngScale), int(y*pngScale)),
	}
	d.DrawString(s)
}
