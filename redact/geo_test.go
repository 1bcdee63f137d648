package redact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGeoCoordinates: positions in decimal degrees, marked or beside a context word, in degrees,
// minutes and seconds, and after a label, are found; number lists, exponents, versions and
// measurements are not.
func TestGeoCoordinates(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []span
	}{
		{"Patient lives at 40.7128, -74.0060 (GPS from the ambulance)", []span{{GeoCoordinates, "40.7128, -74.0060"}}},
		{"location: 51.5074° N, 0.1278° W", []span{{GeoCoordinates, "51.5074° N, 0.1278° W"}}},
		{"pickup -33.8688 151.2093 at noon", []span{{GeoCoordinates, "-33.8688 151.2093"}}},
		{`Coordinates 34°03'08"N 118°14'37"W and 48° 51′ 29.5″ N`, []span{{GeoCoordinates, `34°03'08"N 118°14'37"W`}, {GeoCoordinates, "48° 51′ 29.5″ N"}}},
		{"geo:37.786971,-122.399677", []span{{GeoCoordinates, "37.786971,-122.399677"}}},
		{`{"lat": 48.858370, "lng": 2.294481, "home_lat": 1.234}`, []span{{GeoCoordinates, "48.858370"}, {GeoCoordinates, "2.294481"}}},
		{"Latitude: -12.0464 Longitude = -77.0428", []span{{GeoCoordinates, "-12.0464"}, {GeoCoordinates, "-77.0428"}}},
		// a trip's and a run's words (stop 42)
		{"07:55 depart 41.8781,-87.6298 arrive 41.9484,-87.6553; Morning Run, start 41.9214,-87.6338",
			[]span{{GeoCoordinates, "41.8781,-87.6298"}, {GeoCoordinates, "41.9484,-87.6553"}, {GeoCoordinates, "41.9214,-87.6338"}}},
		// a bare pair with no context word; too few decimals; out of range; a list; exponents
		{"loss 0.1234, 0.5678 after the epoch", []span{}},
		{"GPS 40.71, -74.00", []span{}},
		{"location 95.1234, 10.5678 and 45.1234, 190.5678", []span{}},
		{"location -7.999877929687506, -7.999877929687505, -0.25781249999954525", []span{}},
		{`{"%E", 1234.5678e3, "1.234568E+06"}, {"4.459", 3, "4.459E+00"} version 1.2.3`, []span{}},
	} {
		if diff := cmp.Diff(tc.want, spans(t, tc.text)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}
