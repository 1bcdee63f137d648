package redact

import "testing"

func TestGeoFormats(t *testing.T) {
	for _, tc := range []struct {
		name string
		read func(string, []Finding) []Finding
		text string
		want []typed
	}{
		{"a location history's E7 degrees", e7Coordinates, `{"latitudeE7":377749295,"longitudeE7": -1224194155,"latE7":1,"accuracyE7":12345678}`,
			[]typed{{GeoCoordinates, "377749295"}, {GeoCoordinates, "-1224194155"}}},
		{"NMEA sentences", nmeaSentences, "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\n$GNRMC,123519,A,4807.038,S,01131.000,W,022.4*6A\n$GPGSV,2,1,08,01,40,083,46*75",
			[]typed{{GeoCoordinates, "4807.038,N"}, {GeoCoordinates, "01131.000,E"}, {GeoCoordinates, "4807.038,S"}, {GeoCoordinates, "01131.000,W"}}},
		{"exiftool's degrees", exifDegrees, "GPS Position : 37 deg 46' 29.74\" N, 122 deg 25' 9.89\" W; lens 24 deg wide; 45 deg 3' 2\" X",
			[]typed{{GeoCoordinates, "37 deg 46' 29.74\" N"}, {GeoCoordinates, "122 deg 25' 9.89\" W"}}},
		{"GeoJSON's and KML's points", coordinateArrays, `{"type":"LineString","coordinates":[[102.0,0.0],[103.123,1.4567],[-181.0001,0.5002]]}` +
			`<coordinates>-122.0822035425683,37.42228990140251,0 -122.083,37.423,0</coordinates> version 1.234,5.678`,
			[]typed{{GeoCoordinates, "103.123,1.4567"}, {GeoCoordinates, "-122.0822035425683,37.42228990140251"}, {GeoCoordinates, "-122.083,37.423"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, tc.read, tc.text, tc.want) })
	}
}
