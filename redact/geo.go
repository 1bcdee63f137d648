package redact

import (
	"math"
	"strings"
)

// GeoCoordinates is a position on the earth: a home, a pickup, an ambulance's call. HIPAA counts
// it among the geographic subdivisions smaller than a state; GDPR names location data.
const GeoCoordinates = "GEO_COORDINATES"

// Scores of coordinates: a pair bare of marks is a weak one, which a context word ("GPS",
// "lat", "location") raises; marks or a label say what it is.
const (
	geoBareScore   = 0.35 // "40.7128, -74.0060"
	geoMarkedScore = 0.85 // "51.5074° N, 0.1278° W", 34°03'08"N 118°14'37"W, "geo:37.78,-122.39"
	geoLabelScore  = 0.8  // "lat": 48.858370
)

// minGeoDecimals is the fewest decimals of a bare pair's degrees: four place a point within
// about eleven metres, a house; fewer are as often a measurement's.
const minGeoDecimals = 4

// coordinates reads, at the digit s[i], a position:
//   - a latitude and a longitude in decimal degrees, "40.7128, -74.0060" (each with four decimals
//     or more, the latitude within ±90 and the longitude within ±180), sure with hemisphere
//     letters or degree signs ("51.5074° N, 0.1278° W") or in a "geo:" URI, weak bare;
//   - degrees, minutes and seconds with hemispheres, one or a pair: 34°03'08"N 118°14'37"W;
//   - one decimal degree after its label, with three decimals or more: "lat": 48.858370,
//     lng=-74.0060, "Longitude: 2.2945".
//
// A sign before the first number belongs to it.
func coordinates(s string, i int) (Finding, bool) {
	start := i
	if i > 0 && (s[i-1] == '-' || s[i-1] == '+') && (i < 2 || !isAlnum(s[i-2])) {
		start = i - 1
	}
	// degrees, minutes and seconds
	if end, ok := dmsAt(s, i); ok {
		f := Finding{Type: GeoCoordinates, Start: i, End: end, Score: geoMarkedScore, Source: SourcePattern}
		if j := pairSeparator(s, end); j > end {
			if e2, ok := dmsAt(s, j); ok {
				f.End = e2
			}
		}
		return f, true
	}
	lat, end, decimals, marked, ok := degreesAt(s, start)
	if !ok {
		return Finding{}, false
	}
	if j := pairSeparator(s, end); j > end {
		if lon, e2, d2, m2, ok := degreesAt(s, j); ok && math.Abs(lat) <= 90 && math.Abs(lon) <= 180 && (e2 >= len(s) || !isAlnum(s[e2]) && s[e2] != '.') {
			f := Finding{Type: GeoCoordinates, Start: start, End: e2, Score: geoBareScore, Source: SourcePattern}
			switch {
			case marked || m2 || strings.HasSuffix(s[:start], "geo:"):
				f.Score = geoMarkedScore
			case decimals < minGeoDecimals || d2 < minGeoDecimals || inList(s, start, e2):
				return Finding{}, false
			}
			return f, true
		}
	}
	if decimals >= 3 && math.Abs(lat) <= 180 && (end >= len(s) || !isAlnum(s[end]) && s[end] != '.') {
		if marked || geoLabelBefore(s, start) {
			return Finding{Type: GeoCoordinates, Start: start, End: end, Score: geoLabelScore, Source: SourcePattern}, true
		}
	}
	return Finding{}, false
}

// geoStart reports one to three digits at s[i] and three decimals or a degree sign after them:
// what every form of coordinates opens with, tested before reading one (an IP address, a
// version or a price has fewer decimals).
func geoStart(s string, i int) bool {
	q := i + 1
	for q < len(s) && q-i < 3 && isDigit(s[q]) {
		q++
	}
	return q+3 < len(s) && s[q] == '.' && isDigit(s[q+1]) && isDigit(s[q+2]) && isDigit(s[q+3]) || q+1 < len(s) && s[q] == 0xC2 && s[q+1] == 0xB0
}

