package redact

import "strings"

// Positions in the formats that carry a device's or a person's track, as a developer pastes a
// location export, a GPS log or a photo's metadata (stop 39):
//
//   - Google's location history (Takeout): "latitudeE7": 377749295, "longitudeE7": -1224194155,
//     degrees times ten million;
//   - NMEA 0183 sentences from a GPS receiver or a vehicle's tracker ($GPGGA, $GPRMC, $GPGLL and
//     the other talkers' $GN…, $GL…): the latitude as ddmm.mmm and its hemisphere, the longitude
//     as dddmm.mmm and its hemisphere;
//   - exiftool's output of a photo's GPS tags: 37 deg 46' 29.74" N;
//   - GeoJSON's and KML's coordinates, the longitude first and without a blank between
//     ("coordinates":[-122.4194,37.7749], <coordinates>-122.0822,37.4222,0</coordinates>), a
//     line's or a polygon's points each.
//
// Each is a GEO_COORDINATES at the marked score; the coordinates reader (geo.go) reads the
// decimal and sexagesimal forms of prose.

// e7Coordinates appends the E7 latitudes and longitudes of location histories in s to dst.
func e7Coordinates(s string, dst []Finding) []Finding {
	if strings.IndexByte(s, '"') < 0 { // a JSON key's quote: one vector scan before the search for "E7"
		return dst
	}
	for q := 0; ; {
		k := strings.Index(s[q:], "E7\"")
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 3
		if p < 3 || !strings.HasSuffix(s[:p], "itude") && !strings.HasSuffix(s[:p], "lat") && !strings.HasSuffix(s[:p], "lng") {
			continue
		}
		v := q
		for v < len(s) && (s[v] == ' ' || s[v] == ':') {
			v++
		}
		a := v
		if v < len(s) && s[v] == '-' {
			v++
		}
		n := digitsAt(s, v)
		if n < 6 || n > 10 {
			continue
		}
		dst = append(dst, Finding{Type: GeoCoordinates, Start: a, End: v + n, Score: geoMarkedScore, Source: SourcePattern})
		q = v + n
	}
}

// nmeaSentences appends the positions of NMEA sentences in s to dst.
func nmeaSentences(s string, dst []Finding) []Finding {
	for q := 0; ; {
		k := strings.IndexByte(s[q:], '$')
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 1
		if p+7 > len(s) || s[p+1] != 'G' || !allOf(s[p+2:p+6], isUpper) || s[p+6] != ',' {
			continue
		}
		switch s[p+3 : p+6] {
		case "GGA", "RMC", "GLL", "GNS":
		default:
			continue
		}
		end := p + 7
		for end < len(s) && s[end] != '*' && s[end] != '\n' && s[end] != '\r' && s[end] != ' ' && end-p < 100 {
			end++
		}
		// the fields: a latitude (4 digits, a point) before N or S, a longitude (5 digits) before E or W
		for f := p + 7; f < end; {
			e := strings.IndexByte(s[f:end], ',')
			if e < 0 {
				break
			}
			e += f
			if h := e + 1; h < end && digitsAt(s, f) >= 4 && s[f+digitsAt(s, f)] == '.' && (h+1 == end || s[h+1] == ',') {
				d := digitsAt(s, f)
				if d == 4 && (s[h] == 'N' || s[h] == 'S') || d == 5 && (s[h] == 'E' || s[h] == 'W') {
					dst = append(dst, Finding{Type: GeoCoordinates, Start: f, End: h + 1, Score: geoMarkedScore, Source: SourcePattern})
				}
			}
			f = e + 1
		}
		q = end
	}
}

// exifDegrees appends exiftool's positions ("37 deg 46' 29.74\" N") in s to dst.
func exifDegrees(s string, dst []Finding) []Finding {
	if strings.IndexByte(s, '"') < 0 { // the seconds' mark: one vector scan before the search for " deg ", which stops at every blank
		return dst
	}
	for q := 0; ; {
		k := strings.Index(s[q:], " deg ")
		if k < 0 {
			return dst
		}
		p := q + k
		q = p + 5
		a := p
		for a > 0 && isDigit(s[a-1]) && p-a < 3 {
			a--
		}
		if a == p || a > 0 && isAlnum(s[a-1]) {
			continue
		}
		m := q + digitsAt(s, q) // the minutes, then the seconds
		if m == q || m+2 > len(s) || s[m] != '\'' || s[m+1] != ' ' {
			continue
		}
		sec := m + 2
		e := sec + digitsAt(s, sec)
		if e == sec {
			continue
		}
		if e < len(s) && s[e] == '.' {
			e++
			e += digitsAt(s, e)
		}
		if e+3 > len(s) || s[e] != '"' || s[e+1] != ' ' || !strings.ContainsRune("NSEW", rune(s[e+2])) {
			continue
		}
		dst = append(dst, Finding{Type: GeoCoordinates, Start: a, End: e + 3, Score: geoMarkedScore, Source: SourcePattern})
		q = e + 3
	}
}

// coordinateArrays appends the points of GeoJSON's and KML's coordinates in s to dst: from the
// key or the tag to the end of its value (the closing brace or tag), each longitude and latitude
// run together by a comma, with three decimals or more each and within their ranges.
func coordinateArrays(s string, dst []Finding) []Finding {
	if strings.IndexByte(s, '"') < 0 && strings.IndexByte(s, '<') < 0 { // a JSON key's quote or a tag
		return dst
	}
	for q := 0; ; {
		k := strings.Index(s[q:], "coordinates")
		if k < 0 {
			return dst
		}
		p := q + k + len("coordinates")
		q = p
		end := p
		before := byte(0) // the byte before the key or the tag's name: its quote, its '<'
		if o := p - len("coordinates") - 1; o >= 0 {
			before = s[o]
		}
		switch {
		case before == '"' && (strings.HasPrefix(s[p:], "\":") || strings.HasPrefix(s[p:], "\" :")): // GeoJSON: to the object's end
			end = p + strings.IndexByte(s[p:], '}')
		case before == '<' && strings.HasPrefix(s[p:], ">"): // KML: to the closing tag
			end = p + strings.Index(s[p:], "</")
		default:
			continue
		}
		if end < p {
			end = len(s)
		}
		for i := p; i < end; {
			a, b, ok := pointAt(s, i, end)
			if !ok {
				i++
				continue
			}
			dst = append(dst, Finding{Type: GeoCoordinates, Start: a, End: b, Score: geoMarkedScore, Source: SourcePattern})
			i = b
		}
		q = end
	}
}

// pointAt reads a longitude and a latitude at s[i] (a sign allowed), run together by a comma and
// blanks, before end.
func pointAt(s string, i, end int) (int, int, bool) {
	num := func(j int) (v float64, e int, ok bool) {
		neg := j < end && s[j] == '-'
		if neg {
			j++
		}
		d := digitsAt(s, j)
		if d == 0 || d > 3 || j+d >= end || s[j+d] != '.' {
			return 0, 0, false
		}
		f := digitsAt(s, j+d+1)
		if f < 3 || j+d+1+f > end {
			return 0, 0, false
		}
		v = float64(atoi(s[j : j+d]))
		if neg {
			v = -v
		}
		return v, j + d + 1 + f, true
	}
	if i > 0 && (isDigit(s[i-1]) || s[i-1] == '.' || s[i-1] == '-') {
		return 0, 0, false
	}
	lon, e, ok := num(i)
	if !ok || lon < -180 || lon > 180 {
		return 0, 0, false
	}
	j := e
	for j < end && s[j] == ' ' {
		j++
	}
	if j >= end || s[j] != ',' {
		return 0, 0, false
	}
	j++
	for j < end && s[j] == ' ' {
		j++
	}
	lat, e2, ok := num(j)
	if !ok || lat < -90 || lat > 90 {
		return 0, 0, false
	}
	return i, e2, true
}