// degreesAt reads decimal degrees at s[p] (a sign, one to three digits, a point, decimals), and
// a degree sign and a hemisphere letter after them, each optional. marked reports either.
func degreesAt(s string, p int) (value float64, end, decimals int, marked, ok bool) {
	neg := false
	if p < len(s) && (s[p] == '-' || s[p] == '+') {
		neg = s[p] == '-'
		p++
	}
	q := p
	for q < len(s) && isDigit(s[q]) && q-p < 4 {
		value = value*10 + float64(s[q]-'0')
		q++
	}
	if q == p || q-p > 3 || q+1 >= len(s) || s[q] != '.' || !isDigit(s[q+1]) {
		return 0, 0, 0, false, false
	}
	q++
	scale := 0.1
	for q < len(s) && isDigit(s[q]) {
		value += float64(s[q]-'0') * scale
		scale /= 10
		decimals++
		q++
	}
	if neg {
		value = -value
	}
	end = q
	if strings.HasPrefix(s[q:], "°") {
		q += len("°")
		end, marked = q, true
	}
	if h := skipSpaces(s, q); h < len(s) && h-q <= 1 && hemisphereAt(s, h) {
		end, marked = h+1, true
	}
	return value, end, decimals, marked, true
}

// dmsAt reads degrees, minutes and seconds with a hemisphere at s[p]: 34°03'08"N, 118° 14′ 37.5″ W.
func dmsAt(s string, p int) (int, bool) {
	q := p
	for q < len(s) && isDigit(s[q]) && q-p < 4 {
		q++
	}
	if q == p || q-p > 3 || !strings.HasPrefix(s[q:], "°") {
		return 0, false
	}
	q = skipSpaces(s, q+len("°"))
	for _, marks := range [2][]string{{"'", "′", "’"}, {"\"", "″", "''", "”"}} {
		d := q
		for q < len(s) && (isDigit(s[q]) || s[q] == '.' && q > d) && q-d < 8 {
			q++
		}
		if q == d {
			return 0, false
		}
		mark := ""
		for _, m := range marks {
			if strings.HasPrefix(s[q:], m) {
				mark = m
				break
			}
		}
		if mark == "" {
			return 0, false
		}
		q = skipSpaces(s, q+len(mark))
	}
	if hemisphereAt(s, q) {
		return q + 1, true
	}
	return 0, false
}

// hemisphereAt reports a hemisphere's letter at s[h], a word alone: not an exponent's E
// (1.234568E+06, 4.459E) nor a word's first letter.
func hemisphereAt(s string, h int) bool {
	if h >= len(s) || strings.IndexByte("NSEW", s[h]) < 0 {
		return false
	}
	if s[h] == 'E' && h > 0 && isDigit(s[h-1]) {
		return false
	}
	return h+1 >= len(s) || !isAlnum(s[h+1]) && s[h+1] != '+' && s[h+1] != '-'
}

// pairSeparator returns where a pair's second number starts after the first ends at s[e]: past
// a comma, a semicolon or a slash and the blanks around it, or one or two spaces; e when none.
func pairSeparator(s string, e int) int {
	j := skipSpaces(s, e)
	if j < len(s) && (s[j] == ',' || s[j] == ';' || s[j] == '/') {
		j = skipSpaces(s, j+1)
	} else if j == e || j-e > 2 {
		return e
	}
	if j < len(s) && (isDigit(s[j]) || (s[j] == '-' || s[j] == '+') && j+1 < len(s) && isDigit(s[j+1])) {
		return j
	}
	return e
}

// inList reports numbers before s[a] or after s[b] in the same list ("0.17, -0.25, 3.9, …"),
// which a pair of coordinates standing alone does not have.
func inList(s string, a, b int) bool {
	i := a
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	if i > 1 && (s[i-1] == ',' || s[i-1] == ';') {
		if j := skipSpaceBack(s, i-1); j > 0 && isDigit(s[j-1]) {
			return true
		}
	}
	j := skipSpaces(s, b)
	if j < len(s) && (s[j] == ',' || s[j] == ';') {
		k := skipSpaces(s, j+1)
		return k < len(s) && (isDigit(s[k]) || (s[k] == '-' || s[k] == '+') && k+1 < len(s) && isDigit(s[k+1]))
	}
	return false
}

func skipSpaceBack(s string, i int) int {
	for i > 0 && s[i-1] == ' ' {
		i--
	}
	return i
}

// geoLabels are the labels of one coordinate.
var geoLabels = newFoldTable(wordSet("lat lng lon long latitude longitude"))

// geoLabelBefore reports a coordinate's label right before s[p]: the word, then a key's quote,
// a colon or an equals sign and blanks ("lat": , lng=, Latitude: ).
func geoLabelBefore(s string, p int) bool {
	j := p
	for j > 0 && p-j < 6 && strings.IndexByte(" \t:=\"'", s[j-1]) >= 0 {
		j--
	}
	if j == p {
		return false
	}
	k := j
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	if k > 0 && isAlnum(s[k-1]) {
		return false // home_lat, a word's end: not the label alone
	}
	return geoLabels.has(s[k:j])
}
