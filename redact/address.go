package redact

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Address types.
const (
	StreetAddress = "STREET_ADDRESS"
	ZIPCode       = "ZIP_CODE"
)

// streetSuffixes end a street name in English-speaking countries.
var streetSuffixes = foldSet("street st avenue ave av road rd boulevard blvd lane ln drive dr court ct way place pl terrace ter " +
	"parkway pkwy circle cir highway hwy square sq trail trl crescent cres close grove gardens row alley plaza path pike loop " +
	"walk mews hill park point ridge view heights commons crossing expressway freeway junction landing manor meadows passage " +
	"route summit turnpike valley village vista wharf causeway")

// rareSuffixes are the rest of the USPS street suffixes (Publication 28, appendix C1), full names
// and the longer abbreviations. Many are also common words ("5 Green Mountains"), so a street
// that ends in one scores weakAddressScore unless a unit, a city, a state or a ZIP follows it.
var rareSuffixes = foldSet("annex arcade bayou beach bend bluff bluffs bottom branch bridge brook brooks burg burgs bypass camp canyon cape center " +
	"centers circles cliff cliffs club common corner corners course courts cove coves creek crest crossroad curve dale dam divide " +
	"drives estate estates extension extensions falls ferry field fields flat flats ford fords forest forge forges fork forks fort " +
	"garden gateway glen glens green greens groves harbor harbors haven hills hollow inlet island islands isle junctions knoll " +
	"knolls lake lakes lights loaf lock locks lodge mall meadow mill mills mission motorway mount mountain mountains neck " +
	"orchard oval overpass parks parkways pine pines plain plains points port ports prairie radial ramp ranch rapid rapids ridges " +
	"river roads shoal shoals shore shores skyway spring springs spur spurs squares station stravenue stream streets throughway " +
	"trace track trafficway tunnel underpass unions valleys via viaduct views villages ville vistas walks ways wells " +
	"run key keys crossroads manors rest union trailer " + // the USPS's that are also common words: weak alone
	"parade esplanade quay rise vale wynd yard embankment promenade " + // British
	// Australia's and New Zealand's (Australia Post's list), those that are no common word alone
	"circuit concourse copse cutting dell deviation fairway frontage glade grange nook outlook pathway pocket quadrant quays ramble " +
	"retreat walkway approach brace brow chase elbow reserve centre circus roadway rosebowl tarn " +
	"alleyway brae centreway circlet colonnade corso courtyard crossway cruiseway driveway firetrail footway foreshore gully " +
	"highroad laneway parklands piazza ridgeway riverway riviera roadside ronde thoroughfare tollway trunkway villas " +
	"aly anx byp cswy ctr crst xing xrd expy frwy fwy gtwy hbr hvn hts holw jct lndg mnr mdws mtwy mtn orch psge plz " +
	"rdg rte skwy sta strm smt trwy trce trfy tunl tpke vly")

// plainWordSuffixes are the USPS suffixes that are plain English words ("Wall", "Well", "Light",
// "Land", "Fall", "Pass", and "Rue"): a street's end in the address reader only ("399 Joyce Wall,
// South Margaret"), scored as rareSuffixes are, and no street word to the rules outside it
// (IsStreetWord), where "Leipziger Land" is a region.
var plainWordSuffixes = foldSet("fall land light pass rue wall well")

// capitalPlainSuffixes are the rest of Australia Post's street types, plain English words all
// ("7 Felicia Lower", "21 Hart Reach", "3 Cole Steps"): a street's end in the address reader only
// where written with a capital and not first, scored as plainWordSuffixes are.
var capitalPlainSuffixes = foldSet("access amble artery basin block break broadway byway cross dip distributor edge end entrance " +
	"follow formation front gap gate gates ground interchange intersection lees line link little lookout lower meander mew part " +
	"plateau quad quadrangle range reach ride ring rotary round siding slope sound stairs steps strand strip subway top tor towers " +
	"triangle turn upper wade")

// streetSuffix reports a street suffix of either list, in any case, with or without its period.
func streetSuffix(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return streetSuffixes.has(w) || rareSuffixes.has(w)
}

// yearAfterWord reports that the four digits s[i:j] are a year after a word that puts one after
// it: "In 2019 Grace Park won", "since 1998", not a house number.
func yearAfterWord(s string, i, j int) bool {
	if y := atoi(s[i:j]); y < 1900 || y > 2099 || i < 3 || s[i-1] != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	if k > 0 && (isLetter(s[k-1]) || s[k-1] >= utf8.RuneSelf) {
		return false
	}
	return yearLeadWords.has(s[k : i-1])
}

// amountBefore reports a currency sign right before s[i]: "$20 Jane Park" is money, not a house.
func amountBefore(s string, i int) bool {
	if i > 1 && s[i-1] == ',' && isDigit(s[i-2]) {
		k := i - 2
		for k > 0 && isDigit(s[k-1]) && i-k <= 5 {
			k--
		}
		if k > 0 && (s[k-1] == '$' || strings.HasSuffix(s[:k], "£") || strings.HasSuffix(s[:k], "€")) {
			return true // a thousands group of an amount: "pays $2,150 via ACH" (stop 51)
		}
	}
	return i > 0 && (s[i-1] == '$' || strings.HasSuffix(s[:i], "£") || strings.HasSuffix(s[:i], "€"))
}

// yearLeadWords stand before a year.
var yearLeadWords = foldSet("in since by until till during before after around circa")

// abbreviatedSuffixes are the street suffixes written as abbreviations, whose period is theirs;
// after a whole word a period ends the sentence ("Send it to 1998 Oak Street.").
var abbreviatedSuffixes = foldSet("st ave av rd blvd ln dr ct pl ter pkwy cir hwy sq trl cres aly anx byp cswy ctr crst xing xrd expy frwy fwy " +
	"gtwy hbr hvn hts holw jct lndg mnr mdws mtwy mtn orch psge plz rdg rte skwy sta strm smt trwy trce trfy tunl tpke vly")

// IsStreetSuffix reports a street suffix of English-speaking countries, common or rare ("Street",
// "Ave.", "Mission", "Cove"), in any case, with or without its period.
func IsStreetSuffix(w string) bool { return streetSuffix(w) }

// IsStreetWord reports a word that names a kind of street in any of the languages the address
// readers know, as a suffix ("Street", "Straße", "gatan") or a leader ("Rue", "Via", "Calle",
// "ulica"), in any case.
func IsStreetWord(w string) bool {
	return streetSuffix(w) || streetLeaders.has(w) || slavicLeaders.has(w) || abbreviatedLeaders.has(w) && !periodLeaders.has(w)
}

// IsAbbreviatedLeader reports a street's leading word abbreviated with its period, in any case
// ("Av.", "ul.", "vul."), which leads a street's name where a name and a number follow.
func IsAbbreviatedLeader(w string) bool {
	return len(w) > 1 && w[len(w)-1] == '.' && abbreviatedLeaders.has(w[:len(w)-1])
}

// streetLeaders begin a street name where the number follows it or comes first in French forms.
var streetLeaders = foldSet(streetLeaderWords)

// slavicLeaders lead a street's name in Slovenian and Croatian, where the words after them are
// often in lower case ("Ulica talcev 7a", "Cesta v hrib 0b"): capitalised, no English word.
var slavicLeaders = foldSet("ulica cesta trg")

// abbreviatedLeaders lead a street's name with their period ("Av.", "Avda.", "Calz."), or
// without it when capitalised before a capitalised name ("Av Moreira, 28").
var abbreviatedLeaders = foldSet(abbreviatedLeaderWords)

const abbreviatedLeaderWords = "av avda calz blvr blv blvd diag psje pje ctra jl gg ul pl al c vul prosp jr bd str sos șos nám" // and Czech and Slovak náměstí (a square: "Nám. Republiky 724", stop 60); and Poland's ulica, plac and aleja: "ul. Długa 5", "pl. Witosa 98/85", "al. Jana Pawła II 12"; Ukraine's vulytsia and prospekt in Latin letters: "vul. Khreshchatyk 22", "prosp. Peremohy 5"; Peru's jirón: "Jr. Junín 456" (stop 46); Mexico's "Blvd. López Mateos 2000" (stop 47)

// periodLeaders are abbreviatedLeaders that lead a street only with their period, and are no
// street word to the rules outside the readers: Arabic's "Al", Spanish "al", "pl" and "ul" are
// words and names' parts as often, and Spain's "C." (calle) is an initial as often: it leads
// only where a comma, a unit or the line's end follows the number ("C. Nidia Gras 95, Murcia").
var periodLeaders = foldSet("ul pl al c vul prosp jr str sos șos nám")

// anyLeaders are the words leadingStreet may begin at, besides Portugal's "R.": streetLeaders and
// abbreviatedLeaders, one lookup where the scan meets a capitalised word.
var anyLeaders = foldSet(streetLeaderWords + " " + abbreviatedLeaderWords + " " + nameFirstLeaderWords)

// nameFirstLeaders lead a street's name only where its number follows ("plac Kolejowa 91/59",
// Poland's square and estate), never after a number as French ones may (a genealogy record's
// "2 PLAC Bamberg" is a place's tag).
var nameFirstLeaders = foldSet(nameFirstLeaderWords)

const nameFirstLeaderWords = "plac osiedle"

const streetLeaderWords = "rue avenue boulevard bd chemin impasse allée allee quai cours montée montee rang route calle avenida carrer via viale piazza corso largo plaza rua travessa " +
	"paseo pasaje camino callejón callejon glorieta carretera travesía travesia praça praca estrada rodovia vicolo strada calea bulevardul aleja " +
	// and the rest of Romania's (stop 54): "Aleea Teiului nr. 5", "Șoseaua Kiseleff nr. 3", "Splaiul Independenței nr. 313"
	"aleea soseaua șoseaua şoseaua splaiul intrarea drumul " +
	"jalan jln lorong gang " +
	// Wales's road, way, street, avenue and crescent (stop 50): "9 Heol y Nant, Cardiff CF14 6JH", "Ffordd Penrhos 12"
	"heol ffordd stryd rhodfa cilgant " +
	// and Ireland's in Irish: "22 Bóthar na Trá, Galway", "Sráid an Mhuilinn 4"
	"bóthar bothar sráid sraid ascaill cearnóg cearnog " +
	// Spain's, Italy's and Portugal's other kinds of street: "Pasadizo de Soto 776", "Borgo Russo 5", "Beco do Carmo 3"
	"urbanización urbanizacion pasadizo acceso bajada barranco barrio bulevar cañada canada cuesta rambla ronda vial " +
	"borgo contrada rotonda stretto incrocio piazzale canale beco calçada calcada " +
	// Slovenia's and Croatia's: "Ulica talcev 7a", "Cesta v hrib 0b", "Trg svobode 3"
	"ulica cesta trg " +
	// Ukraine's and Russia's in Latin letters: "vulytsia Khreshchatyk 22", "prospekt Mira 5", "ulitsa Tverskaya 7"
	"vulytsia vulytsya ulitsa prospekt provulok pereulok " +
	// Brazil's other kinds of street (logradouros): "Fazenda Teixeira, 31", "Morro de Aragão, 71"
	"alameda ladeira viela vila quadra conjunto setor chácara chacara fazenda sítio sitio morro lagoa loteamento residencial condomínio condominio núcleo nucleo vereda trecho recanto jardim parque " +
	"aeroporto campo colônia colonia distrito esplanada estação estacao favela feira lago passarela pátio trevo vale viaduto " +
	// Mexico's kinds of road (INEGI's vialidades): "Privada Santa Lucía 235", "Cerrada Sonora 831"
	"privada cerrada calzada prolongación prolongacion periférico periferico circuito andador retorno peatonal continuación " +
	"continuacion ampliación ampliacion viaducto corredor diagonal circunvalación circunvalacion"

// trailingStreetWords follow a street's name and come before its number, as a word of their own:
// Hungarian (Piroska u. 97., Kossuth Lajos utca 12), Basque (Boriñaur enparantza 29) and Turkish
// (Atatürk Caddesi 15) streets. "u" counts only with its period.
var trailingStreetWords = foldSet("u. utca út útja tér körút krt. köz sor sétány kalea enparantza etorbidea pasealekua sokak sokağı caddesi cad. cd. sk. sok. bulvarı iela ielā gatve gatvē g. gatvė pr. prospektas " +
	// and Estonia's road, street and boulevard, Latvia's boulevard, avenue and square, and
	// Lithuania's alley and highway after a genitive (stop 54): "Narva mnt 5", "Pärnu mnt 10",
	// "Tartu tn 3", "Raina bulvāris 19", "Laisvės al. 53", "Savanorių pr. 1"
	"mnt mnt. maantee tn tn. tänav pst pst. puiestee bulvāris bulv. prospekts laukums al. alėja pl. plentas")

// germanSuffixes end a street name written as one word: German, Austrian and Swiss, Dutch
// (Keizersgracht, Damstraat), and Nordic and Finnish (Drottninggatan, Nørrebrogade, Mannerheimintie:
// "tie" after a genitive's n only, as it ends too many words).
var germanSuffixes = []string{"straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "steig", "chaussee",
	"straat", "laan", "gracht", "plein", "kade", "singel", "dreef", "boulevard", "hof", "steeg", "baan", "dijk", "plantsoen", "gatan", "vägen", "gränd", "torget", "gade", "vej", "veien", "vegen", "gata", "katu", "kuja", "vegur", "braut", "stræti",
	// Finland's road after its genitive's n, and its way, path and arc (stop 51: "Mannerheimintie 10 A 5, 00100 Helsinki" had gone upstream)
	"ntie", "väylä", "polku", "kaari",
	// Denmark's lane and square (stop 63: "huslejen for Vesterhavsstræde 89" had gone upstream)
	"stræde", "torv",
	// and Sweden's path, hill and way (stop 63: "Upphämtning på Trädgårdsstigen 54, Umeå")
	"stigen", "backen", "leden"}

// germanEnds holds the last two bytes of every German suffix, which turn most words away.
var germanEnds = func() (t pairSet) {
	for _, suf := range germanSuffixes {
		t.add(suf[len(suf)-2], suf[len(suf)-1])
	}
	return t
}()

// unitWords introduce an apartment, suite or floor.
var unitWords = foldSet("apt apartment suite ste unit fl floor room rm bldg building flat studio level # " +
	// and the rest of USPS's secondary unit designators a park or a marina gives (stop 47): "2215 Pecan Dr, Lot 14"
	"lot spc space trlr trailer ph penthouse dept ofc office slip hngr hangar " +
	// in Spanish, Italian, Portuguese, French and German: "Piso 9", "Puerta 2", "Piano 1", "Appartamento 05", "Wohnung 3"
	"piso puerta planta escalera piano interno appartamento scala andar apto apartamento étage etage appartement wohnung whg " +
	// and Latin America's offices, shops, flats, lots and towers: "Oficina 62", "Local 6", "Depto 3"
	"oficina local depto dpto departamento lote torre bodega " +
	// and Mexico's and Argentina's buildings and inner numbers: "Edif. 174", "Interior 033", "Int. 4", "Dto. 7"
	"edif edificio interior int dto " +
	// and the flat, the block and the building of Ukraine, Russia and Romania, as Latin letters
	// write them (stop 45): "ul. Shevchenka 15, kv. 8", "korp. 2", "bl. A3, ap. 14"
	"kv kvartira korp korpus ap bl sector " +
	// and France's building and staircase (stop 46): "5 allée des Tilleuls, Bât. B, Apt 12"
	"bât bâtiment batiment esc escalier")

// usStates are the postal abbreviations.
var usStates = wordSet("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI")

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// word reads a word of letters (any script) at s[i], with an optional trailing period; none
// at or past the text's end (a reader that looks one byte past a word's end asks there).
func word(s string, i int) (string, int) {
	if i >= len(s) {
		return "", i
	}
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !isLetter(c) && c != '\'' && !(c == '-' && j > i) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return s[i:j], j
}

// Address scores: a street with a common suffix or what follows it, and one that ends in a rare
// suffix with nothing after it, which a context word ("address", "lives", "ship to") raises.
const (
	addressScore     = 0.7
	weakAddressScore = 0.45
)

// address reads a street address beginning with a house number at s[i]: "221B Baker Street",
// "1600 Pennsylvania Ave NW, Suite 400, Washington, DC 20500", "12 rue de la Paix", with its score.
func address(s string, i int) (int, bool, float64) {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 6 {
		j++
	}
	if j == i || j < len(s) && isDigit(s[j]) || j-i == 4 && yearAfterWord(s, i, j) || amountBefore(s, i) {
		return 0, false, 0
	}
	if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) && (j-i <= 3 || j-i == 4 && !yearLike(s[i:j])) { // 45-120 Kamehameha Hwy, 123-45 Queens Blvd: Hawaii's and Queens' numbers; Canada's unit first, 1204-55 Queen St E (stop 51)
		k := j + 1
		for k < len(s) && isDigit(s[k]) && k-j <= 4 {
			k++
		}
		if k < len(s) && s[k] == ' ' {
			j = k
		}
	}
	if j+1 < len(s) && s[j] == '/' && isDigit(s[j+1]) && j-i <= 4 { // 12/45 Smith St: unit 12 of number 45, as Australia writes it
		k := j + 1
		for k < len(s) && isDigit(s[k]) && k-j <= 5 {
			k++
		}
		if k < len(s) && s[k] == ' ' {
			j = k
		}
	}
	if j < len(s) && isLetter(s[j]) && (j+1 >= len(s) || s[j+1] == ' ') { // 221B
		j++
	}
	for _, rep := range [...]string{" bis ", " ter ", " quater "} { // France's repeated numbers (stop 48): "8 bis rue des Lilas"
		if strings.HasPrefix(s[j:], rep) {
			if w, _ := word(s, j+len(rep)); streetLeaders.has(w) {
				j += len(rep) - 1
			}
			break
		}
	}
	if j+1 < len(s) && s[j] == ',' && s[j+1] == ' ' {
		// "95, rue de Rivoli": France writes a comma after the number, before the street's
		// leading word, which alone lets it
		if w, _ := word(s, j+2); streetLeaders.has(w) {
			j++
		}
	}
	if j >= len(s) || s[j] != ' ' {
		return 0, false, 0
	}
	j++
	if j+2 < len(s) && s[j] == 'A' && s[j+1] == ' ' && isUpper(s[j+2]) {
		j += 2 // a building's letter apart from its number, as the Philippines writes it (stop 58: "3153 A Makiling Drive Extension"), where a street's words must follow
	}
	if w, e := word(s, j); (strings.EqualFold(w, "block") || strings.EqualFold(w, "blk")) && e < len(s) && s[e] == ' ' && j-i >= 3 {
		// a police report's hundred block (stop 48): "the 400 block of Elm Street", "1200 blk of W. Maple St."
		if o, oe := word(s, e+1); strings.EqualFold(o, "of") && oe < len(s) && s[oe] == ' ' {
			e = oe
		}
		j = e + 1
	}
	first, k := word(s, j)
	if streetLeaders.has(first) && !(first == "Route" && !particleAfter(s, k)) { // 12 rue de la Paix (Quebec's "284 route Charest", but "5 Route Options" is none: "12 Route de Saint-Jean")
		end := k
		lower := 0 // whether the line is in lower case, once asked (1 yes, 2 no)
		for n := 0; n < 5 && end < len(s) && s[end] == ' '; n++ {
			w, e := word(s, end+1)
			if w != "" && isLower(w[0]) && isLower(first[0]) && first != "route" && first != "via" && !particles.has(strings.TrimRight(w, "'")) && !stopWords.has(w) && !chatTails.has(w) {
				// a line typed all in lower case names its street so too (stop 51): "5 rue des lilas apt 3 montreal qc h2j 2k1"
				if lower == 0 {
					lower = 2
					if lowerLine(s, i, e) {
						lower = 1
					}
				}
				if lower == 1 && !(n > 0 && unit(s, end) > end) {
					end = e
					continue
				}
			}
			if w == "" || !isCapital(w) && !particles.has(strings.TrimRight(w, "'")) && !(irishLeaders.has(first) && irishArticles.has(w)) || n > 0 && unit(s, end) > end {
				break // (a unit after the name: "743 montée Gilles Suite 239")
			}
			end = e
		}
		if end == k {
			return 0, false, 0
		}
		return locality(s, units(s, end)), true, addressScore
	}
	// up to five name words (ordinals such as 5th allowed); the street ends at the last suffix
	end, last, capital, lastSuffix, prev := j, 0, false, "", ""
	lastCommon, commonSuffix := 0, "" // the last of commonSuffixes, where a lower-case street may end before another suffix's word
	for n := 0; n < 6; n++ {
		var w string
		e := end
		for e < len(s) && isDigit(s[e]) { // 5th Avenue
			e++
		}
		ordinal := e > end
		if ordinal && n > 0 && !(n == 1 && compassPoint(prev)) { // W 57th St
			break
		}
		w, e = word(s, e)
		if k := len(w) - 1; k > 0 && w[k] == '\'' && streetSuffix(w[:k]) {
			w, e = w[:k], e-1 // a quotation's mark after the street ('123 Main Street'), not an apostrophe's accent (Arqua' Petrarca)
		}
		if n == 0 && e+1 < len(s) && s[e] == '.' && s[e+1] == ' ' && len(w) <= 2 && compassPoint(w) {
			e++ // a compass point abbreviated with its period: "2210 W. Division St."
		}
		prev = w
		if w == "" || stopWords.has(w) {
			break
		}
		capital = capital || isCapital(w)
		if n > 0 && !ordinal && (streetSuffix(w) || plainWordSuffixes.has(w) || isCapital(w) && capitalPlainSuffixes.has(w)) || n == 0 && !ordinal && endsIn(w, numberFirstSuffixes) { // the "rd" of 3rd is no Road; 4 Laugavegur
			last, lastSuffix = e, strings.ToLower(strings.TrimSuffix(w, "."))
			if last < len(s) && s[last] == '.' && abbreviatedSuffixes.has(lastSuffix) { // "St.", not the sentence's "Street."
				last++
			}
			if commonSuffixes[lastSuffix] {
				lastCommon, commonSuffix = last, lastSuffix
			}
		}
		end = e
		if end >= len(s) || s[end] != ' ' {
			break
		}
		end++
	}
	if last == 0 {
		// no suffix, but a city, a state and a ZIP follow: 2060 Placemouth, Hialeah, South Dakota 35175
		if capital && stateZipFollows(s, end) {
			return locality(s, end), true, addressScore
		}
		return 0, false, 0
	}
	// written all in lower case, it needs a common suffix and a house number of two digits or more,
	// or words before it that say an address follows ("i live at 3419 teresa garden")
	if !capital && !commonSuffixes[lastSuffix] && lastCommon > 0 {
		// the town's words after a street in lower case, one of them a suffix's: "1600 oak pkwy
		// mountain view ca 94043" (stop 52)
		last, lastSuffix = lastCommon, commonSuffix
	}
	if !capital && (!commonSuffixes[lastSuffix] || j-i < 3) && !addressAnnounced(s, i) {
		return 0, false, 0
	}
	end = last
	if k := end + 1; lastSuffix != "" && endsIn(s[j:last], numberFirstSuffixes) && k < len(s) && s[end] == ' ' && isDigit(s[k]) {
		for k < len(s) && isDigit(s[k]) && k-end <= 4 {
			k++
		}
		if k == len(s) || !isAlnum(s[k]) {
			end = k // "62 Itätuulenkuja 89": the street's own number after it too
		}
	}
	// a compass point after the suffix: Ave NW
	if end+3 <= len(s) && s[end] == ' ' {
		if d, e2 := word(s, end+1); d != "" && len(d) <= 2 && strings.Trim(strings.ToUpper(d), "NSEW") == "" && isCapital(d) && (e2 == len(s) || !isAlnum(s[e2])) { // not the N of an Eircode's N64
			end = e2
		} else if len(d) >= 4 && compassPoint(d) && isCapital(d) && (e2 == len(s) || s[e2] == ',' || s[e2] == '\n') {
			end = e2 // written out, as Canada's cities write it (stop 55): "210 Queen Street West, Unit 1502"; not "Main Street East Hartford"
		}
	}
	full := locality(s, units(s, end))
	if full == end && (rareSuffixes.has(lastSuffix) || plainWordSuffixes.has(lastSuffix) || capitalPlainSuffixes.has(lastSuffix)) && !unitSlashNumber(s, i) && !addressAnnounced(s, i) {
		return full, true, weakAddressScore // (a unit and a number, "1/33 Flores Cutting", vouch for it as Australia writes them)
	}
	return full, true, addressScore
}

// unitStreetWords name a dwelling's or an office's unit that Britain writes before a street
// without a house number: "Flat 11, Mark Wall, Port Mollyview, LE11 7AZ", "Studio 9⏎Taylor Villages".
// ("Level", a floor, opens an address only before the building's number, "Level 5 25 Regina
// Riverway"; not before a street without one, "Level 3, Data Center".)
var unitStreetWords = foldSet("flat studio apartment apt unit suite level")

// unitStreet reads an address that opens with a unit whose number is at s[i], then a comma or a
// line break and a street named without a number: one to four words, the first capitalised, the
// last a street suffix in any case; then the locality, as address reads it.
func unitStreet(s string, i int) (Finding, bool) {
	if i < 3 || s[i-1] != ' ' {
		return Finding{}, false
	}
	w := i - 1
	if s[w-1] == '.' {
		w-- // Apt. 5
	}
	ws := w
	for ws > 0 && isLetter(s[ws-1]) {
		ws--
	}
	if ws == w || ws > 0 && isAlnum(s[ws-1]) || !unitStreetWords.has(s[ws:w]) {
		return Finding{}, false
	}
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 4 {
		j++
	}
	if j < len(s) && isLetter(s[j]) && s[j] < utf8.RuneSelf {
		j++ // Flat 13s, Studio 19a
	}
	switch {
	case j+2 < len(s) && s[j] == ' ' && isDigit(s[j+1]):
		// the unit, then the building's number without a comma, as Australia writes it: "Level 5
		// 25 Regina Riverway, Matthewton, TAS, 2074", "Flat 81 26 Porter Deviation"
		if end, ok, _ := address(s, j+1); ok {
			return Finding{Type: StreetAddress, Start: ws, End: end, Score: addressScore, Source: SourcePattern}, true
		}
		return Finding{}, false
	case strings.EqualFold(s[ws:w], "level"):
		return Finding{}, false
	case j+2 < len(s) && s[j] == ',' && s[j+1] == ' ':
		j += 2
	case j+1 < len(s) && s[j] == '\n':
		j++
	default:
		return Finding{}, false
	}
	last, k := 0, j
	for n := 0; n < 4; n++ {
		v, e := word(s, k)
		if v == "" || stopWords.has(v) || n == 0 && !isCapital(v) {
			break
		}
		if n > 0 && (streetSuffix(v) || plainWordSuffixes.has(v) || isCapital(v) && capitalPlainSuffixes.has(v)) {
			last = e
		}
		if e >= len(s) || s[e] != ' ' {
			break
		}
		k = e + 1
	}
	if last == 0 {
		return Finding{}, false
	}
	return Finding{Type: StreetAddress, Start: ws, End: locality(s, last), Score: addressScore, Source: SourcePattern}, true
}

// addressPhrases say that an address follows them, as a caller gives one.
var addressPhrases = []string{"live at ", "lives at ", "living at ", "reside at ", "resides at ", "residing at ", "staying at ",
	"address is ", "address as ", "address was ", "address: ", "address to ", "address of ",
	// a probate notice's and a deed's (stop 59: "the estate of Kim Harvey, deceased, late of 909 Parker forges")
	"late of ", "formerly of ", "previously of "}

// addressAnnounced reports an addressPhrases phrase, in any case, just before the house number at
// s[i]: a street in lower case after it is one whatever its suffix ("i live at 3419 teresa
// garden", "i have your address as 1077 lisa park").
func addressAnnounced(s string, i int) bool { return phraseBefore(s, i, addressPhrases) }

// phraseBefore reports one of phrases, in any case, just before s[i], a word of its own.
func phraseBefore(s string, i int, phrases []string) bool {
	for _, p := range phrases {
		if i >= len(p) && strings.EqualFold(s[i-len(p):i], p) && (i == len(p) || !isLetter(s[i-len(p)-1])) {
			return true
		}
	}
	return false
}

// unitSlashNumber reports a house number at s[i] written as a unit, a slash and the building's
// number, "1/33", as Australia and New Zealand write them; a street after it is one whatever its
// kind.
func unitSlashNumber(s string, i int) bool {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 4 {
		j++
	}
	if j == i || j+1 >= len(s) || s[j] != '/' || !isDigit(s[j+1]) || i > 0 && (isAlnum(s[i-1]) || s[i-1] == '/') {
		return false
	}
	k := j + 1
	for k < len(s) && isDigit(s[k]) && k-j <= 5 {
		k++
	}
	return k < len(s) && s[k] == ' ' && k-i >= 4 // three digits at least: "3/4" is a fraction
}

// countAfter reports a word that counts what a number ending at s[i] counts: "1500 people".
func countAfter(s string, i int) bool {
	w, _ := word(s, skipSpaces(s, i))
	return w != "" && countWords.has(w)
}

// auStates are Australia's states and territories, which a four-digit postcode follows.
var auStates = wordSet("NSW VIC QLD WA SA TAS ACT NT")

// compassPoint reports a compass point as streets write it before their name: N, SW, W., East.
func compassPoint(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west":
		return true
	}
	return false
}

// commonSuffixes are the suffixes a lower-case address must end in.
var commonSuffixes = wordSet("street st avenue ave road rd drive dr lane ln boulevard blvd court ct place pl highway hwy parkway pkwy terrace crescent")

// jironAfter are the Spanish words a jirón's address follows without a mark: "domicilio Jr. Los
// Olivos 345", "vive en Jr. Junín 456" (stop 50).
var jironAfter = foldSet("domicilio domiciliado domiciliada en dirección direccion reside residente vive ubicado ubicada")

// jironWordBefore returns the word that ends at s[e].
func jironWordBefore(s string, e int) string {
	w, _ := wordEndingAt(s, e, max(0, e-32))
	return w
}

// letterheadSeparator returns the length of the middle dot or the bar between blanks that a
// letterhead or a signature writes between an address's parts on one line, where a postcode's
// digit follows it; 0 for none.
func letterheadSeparator(s string) int {
	for _, sep := range [...]string{" · ", " | "} {
		if strings.HasPrefix(s, sep) && len(s) > len(sep) && isDigit(s[len(sep)]) {
			return len(sep)
		}
	}
	return 0
}

// irishLeaders are Ireland's words for road, street, avenue and square in Irish, and irishArticles
// the article their names take ("22 Bóthar na Trá", "Sráid an Mhuilinn 4"; stop 50), which joins
// a street's words only after them ("via an API" is none).
var (
	irishLeaders  = foldSet("bóthar bothar sráid sraid ascaill cearnóg cearnog")
	irishArticles = foldSet("an na")
)

// particles join the words of a French, Spanish or Italian street name.
var particles = foldSet("de la le les du des d l del di della dei degli delle dello dal dalla y e da do dos das van von")

// stopWords never stand inside an English street name.
var stopWords = foldSet("to the a an of in on at for and with from into by is was are were it this that my your our their")

// chatTails end a chat's sentence after an address typed in lower case: no street's word.
var chatTails = foldSet("tomorrow today tonight yesterday please pls thanks thx asap now then later soon ok okay")

// units extends an address over up to three units after one another: "Piso 5 Dto. 7", "Torre 3,
// Apartamento 756", "Edif. 174 , Depto. 218".
func units(s string, end int) int {
	for n := 0; n < 5; n++ { // five: Romania's "bl. 7A, sc. 2, et. 3, ap. 45, sector 3" (stop 54)
		e := unit(s, end)
		if e == end {
			break
		}
		end = e
	}
	return end
}

// romanianStairFloor reports Romania's words for a block's stair and floor, units only with
// their period ("sc. 2", "et. 3"; French's "et" is a word).
func romanianStairFloor(w string) bool {
	return w == "sc" || w == "Sc" || w == "et" || w == "Et"
}

// unit extends an address over ", Apt 4B", " Suite 400", " #12" (and " , Depto. 218", the
// space before the comma as some forms write it).
func unit(s string, end int) int {
	j := end
	if j+1 < len(s) && s[j] == ' ' && s[j+1] == ',' {
		j++
	}
	if j < len(s) && s[j] == ',' {
		j++
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j < len(s) && s[j] == '#' {
		k := j + 1
		for k < len(s) && isAlnum(s[k]) {
			k++
		}
		if k > j+1 {
			return k
		}
		return end
	}
	if e := doorAfterNumber(s, end); e > end {
		return e
	}
	w, k := word(s, j)
	if !unitWords.has(strings.TrimSuffix(w, ".")) && !((w == "Of" || w == "m" || romanianStairFloor(w)) && k < len(s) && s[k] == '.') { // Chile's office, "Of. 379"; Poland's flat, "m. 4" (stop 50); Romania's stair and floor, "sc. 2, et. 3" (stop 54)
		return end
	}
	if k < len(s) && s[k] == '.' {
		k++
	}
	for k < len(s) && (s[k] == ' ' || s[k] == '#') {
		k++
	}
	v := k
	for k < len(s) && (isAlnum(s[k]) || s[k] == '-') && s[k] < 0x80 {
		k++
	}
	if k == v {
		return end
	}
	if allDigits(s[v:k]) && k+1 < len(s) && s[k] == ' ' && isLetter(s[k+1]) && s[k+1]|0x20 != 'a' && s[k+1]|0x20 != 'i' && (k+2 == len(s) || !isAlnum(s[k+2])) {
		k += 2 // the flat's letter as a caller says it: "apartment 4 b" (not the article: "apt 4 a nice")
	}
	return k
}

// colonia reads a Mexican neighbourhood at s[j] after a street's number and comma, "Col." or
// "Colonia" and one to four capitalised words, and what follows it as a locality, or ", CDMX".
// It returns where it ends, or j.
func colonia(s string, j int) int {
	w, k := word(s, j)
	if w == "Col" && k < len(s) && s[k] == '.' {
		k++
	} else if w != "Colonia" {
		return j
	}
	if k+1 >= len(s) || s[k] != ' ' {
		return j
	}
	e, words := capitalisedWords(s, k, true)
	if words == 0 || !isCapital(s[strings.LastIndexByte(s[:e], ' ')+1:e]) {
		return j
	}
	if l := locality(s, e); l > e {
		return l
	}
	if strings.HasPrefix(s[e:], ", CDMX") && (e+6 == len(s) || !isAlnum(s[e+6])) {
		return e + 6
	}
	return e
}

// capitalisedWords reads up to four words of a name after s[k], each after a space: capitalised,
// or a particle among them where particled is set ("Roma Norte", "del Valle", "Kebon Jeruk"). It
// returns where the last ends and how many there are.
func capitalisedWords(s string, k int, particled bool) (int, int) {
	words := 0
	for words < 4 && k+1 < len(s) && s[k] == ' ' {
		w, e := word(s, k+1)
		if w == "" || !isCapital(w) && !(particled && particles.has(w)) {
			break
		}
		k, words = e, words+1
	}
	return k, words
}

// indonesianAreas are the words of Indonesia's administrative areas before their names: the
// urban and the rural village, the district, the regency and the city.
var indonesianAreas = wordSet("Kel Kelurahan Desa Kec Kecamatan Kab Kabupaten Kota")

// indonesianParts reads the parts of an Indonesian address at s[j] after its street: the
// neighbourhood's and the hamlet's numbers ("RT 005/RW 002", "RT. 05 RW. 02") and the named
// areas after their words ("Kel. Kebon Jeruk", "Kec. Kebon Jeruk", "Kota Bandung"), each after
// a comma, then the city and its postcode as locality reads them. It returns where they end, or
// j.
func indonesianParts(s string, j int) int {
	end, k := j, j
	for parts := 0; parts < 6; parts++ {
		e := rtrw(s, k)
		if e == k {
			w, we := word(s, k)
			if !indonesianAreas[w] {
				break
			}
			if we < len(s) && s[we] == '.' {
				we++
			}
			n, words := capitalisedWords(s, we, false)
			if words == 0 {
				break
			}
			e = n
		}
		end = e
		if end+6 <= len(s) && s[end] == ' ' && allDigits(s[end+1:end+6]) && (end+6 == len(s) || !isAlnum(s[end+6])) {
			return end + 6 // the postcode after the area: "Kota Bandung 40115"
		}
		if !commaAfter(s, end) {
			return end
		}
		k = end + 2
	}
	if end == j {
		return j
	}
	if l := locality(s, end); l > end {
		return l
	}
	return end
}

// rtrw reads Indonesia's neighbourhood and hamlet numbers at s[k], "RT 005/RW 002" or "RT. 05
// RW. 02", and returns where they end, or k.
func rtrw(s string, k int) int {
	num := func(i int, w string) int {
		if !strings.HasPrefix(s[i:], w) {
			return i
		}
		e := i + len(w)
		if e < len(s) && s[e] == '.' {
			e++
		}
		for e < len(s) && s[e] == ' ' {
			e++
		}
		d := e
		for e < len(s) && isDigit(s[e]) && e-d < 3 {
			e++
		}
		if e == d || e < len(s) && isAlnum(s[e]) {
			return i
		}
		return e
	}
	e := num(k, "RT")
	if e == k {
		return k
	}
	m := e
	for m < len(s) && (s[m] == ' ' || s[m] == '/') {
		m++
	}
	if r := num(m, "RW"); r > m {
		return r
	}
	return e
}

// boxWords are Belgium's box after the house number, in Dutch and French, and Sweden's flat
// (lägenhet), no comma between: "Kerkstraat 14 bus 2", "Rue Haute 5 bte 3", "Storgatan 14 lgh
// 1102" (stop 46).
var boxWords = foldSet("bus bte boîte boite lgh")

// doorAfterNumber reads what Belgium and Denmark write after a house number ending at s[end]: a
// box with no comma before it ("Kerkstraat 14 bus 2", "Rue Haute 5 bte 3") or a floor and a
// side after one ("Nørrebrogade 45, 3. tv"). It returns where that ends, or end.
func doorAfterNumber(s string, end int) int {
	if end+1 < len(s) && s[end] == ' ' {
		if w, k := word(s, end+1); boxWords.has(strings.TrimSuffix(w, ".")) && k+1 < len(s) && s[k] == ' ' && isDigit(s[k+1]) {
			if e := houseNumberEnd(s, k+1); e == len(s) || !isAlnum(s[e]) {
				return e // the box's number as a house's is read: "bus 2", "bte 3a"
			}
		}
	}
	if commaAfter(s, end) {
		if e := danishFloor(s, end+2); e > end+2 {
			return e
		}
	}
	return staircaseFlat(s, end)
}

// staircaseFlat reads a Finnish or Swedish flat's staircase and number after the house number
// ending at s[end]: a space, a capital letter, and a space and one to three digits or the
// clause's end ("Mannerheimintie 10 A 5, 00100 Helsinki", "Itäväylä 12 B, Helsinki"; stop 51,
// where the flat and the postcode had gone upstream). It returns where that ends, or end.
func staircaseFlat(s string, end int) int {
	if end+2 >= len(s) || s[end] != ' ' || !isUpper(s[end+1]) {
		return end
	}
	k := end + 2
	if s[k] == ',' || s[k] == '\n' {
		return k
	}
	if s[k] != ' ' || k+1 >= len(s) || !isDigit(s[k+1]) {
		return end
	}
	e := k + 1
	for e < len(s) && isDigit(s[e]) && e-k <= 3 {
		e++
	}
	if e-k > 3 || e < len(s) && s[e] != ',' && s[e] != '\n' {
		return end
	}
	return e
}

// danishFloor reads a Danish flat's floor and side at s[j]: a floor's number or "st." (ground) or
// "kl." (basement), a full stop, and "tv", "th" or "mf" (left, right, middle) or a door's
// number, with an optional full stop: "3. tv", "1. th.", "st. mf", "2. 4" (stop 46). It returns
// where it ends, or j.
func danishFloor(s string, j int) int {
	k := j
	for k < len(s) && isDigit(s[k]) && k-j < 2 {
		k++
	}
	if k == j {
		w, e := word(s, j)
		if w != "st." && w != "kl." {
			return j
		}
		k = e - 1
	}
	if k+2 >= len(s) || s[k] != '.' || s[k+1] != ' ' {
		return j
	}
	k += 2
	if w, e := word(s, k); w != "" {
		if side := strings.TrimSuffix(w, "."); side != "tv" && side != "th" && side != "mf" {
			return j
		}
		if e < len(s) && s[e] == '.' {
			e++
		}
		return e
	}
	e := k
	for e < len(s) && isDigit(s[e]) && e-k < 3 {
		e++
	}
	if e == k || e < len(s) && isAlnum(s[e]) {
		return j
	}
	return e
}

// locality extends an address over what follows it: ", Springfield, IL 62704", " Boston MA",
// ", 10115 Berlin".
func locality(s string, end int) int {
	if strings.HasPrefix(s[end:], " - ") {
		// a Brazilian neighbourhood (bairro) between the number and the city: "Av. Paulista,
		// 1578 - Bela Vista, São Paulo - SP"
		k, words := end+3, 0
		for words < 4 {
			w, e := word(s, k)
			if w == "" || !isCapital(w) && !particles.has(w) {
				break
			}
			words, k = words+1, e
			if k+1 < len(s) && s[k] == ' ' && s[k+1] != '-' {
				k++
				continue
			}
			break
		}
		if words > 0 && k < len(s) && s[k] == ',' {
			if e := locality(s, k); e > k {
				return e
			}
		}
		if words > 0 && strings.HasPrefix(s[k:], " - ") {
			if e := brazilCity(s, k+2); brazilState(s, e) {
				return e // "Rua Barão de Jaguara, 100 - Centro - Campinas / SP" (stop 28)
			}
		}
	}
	if e := brazilTail(s, end); e > 0 {
		return e // ", Vila Madre Gertrudes 4ª Seção, 64908-507 da Rosa de Goiás / SP"
	}
	j := end
	if j < len(s) && s[j] == ',' {
		j++
	} else if strings.HasPrefix(s[j:], " / ") {
		j += 2 // a label's parts on one line (stop 46): "12 MAIN ST / SPRINGFIELD IL 62704"
	} else if sep := letterheadSeparator(s[j:]); sep > 0 {
		j += sep - 1 // a letterhead's parts on one line, the postcode and town after the dot or the bar (stop 50): "Industriestr. 44 · 70565 Stuttgart"
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if j+4 < len(s) && s[j] == 'R' && s[j+1] == 'D' && s[j+2] == ' ' && isDigit(s[j+3]) {
		// New Zealand's rural delivery before the town: "…, RD 9, Port Edwardsport 2380"
		k := j + 3
		for k < len(s) && isDigit(s[k]) && k-j < 6 {
			k++
		}
		if k+2 < len(s) && s[k] == ',' && s[k+1] == ' ' && isUpper(s[k+2]) {
			if e := locality(s, k); e > k {
				return e
			}
			return k
		}
	}
	if j > end && j+4 < len(s) && s[j] == 'C' {
		if k := colonia(s, j); k > j {
			return k // "Calle Durango 123, Col. Roma Norte, CDMX" (stop 46)
		}
	}
	if j > end && j+4 < len(s) && (s[j] == 'R' || s[j] == 'K' || s[j] == 'D') {
		if k := indonesianParts(s, j); k > j {
			return k // "Jl. Kebon Jeruk Raya No. 27, RT 005/RW 002, Kel. Kebon Jeruk, Kec. Kebon Jeruk, Jakarta Barat 11530" (stop 46)
		}
	}
	if z := eircodeAt(s, j, false, false); z > 0 && j > end { // "14 O'Shea Street N64 YYRR Ennis": Ireland's postcode, then its town
		if z+1 < len(s) && s[z] == ' ' {
			if w, e := word(s, z+1); w != "" && isCapital(w) && !stopWords.has(w) {
				return cityRest(s, e)
			}
		}
		return z
	}
	if z := dashedPostcode(s, j, 5, 3); z > 0 { // ", 21742-180": Brazil's CEP whole, not its first five digits as a ZIP
		return brazilCity(s, z)
	}
	if z := cepAt(s, j); z > 0 {
		if e := brazilCity(s, z); brazilState(s, e) {
			return e // Brazil's CEP without its hyphen, the city and the state after it: ", 13015000 Campinas / SP" (stop 28)
		}
	}
	if z := zipAt(s, j); z > 0 { // ", 10115 Berlin"
		if j2 := z; j2 < len(s) && s[j2] == ' ' {
			if w, e := word(s, j2+1); w != "" && isCapital(w) {
				if townOpeners.has(strings.TrimSuffix(w, ".")) {
					return provinceAfter(s, cityRest(s, e)) // ", 82690 Saint William-sur-Mer"
				}
				if e < len(s) && s[e] == '/' {
					return provinceAfter(s, slashedTown(s, e)) // ", 34728 Kadıköy/İstanbul"
				}
				return provinceAfter(s, townEnd(s, e)) // ", 97323 Nicolas-la-Forêt", ", 06899 Königs Wusterhausen"
			}
		}
		if e := postcodeTown(s, z); e > z { // ", 89035, Bova Marina (RC)"
			return e
		}
		return z
	}
	if z := foreignPostcode(s, j); z > 0 && z < len(s) && s[z] == ' ' { // ", 8001 Zürich", ", 1015 CJ Amsterdam"
		if w, e := word(s, z+1); w != "" && isCapital(w) {
			return provinceAfter(s, cityRest(s, e))
		}
	}
	if z := foreignPostcode(s, j); z-j > 4 && !isUpper(s[j]) { // not four digits alone, as often a house number
		if e := postcodeTown(s, z); e > z { // ", 5208 DV, Prinsenbeek", "6830 KE⏎Herveld"
			return e
		}
	}
	if z := foreignPostcode(s, j); z > 0 && isUpper(s[j]) {
		return z // ", H-9792 mezőgyörgyberény": a country's letters make it a postcode, whatever follows
	}
	if e := lowerLocality(s, j); e > 0 { // "14 elm street springfield il 62704", "london nw1 6xe"
		return e
	}
	// up to four capitalised city words (a Brazilian bairro: "Vila Nova Dos Milionarios"), then a state and/or ZIP
	k := j
	words := 0
	for words < 4 {
		w, e := word(s, k)
		if w == "" || !isCapital(w) || usStates[w] || auStates[w] {
			break
		}
		words++
		k = e
		if k < len(s) && s[k] == '.' && len(w) <= 4 { // St. Paul, Mt. Vernon; a whole word's full stop ends the sentence (stop 58: "…, West Keithberg. Callback 0419-482-199")
			k++
		}
		if k+1 < len(s) && s[k] == '/' && isUpper(s[k+1]) { // Louisville/Jefferson
			k++
			continue
		}
		if k < len(s) && s[k] == ' ' {
			if n, _ := word(s, k+1); n != "" && isCapital(n) && !usStates[n] && !auStates[n] && letterPostcode(s, k+1, ukPostcode) == 0 && letterPostcode(s, k+1, eircode) == 0 && townPostcode(s, k+1) == 0 && foreignPostcode(s, k+1) == 0 {
				k++
				continue
			}
			if c := cityParticles(s, k+1); c > 0 { // Mar del Plata 7600, San Antonio de la Montaña, GTO 57753
				k = c
				continue
			}
		}
		break
	}
	if words == 0 {
		return end
	}
	m := k
	if m < len(s) && s[m] == ',' {
		m++
	}
	for m < len(s) && s[m] == ' ' {
		m++
	}
	// a state written out, or its postal abbreviation as a word of its own (not the WA of a UK
	// postcode's WA3)
	e := stateName(s, m)
	if e == 0 && strings.HasPrefix(s[m:], "D.C.") {
		e = m + 4 // "Washington, D.C. 20220" (stop 55)
	}
	if st, e2 := word(s, m); e == 0 && usStates[st] && (e2 == len(s) || !isAlnum(s[e2])) {
		e = e2
	} else if e == 0 {
		if strings.HasPrefix(s[m:], "Q. ROO") {
			st, e2 = "QROO", m+len("Q. ROO") // Quintana Roo
		}
		if mxStates[st] && e2+1 < len(s) && s[e2] == ' ' && zipAt(s, e2+1) > 0 {
			e = e2 // a Mexican state counts only before its postcode
		} else if len(st) >= 3 && isUpper(st[0]) && st != "Col" && e2+2 < len(s) && s[e2] == '.' && s[e2+1] == ' ' && mxStates[strings.ToUpper(st)] && zipAt(s, e2+2) > 0 {
			e = e2 + 1 // and abbreviated with its period (stop 47: "Guadalajara, Jal. 44100", "León, Gto. 37000"; not Colonia's "Col.")
		}
	}
	if k < len(s) && s[k] == ' ' && k+5 <= len(s) && allDigits(s[k+1:k+5]) && (k+5 == len(s) || !isAlnum(s[k+5]) && !(k+6 < len(s) && (s[k+5] == '.' || s[k+5] == ',') && isDigit(s[k+6]))) && !yearLike(s[k+1:k+5]) && e == 0 && !countAfter(s, k+5) {
		return k + 5 // the town and its four-digit postcode, as New Zealand writes them: "Rototipurangi 7383"
	}
	if k < len(s) && s[k] == ' ' && k+8 <= len(s) && allDigits(s[k+1:k+8]) && (k+8 == len(s) || !isAlnum(s[k+8]) && s[k+8] != '-' && s[k+8] != '.') && e == 0 {
		return k + 8 // and Israel's of seven digits: "Tel Aviv-Yafo 6520112" (stop 54)
	}
	if e > 0 {
		st, _ := word(s, m)
		m = e
		if m+1 < len(s) && s[m] == ',' && s[m+1] == ' ' {
			m++ // "Wilsonberg, ACT, 2172", "Austin, TX, 78701"
		}
		for m < len(s) && s[m] == ' ' {
			m++
		}
		if z := zipAt(s, m); z > 0 {
			return z
		}
		if auStates[st] && m+4 <= len(s) && allDigits(s[m:m+4]) && (m+4 == len(s) || !isAlnum(s[m+4])) {
			return m + 4 // Perth WA 6000
		}
		return e
	}
	if m > k+1 && s[k] == ',' {
		if z := postcodeRegion(s, m); z > 0 { // Bakun, 3775 Nueva Ecija; Soweto, 2742
			return z
		}
		if z := chileanRegion(s, m); z > 0 { // Lota, Región del Biobío, 8212370
			return z
		}
	}
	if z := dashedPostcode(s, m, 5, 3); z > 0 { // Parque São Pedro, 21742-180
		return brazilCity(s, z)
	}
	if z := zipAt(s, m); z > 0 {
		return z
	}
	if m < len(s) && isUpper(s[m]) && m > k {
		if z := foreignPostcode(s, m); z > 0 {
			return z // a country's letters before the postcode after the town (stop 54): "Rīga, LV-1010", "Kaunas LT-44309"
		}
	}
	if z := regionPostcode(s, m); z > 0 { // Getafe, Madrid 28901; Parepare, Gorontalo 21809
		return z
	}
	if m+5 < len(s) && s[m] == '-' && s[m+1] == ' ' && isUpper(s[m+2]) && isUpper(s[m+3]) && (s[m+4] == ',' || s[m+4] == ' ') {
		state := m + 4 // São Paulo - SP, 01304-001: Brazil's state after a dash
		m = state
		for m < len(s) && (s[m] == ',' || s[m] == ' ') {
			m++
		}
		if z := dashedPostcode(s, m, 5, 3); z > 0 {
			return z
		}
		return state
	}
	if z := dashedPostcode(s, m, 3, 4); z > 0 { // Shibuya-ku, Tokyo 150-0002
		return z
	}
	if z := dashedPostcode(s, m, 5, 3); z > 0 { // Rio de Janeiro, 22250-040
		return z
	}
	if st, e2 := word(s, m); auStates[st] && e2 < len(s) {
		if s[e2] == ',' {
			e2++ // Davisburgh, ACT, 8096
		}
		if e2+5 <= len(s) && s[e2] == ' ' && allDigits(s[e2+1:e2+5]) && (e2+5 == len(s) || !isAlnum(s[e2+5])) {
			return e2 + 5 // Fitzroy VIC 3065
		}
	}
	if st, e2 := word(s, m); caProvinces[st] && e2 < len(s) && s[e2] == ' ' { // Toronto, ON M5V 3L9
		if z := letterPostcode(s, e2+1, caPostcode); z > 0 {
			return z
		}
		if z := letterPostcode(s, e2+1, caPostcodeUnspaced); z > 0 {
			return z // Whitehorse, YT Y1A1A1
		}
	}
	if z := letterPostcode(s, m, ukPostcode); z > 0 { // London SW1A 2AA
		return z
	}
	if z := townPostcode(s, m); z > 0 {
		return z // a Canadian postcode or an Eircode straight after the town (stop 59: "163 Small Mews, Christopherfurt R3C3H1", "Jamie-Lee Ville D805D7P")
	}
	if m > k {
		if z := countyPostcode(s, m); z > 0 { // Toronto, Ontario M5V 3G5; Little Wittenham, Oxfordshire OX14 4RA (stop 55)
			return z
		}
	}
	if z := letterPostcode(s, m, eircode); z > 0 { // Dublin 8, D08 XY12; Galway H91 E2K3
		return z
	}
	if d := dublinDistrict(s, j, k); d > 0 {
		m = d
		if m+1 < len(s) && s[m] == ',' && s[m+1] == ' ' {
			if z := letterPostcode(s, m+2, eircode); z > 0 {
				return z
			}
		}
		return d
	}
	return end // a capitalised word alone is not clearly a city
}

// countyPostcode reads, after a street's town, a province, a county or a state written out and
// a British or Canadian postcode or an Eircode after it, a comma between or not: "Ontario M5V
// 3G5", "British Columbia V6B 1A1", "Oxfordshire OX14 4RA", "Co. Cork, P31 X2Y7" (stop 55: the
// street had been masked alone, or the model's address had stopped at the postcode's first
// half). The region is one to three capitalised words ("Co." may open it); it returns the
// postcode's end, or 0.
func countyPostcode(s string, m int) int {
	k := m
	if strings.HasPrefix(s[k:], "Co. ") {
		k += 4
	}
	for n := 0; n < 3; n++ {
		w, e := word(s, k)
		if w == "" || !isCapital(w) || stopWords.has(w) {
			return 0
		}
		if e+1 < len(s) && s[e] == ',' && s[e+1] == ' ' {
			e++
		}
		if e >= len(s) || s[e] != ' ' {
			return 0
		}
		if z := postcodeAt(s, e+1); z > 0 {
			return z
		}
		if s[e-1] == ',' {
			return 0
		}
		k = e + 1
	}
	return 0
}

// postcodeRegion reads, after a street's town and its comma, a postcode of four digits at s[m]
// with the province after it, as the Philippines write them ("Bakun, 3775 Nueva Ecija", "Makati,
// 1226 Metro Manila", "Lila, 7062 Lanao del Sur"), or the postcode ending the address, as South
// Africa does ("Soweto, 2742"; not a year there). It returns where it ends, or 0.
func postcodeRegion(s string, m int) int {
	if digitsAt(s, m) != 4 {
		return 0
	}
	e := m + 4
	if e == len(s) || s[e] == '\n' || s[e] == '\r' || (s[e] == '.' || s[e] == ',' || s[e] == ')' || s[e] == ';') && (e+1 == len(s) || !isAlnum(s[e+1])) {
		if yearLike(s[m:e]) {
			return 0
		}
		return e
	}
	if e+1 >= len(s) || s[e] != ' ' || !isCapital(s[e+1:]) {
		return 0
	}
	return townWords(s, e+1, 3)
}

// townWords reads a town's or a region's name at s[k]: up to most capitalised words, no stop word
// or month, joined by single spaces or by the particles cityParticles reads ("Nueva Ecija", "Lanao
// del Sur", "San Pedro de la Paz"). It returns where the last word ends, or 0 when none is there.
func townWords(s string, k, most int) int {
	end := 0
	for n := 0; n < most; n++ {
		w, f := word(s, k)
		if w == "" || !isCapital(w) || stopWords.has(w) || monthNumber(w) > 0 {
			break
		}
		end = f
		if f+1 >= len(s) || s[f] != ' ' {
			break
		}
		if c := cityParticles(s, f+1); c > 0 {
			k = c
		} else {
			k = f + 1
		}
	}
	return end
}

// chileanRegion reads, after a street's town and its comma, Chile's region at s[m] ("Región del
// Biobío", "Región de Aysén del General Carlos Ibáñez del Campo", "Región Metropolitana") and
// the seven-digit postcode after it where one is written; it returns where they end, or 0.
func chileanRegion(s string, m int) int {
	if !strings.HasPrefix(s[m:], "Región ") {
		return 0
	}
	end, k := 0, m+len("Región ")
	for n := 0; n < 8; n++ {
		w, f := word(s, k)
		switch {
		case w == "de" || w == "del" || w == "la" || w == "y":
		case w != "" && isCapital(w):
			end = f
		default:
			n = 8
			continue
		}
		if f+1 >= len(s) || s[f] != ' ' {
			break
		}
		k = f + 1
	}
	if end == 0 {
		return 0
	}
	if end+2 < len(s) && s[end] == ',' && s[end+1] == ' ' && digitsAt(s, end+2) == 7 && (end+9 == len(s) || !isAlnum(s[end+9])) {
		return end + 9
	}
	return end
}

// cityParticles returns where the next word of a town's name starts after one or two Spanish or
// Portuguese particles at s[k] ("del Plata", "de la Montaña", "dos Campos"), or 0 when no
// particle or no capitalised word after it is there.
func cityParticles(s string, k int) int {
	for n := 0; n < 2; n++ {
		w, e := word(s, k)
		switch w {
		case "de", "del", "la", "las", "los", "do", "da", "dos", "das":
		default:
			return 0
		}
		if e+1 >= len(s) || s[e] != ' ' {
			return 0
		}
		if k = e + 1; isCapital(s[k:]) {
			return k
		}
	}
	return 0
}

// provinceAfter takes an Italian or Spanish province code after a postcode's city ("00184 Roma
// RM", "20121 Milano MI"): two capitals that end the address.
func provinceAfter(s string, e int) int {
	if e >= 5 && e+2 <= len(s) && s[e-5:e] == "Praha" && s[e] == ' ' && isDigit(s[e+1]) {
		// Prague's district after the city (stop 46): "130 00 Praha 3", "110 00 Praha 10"
		k := e + 2
		if k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == len(s) || !isAlnum(s[k]) {
			return k
		}
	}
	if e+3 <= len(s) && s[e] == ' ' && isUpper(s[e+1]) && isUpper(s[e+2]) && (e+3 == len(s) || !isAlnum(s[e+3])) && !usStates[s[e+1:e+3]] {
		return e + 3
	}
	if e+5 <= len(s) && s[e] == ' ' && s[e+1] == '(' && isUpper(s[e+2]) && isUpper(s[e+3]) && s[e+4] == ')' {
		return e + 5 // 00184 Roma (RM)
	}
	return e
}

// stateBefore reports whether a US state, by its postal abbreviation in capitals or its name,
// ends at s[end] and stands as a word of its own ("Boston, MA", "Austin, Texas"): a ZIP code
// after it is one.
func stateBefore(s string, end int) bool {
	if end >= 2 && usStates[s[end-2:end]] && (end == 2 || !isAlnum(s[end-3]) && s[end-3] != '.') {
		if !wordStates[s[end-2:end]] {
			return true
		}
		// IN, OR, ME, OK, HI also read as words in capitals ("CALL ME 12345"): a comma or a
		// city in title case must come first ("Portland, OR 97201", "Portland OR 97201")
		k := end - 3
		if k > 0 && s[k] == ' ' && s[k-1] == ',' {
			return true
		}
		if s[end-2:end] == "ID" {
			return false // "Employee ID 44812", "(ID 44812)": an identifier; Idaho's ZIP codes follow "Boise, ID"
		}
		return k > 1 && s[k] == ' ' && isLetter(s[k-1]) && !isUpper(s[k-1])
	}
	// a state's name: its last one, two or three words, capitalised
	start := end
	for words := 0; words < 3; words++ {
		k := start
		for k > 0 && isLetter(s[k-1]) {
			k--
		}
		if k == start || !isUpper(s[k]) {
			return false
		}
		if usStateNames[strings.ToLower(s[k:end])] {
			return true
		}
		if k == 0 || s[k-1] != ' ' {
			return false
		}
		start = k - 1
	}
	return false
}

// mxStates are Mexico's states as addresses abbreviate them before the postcode ("Nueva Santa
// Lucía, TAMPS 94032"); "NL" and "BC" are Canada's too, "COL" and "MEX" also words in capitals,
// but a ZIP must follow.
var mxStates = wordSet("AGS BC BCS CAMP CHIS CHIH COAH COL DGO GTO GRO HGO JAL MEX MICH MOR NAY NL OAX PUE QRO QROO SLP SIN SON TAB TAMPS TLAX VER YUC ZAC CDMX DF")

// brazilCity extends a Brazilian CEP ending at s[z] over the city and state after it, as
// addresses write them: " Nunes / AM", " São Paulo/SP", " das Neves Paulista - RN". Up to five
// words, capitalised or particles; a state of two capitals after a slash or a dash ends it.
func brazilCity(s string, z int) int {
	if z+2 >= len(s) || s[z] != ' ' {
		return z
	}
	end, k := z, z
	for n := 0; n < 5 && k+1 < len(s) && s[k] == ' '; n++ {
		w, e := word(s, k+1)
		if w == "" || !isCapital(w) && !particles.has(w) {
			break
		}
		k = e
		if isCapital(w) {
			end = e
		}
	}
	if end == z {
		return z
	}
	k = end
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) && (s[k] == '/' || s[k] == '-') {
		k++
		if k < len(s) && s[k] == ' ' {
			k++
		}
		if k+2 <= len(s) && isUpper(s[k]) && isUpper(s[k+1]) && (k+2 == len(s) || !isAlnum(s[k+2])) {
			return k + 2
		}
	}
	return end
}

// brazilTail reads what follows a Brazilian street's name or number at s[k] (a comma or a line
// break there), as Brazil ends an address: the neighbourhood (bairro) if any, then the CEP (with or
// without its hyphen), the city and the state, each after a comma or on a line of its own
// (", Vila Madre Gertrudes 4ª Seção, 64908-507 da Rosa de Goiás / SP", "⏎Vila Betânia⏎27627-304
// da Cruz de Casa Grande / AP"). It returns where the state ends, or 0.
func brazilTail(s string, k int) int {
	m := addressBreak(s, k)
	if m == 0 {
		return 0
	}
	if z := cepAt(s, m); z > 0 {
		if e := brazilCity(s, z); brazilState(s, e) {
			return e
		}
		return 0
	}
	if e := brazilCityFirst(s, m); e > 0 {
		return e // ", São Paulo - SP, 01304-001" (stop 46)
	}
	e := m // the bairro: capitalised words, their particles and a section's ordinal ("4ª Seção")
	for n := 0; n < 7; n++ {
		w, we := word(s, e)
		if w == "" && e+2 < len(s) && isDigit(s[e]) && strings.HasPrefix(s[e+1:], "ª") {
			w, we = "4ª", e+1+len("ª")
		}
		if w == "" || !isCapital(w) && !particles.has(w) && !strings.HasSuffix(w, "ª") || stopWords.has(w) && !particles.has(w) {
			return 0
		}
		e = we
		if e >= len(s) || s[e] != ' ' {
			break
		}
		e++
	}
	if m = addressBreak(s, e); m == 0 {
		return 0
	}
	if z := cepAt(s, m); z > 0 {
		if e := brazilCity(s, z); brazilState(s, e) {
			return e
		}
	}
	return brazilCityFirst(s, m) // ", Consolação, São Paulo - SP, 01304-001" (stop 46)
}

// brazilCityFirst reads the city and the state after a comma at s[m] ("São Paulo - SP") and
// the CEP after them (", 01304-001"), as Brazil writes them too, the CEP last. It returns where
// they end, or 0.
func brazilCityFirst(s string, m int) int {
	if m < 2 || s[m-1] != ' ' || s[m-2] != ',' {
		return 0
	}
	e := brazilCity(s, m-1)
	if e == m-1 || !brazilState(s, e) {
		return 0
	}
	if n := addressBreak(s, e); n > 0 {
		if z := cepAt(s, n); z > 0 {
			return z
		}
		if z := dashedPostcode(s, n, 5, 3); z > 0 {
			return z
		}
	}
	return e
}

// addressBreak returns where the next part of an address begins after s[k]: past a comma and a
// space, or a line break; 0 when neither is there.
func addressBreak(s string, k int) int {
	switch {
	case k+2 < len(s) && s[k] == ',' && s[k+1] == ' ':
		return k + 2
	case k+2 < len(s) && s[k] == '\r' && s[k+1] == '\n':
		return k + 2
	case k+1 < len(s) && s[k] == '\n':
		return k + 1
	}
	return 0
}

// cepAt returns where a Brazilian CEP at s[m] ends, with its hyphen or as eight digits, a space
// after it; or 0.
func cepAt(s string, m int) int {
	if z := dashedPostcode(s, m, 5, 3); z > 0 {
		return z
	}
	if m+9 < len(s) && allDigits(s[m:m+8]) && s[m+8] == ' ' && (m == 0 || !isDigit(s[m-1])) {
		return m + 8
	}
	return 0
}

// postcodeTownAfter reads, after a street named without a number that ends at s[k], a comma or a
// line break, a postcode before its town (five digits, or another shape foreignPostcode reads) and
// the town, capitalised ("rue Klein⏎21305 Saint Alain-la-Forêt", "chemin Duval, 37675
// Lévy-sur-Lopes", "plac Kolejowa⏎51-938 Śrem"). It returns where the town ends, or 0.
func postcodeTownAfter(s string, k int) int {
	m := addressBreak(s, k)
	if m == 0 {
		return 0
	}
	z := foreignPostcode(s, m)
	if e := m + 5; z == 0 && e < len(s) && allDigits(s[m:e]) && !isAlnum(s[e]) {
		z = e
	}
	if z == 0 || z+1 >= len(s) || s[z] != ' ' || yearLike(s[m:z]) {
		return 0
	}
	if w, e := word(s, z+1); w != "" && isCapital(w) && !stopWords.has(w) {
		return cityRest(s, e)
	}
	return 0
}

// brazilState reports that s[:e] ends in a Brazilian state's two capitals after a slash or a
// dash, as brazilCity reads them ("Campinas / SP", "Natal - RN").
func brazilState(s string, e int) bool {
	if e < 4 || !isUpper(s[e-1]) || !isUpper(s[e-2]) {
		return false
	}
	p := e - 3
	if s[p] == ' ' {
		p--
	}
	return p >= 0 && (s[p] == '/' || s[p] == '-')
}

// USState reports whether abbr is a US state's postal abbreviation, and whether it is also an
// English word in capitals ("OR", "IN"), which needs a ZIP after it to count.
func USState(abbr string) (state, word bool) {
	return usStates[abbr], wordStates[abbr]
}

// wordStates are the postal abbreviations that are also English words in capitals.
var wordStates = wordSet("IN OR ME OK HI DE PA AL ID")

// foreignPostcode reads a postcode as other countries write it before their city, at s[i]:
// four digits (8001 Zürich), four digits and two letters (1015 CJ Amsterdam), three and two
// digits (111 51 Stockholm), two or four digits, a hyphen and three (00-590 Warszawa,
// 1000-001 Lisboa), or four or five digits after a country's letters and a hyphen (H-9792 Pécs,
// D-10117 Berlin, CH-8001 Zürich). It returns where it ends, or 0.
func foreignPostcode(s string, i int) int {
	if i+1 < len(s) && isUpper(s[i]) { // a country's letters before it: H-9792, D-10117, CH-8001
		k := i + 1
		if isUpper(s[k]) {
			k++
		}
		if k+5 < len(s) && s[k] == '-' && isDigit(s[k+1]) {
			j := k + 1
			for j < len(s) && isDigit(s[j]) && j-k-1 < 6 {
				j++
			}
			if n := j - k - 1; (n == 4 || n == 5) && (j == len(s) || !isAlnum(s[j]) && s[j] != '-') {
				return j
			}
		}
		return 0
	}
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 5 {
		j++
	}
	n := j - i
	switch {
	case n == 4 && j+3 < len(s) && s[j] == ' ' && isUpper(s[j+1]) && isUpper(s[j+2]) && s[j+3] == ' ':
		return j + 3
	case n == 4 && j+3 <= len(s) && s[j] == ' ' && isUpper(s[j+1]) && isUpper(s[j+2]) && (j+3 == len(s) || s[j+3] == ',' || s[j+3] == '\n'):
		return j + 3 // 5208 DV, Prinsenbeek; 6830 KE⏎Herveld: the town after a comma or on the next line
	case n == 4 && j+2 < len(s) && isUpper(s[j]) && isUpper(s[j+1]) && (j+2 == len(s) || !isAlnum(s[j+2])):
		return j + 2 // 1015CJ Amsterdam: the Dutch letters without their space
	case n == 3 && j+3 < len(s) && s[j] == ' ' && isDigit(s[j+1]) && isDigit(s[j+2]) && s[j+3] == ' ':
		return j + 3
	case (n == 2 || n == 4) && j+4 < len(s) && s[j] == '-' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) && !isAlnum(s[j+4]):
		return j + 4
	case n == 4 && (j == len(s) || !isAlnum(s[j])):
		return j
	}
	return 0
}

// postcodeTown returns where the town after a postcode ending at z ends, written after a
// comma ("89035, Bova Marina (RC)", Italy's with its province; "5208 DV, Prinsenbeek") or on the
// next line alone ("6830 KE⏎Herveld"): capitalised words and particles (cityRest), the line's or
// the text's end, a comma or a full stop after them; z when there is none.
func postcodeTown(s string, z int) int {
	k := z
	switch {
	case strings.HasPrefix(s[z:], ", "):
		k = z + 2
	case z < len(s) && s[z] == '\n':
		k = z + 1
	default:
		return z
	}
	w, e := word(s, k)
	if w == "" || !isCapital(w) || stopWords.has(w) || usStates[w] {
		return z
	}
	e = provinceAfter(s, cityRest(s, e))
	if e < len(s) && s[e] != '\n' && s[e] != ',' && s[e] != '.' && s[e] != '\r' && !(s[z] == ',' && s[e] == ' ') {
		return z // a sentence goes on after the words: not a town alone
	}
	if s[z] == '\n' && e < len(s) && s[e] != '\n' && s[e] != '\r' {
		return z // on its own line, the town fills it
	}
	return e
}

// townEnd extends a town whose first word ends at s[e] as cityRest does where the address ends
// after it (the line's or the text's end, a mark of punctuation), and over its hyphens only where
// a sentence goes on in lower case ("10115 Berlin Please call me").
func townEnd(s string, e int) int {
	r := cityRest(s, e)
	if r > e && r+1 < len(s) && s[r] == ' ' && (isLower(s[r+1]) || isCapital(s[r+1:])) {
		return hyphenedOn(s, e)
	}
	for w := range strings.FieldsSeq(s[e:r]) { // "10115 Berlin Monday": a day or a month after the town
		if _, ok := weekdayName(w); ok || monthNumber(w) > 0 {
			return hyphenedOn(s, e)
		}
	}
	return r
}

// cityRest extends a city whose first word ends at s[e] over the words of its name after it on
// the same line: capitalised ones and the particles between them ("Škofja Loka", "Tulln an der
// Donau", "Vale de Cambra", "Dolná Mičiná"), at most four more words, ending on a capitalised one.
func cityRest(s string, e int) int {
	e = hyphenedOn(s, e)
	end := e
	for n := 0; n < 4 && e+1 < len(s) && s[e] == ' '; n++ {
		w, e2 := word(s, e+1)
		e2 = hyphenedOn(s, e2)
		switch {
		case w != "" && isCapital(w) && !stopWords.has(w):
			end = e2
		case w != "" && (particles.has(w) || streetParticles.has(w)):
		default:
			return end
		}
		e = e2
	}
	return end
}

// Postcodes written with letters: the UK's (SW1A 2AA, M1 1AE, B33 8TH) and Canada's (M5V 3L9).
const (
	ukShape = `[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}`
	caShape = `[A-Z][0-9][A-Z] [0-9][A-Z][0-9]`
	ieShape = `(?:[ACDEFHKNPRTVWXY][0-9]{2}|D6W) [0-9ACDEFHKNPRTVWXY]{4}` // an Eircode: D08 XY12, A65 F4E2
)

var (
	ukPostcode = regexp.MustCompile(`^` + ukShape)
	caPostcode = regexp.MustCompile(`^` + caShape)
	// caPostcodeUnspaced is a Canadian postcode written without its space, as forms take it: only
	// after a province
	caPostcodeUnspaced = regexp.MustCompile(`^[A-Z][0-9][A-Z][0-9][A-Z][0-9]`)
	eircode            = regexp.MustCompile(`^` + ieShape)
	// townPostcodes are Canada's postcode and the Eircode, with their space or without, which
	// a street's town may have straight after it, no province or county between
	townPostcodes = []*regexp.Regexp{caPostcode, caPostcodeUnspaced, regexp.MustCompile(`^` + strings.Replace(ieShape, " ", "", 1))}
	// letterPostcodeEnds matches text that ends in any of them.
	letterPostcodeEnds = regexp.MustCompile(`(?:` + ukShape + `|` + caShape + `|` + ieShape + `)$`)
)

// hyphenedOn extends a town's word that ends at s[e] over the words a hyphen joins to it
// ("Nicolas" + "-la-Forêt", "Saint" + "-Étienne", "Cossy" + "-près-Alber"), and returns where
// they end.
func hyphenedOn(s string, e int) int {
	for e+1 < len(s) && s[e] == '-' && (isLetter(s[e+1]) || s[e+1] >= utf8.RuneSelf) {
		w, e2 := word(s, e+1)
		if w == "" || strings.HasSuffix(w, ".") {
			break
		}
		e = e2
	}
	return e
}

// townOpeners open a town's name of several words ("Saint William-sur-Mer", "San Pedro"), whose
// next word belongs to it where a town's one word would do.
var townOpeners = foldSet("saint sainte st ste san santa santo são sankt bad")

// dashedPostcode reads a postcode of a digits, a dash and b digits at s[i] (Japan's 150-0002,
// Brazil's 01304-001) and returns where it ends, or 0.
func dashedPostcode(s string, i, a, b int) int {
	end := i + a + 1 + b
	if end > len(s) || !allDigits(s[i:i+a]) || s[i+a] != '-' || !allDigits(s[i+a+1:end]) || end < len(s) && (isAlnum(s[end]) || s[end] == '-') {
		return 0
	}
	return end
}

// townPostcode reads one of townPostcodes at s[i] and returns where it ends, or 0.
func townPostcode(s string, i int) int {
	if i+2 >= len(s) || !isDigit(s[i+1]) {
		return 0 // each shape's second byte is a digit: a town's word is told without a regexp (stop 59: the town's loop asks at every word)
	}
	for _, shape := range townPostcodes {
		if z := letterPostcode(s, i, shape); z > 0 {
			return z
		}
	}
	return 0
}

// letterPostcode reads a postcode of shape at s[i] and returns where it ends, or 0.
func letterPostcode(s string, i int, shape *regexp.Regexp) int {
	if i >= len(s) || !isUpper(s[i]) {
		return 0
	}
	loc := shape.FindStringIndex(s[i:min(len(s), i+9)])
	if loc == nil || i+loc[1] < len(s) && isAlnum(s[i+loc[1]]) {
		return 0
	}
	return i + loc[1]
}

// lowerLocality reads a locality written in lower case at s[j], as chat writes addresses: one
// to three lower-case words, then a state abbreviation and a ZIP, a ZIP, or a UK postcode, in
// any case ("springfield il 62704", "london nw1 6xe"); without a postcode after them the words
// are not clearly a city ("14 elm street tomorrow"), and it returns 0.
func lowerLocality(s string, j int) int {
	if j < len(s) && isLower(s[j]) {
		// a UK postcode right after the street, no town between: "22 kingsland rd e2 8da" (stop 50)
		window := strings.ToUpper(s[j:min(len(s), j+9)])
		if z := letterPostcode(window, 0, ukPostcode); z > 0 && strings.IndexByte(window[:z], ' ') > 0 && (j+z == len(s) || !isAlnum(s[j+z])) {
			return j + z
		}
	}
	k, words := j, 0
	for words < 3 {
		w, e := word(s, k)
		if w == "" || !isLower(w[0]) || e >= len(s) || s[e] != ' ' && !(s[e] == ',' && e+2 < len(s) && s[e+1] == ' ' && isLower(s[e+2])) {
			break
		}
		words++
		k = e + 1
		if s[e] == ',' {
			k++ // a district and its town: "clapham, london sw11 1pl" (stop 49)
			continue
		}
		if st, e2 := word(s, k); len(st) == 2 && usStates[strings.ToUpper(st)] && e2+1 < len(s) && s[e2] == ' ' {
			if z := zipAt(s, e2+1); z > 0 {
				return z
			}
		}
		if st, e2 := word(s, k); len(st) >= 2 && len(st) <= 3 && e2+1 < len(s) && s[e2] == ' ' {
			up := strings.ToUpper(st)
			// Australia's state and postcode, Canada's province and postcode (stop 51): "bondi nsw 2026",
			// "toronto on m5c 1r6"
			if auStates[up] && digitsAt(s, e2+1) == 4 && (e2+5 == len(s) || !isAlnum(s[e2+5])) {
				return e2 + 5
			}
			if caProvinces[up] {
				window := strings.ToUpper(s[e2+1 : min(len(s), e2+8)])
				if z := letterPostcode(window, 0, caPostcode); z > 0 && (e2+1+z == len(s) || !isAlnum(s[e2+1+z])) {
					return e2 + 1 + z
				}
			}
		}
		if z := zipAt(s, k); z > 0 {
			return z
		}
		window := strings.ToUpper(s[k:min(len(s), k+9)]) // a UK postcode is at most 8 bytes
		if z := letterPostcode(window, 0, ukPostcode); z > 0 && (k+z == len(s) || !isAlnum(s[k+z])) {
			return k + z
		}
	}
	return 0
}

// dublinDistrict returns where a Dublin postal district after the city words s[j:k] ends
// ("Dublin 8", "Dublin 6W"), or 0.
func dublinDistrict(s string, j, k int) int {
	if k-j != 6 || s[j:k] != "Dublin" || k+2 > len(s) || s[k] != ' ' || !isDigit(s[k+1]) {
		return 0
	}
	e := k + 2
	if e < len(s) && isDigit(s[e]) {
		e++
	}
	if e < len(s) && s[e] == 'W' {
		e++
	}
	if e < len(s) && isAlnum(s[e]) {
		return 0
	}
	return e
}

// caProvinces are Canada's province and territory abbreviations.
var caProvinces = map[string]bool{"AB": true, "BC": true, "MB": true, "NB": true, "NL": true, "NS": true, "NT": true, "NU": true, "ON": true, "PE": true, "QC": true, "SK": true, "YT": true}

// usStateNames are the states' full names, lower case.
var usStateNames = wordSetLines("alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|" +
	"illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|" +
	"montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|" +
	"pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|" +
	"wisconsin|wyoming|district of columbia|puerto rico")

func wordSetLines(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		m[w] = true
	}
	return m
}

// USStateName reads a full US state name (one to three capitalised words: "Texas", "New
// Mexico", "District of Columbia") at s[i] and returns its end, or 0.
func USStateName(s string, i int) int { return stateName(s, i) }

// stateName reads a full US state name (one to three words) at s[i] and returns its end.
func stateName(s string, i int) int {
	end := 0
	k := i
	for n := 0; n < 3; n++ {
		w, e := word(s, k)
		if w == "" || !isCapital(w) && !(n > 0 && w == "of") {
			break
		}
		if usStateNames[strings.ToLower(s[i:e])] {
			end = e
		}
		if e >= len(s) || s[e] != ' ' {
			break
		}
		k = e + 1
	}
	return end
}

// stateZipFollows reports ", City, State ZIP" (or ST) after the street name ending at s[end].
func stateZipFollows(s string, end int) bool {
	j := end
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	l := locality(s, j)
	return l > j && zipEndsAt(s, l)
}

// zipEndsAt reports whether a ZIP code ends at s[end].
func zipEndsAt(s string, end int) bool {
	k := end
	for k > 0 && (isDigit(s[k-1]) || s[k-1] == '-') {
		k--
	}
	return zipAt(s, k) == end
}

func isCapital(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return isUpper(w[0])
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// zipAt reads a five-digit ZIP or postcode (with an optional +4) at s[i].
func zipAt(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 5 {
		j++
	}
	if j-i != 5 {
		return 0
	}
	if j+5 <= len(s) && s[j] == '-' && allDigits(s[j+1:j+5]) {
		j += 5
	}
	if j < len(s) && isAlnum(s[j]) {
		return 0
	}
	return j
}

// IsFeminineGermanStreet reports a word that one of German's feminine street kinds ends after a
// name ("Stiffelstr.", "Hafnerstrasse", "Kirchgasse", "Lindenallee"), which "auf der" and "in
// der" stand before.
func IsFeminineGermanStreet(w string) bool {
	return endsIn(w, feminineGermanSuffixes)
}

// feminineGermanSuffixes are the feminine kinds of germanSuffixes.
var feminineGermanSuffixes = []string{"straße", "strasse", "str.", "gasse", "allee", "chaussee"}

// compoundStreet reports a capitalised word that ends in a street suffix of the languages that
// join it to the name (Hauptstraße, Kungsgatan, Laugavegur), with a name before the suffix.
func compoundStreet(w string) bool {
	return endsIn(w, germanSuffixes)
}

// regionPostcode reads, after a street's city and its comma, a region of one or two capitalised
// words and a postcode of five digits ("Madrid 28901", "Gorontalo 21809"), as Spain, Italy and
// Indonesia end an address, and returns where the postcode ends, or 0.
func regionPostcode(s string, m int) int {
	k := m
	for words := 0; words < 3; words++ { // "Jawa Barat 40115", "Nusa Tenggara Timur 97179"
		w, e := word(s, k)
		if w == "" || !isCapital(w) || stopWords.has(w) || unitWords.has(w) {
			return 0
		}
		if e+6 <= len(s) && s[e] == ' ' && allDigits(s[e+1:e+6]) && (e+6 == len(s) || !isAlnum(s[e+6])) {
			return e + 6
		}
		if e >= len(s) || s[e] != ' ' {
			return 0
		}
		k = e + 1
	}
	return 0
}

// hyphenedSuffix reports a street suffix written as a word of its own after a hyphen and the
// name it joins ("Jean-Jaurès-Straße", "Konrad-Adenauer-Allee"), which joinAddressBlocks then
// takes in.
func hyphenedSuffix(s string, i, j int) bool {
	if i < 2 || s[i-1] != '-' || !(isLetter(s[i-2]) || s[i-2] >= 0x80) || !isCapital(s[i:j]) {
		return false
	}
	for _, suf := range germanSuffixes {
		if strings.EqualFold(s[i:j], suf) {
			return true
		}
	}
	return j < len(s) && s[j] == '.' && strings.EqualFold(s[i:j], "str") // "Kaiser-Wilhelm-Str. 12": the word stops before its period
}

// numberFirstSuffixes are the suffixes of compoundStreet that end no English word, which a house
// number may come before (4 Laugavegur, 12 Kungsgatan; not 10 Engineering, 3 Colgate, 2 Brigade).
var numberFirstSuffixes = slices.DeleteFunc(slices.Clone(germanSuffixes), func(s string) bool {
	return s == "ring" || s == "weg" || s == "gade" || s == "str." || s == "ufer" || s == "steig"
})

// endsIn reports a capitalised word that ends in one of suffixes, with a name before it.
func endsIn(w string, suffixes []string) bool {
	return isCapital(w) && endsInAnyCase(w, suffixes) // German nouns, street names among them, are capitalised
}

// endsInAnyCase is endsIn for a word in any case: a street written in lower case where the words
// before it say one lives there ("ich wohne in der gartenstraße 7"; stop 50).
func endsInAnyCase(w string, suffixes []string) bool {
	if len(w) < 2 || !germanEnds.has(lowerByte[w[len(w)-2]], lowerByte[w[len(w)-1]]) {
		return false
	}
	for _, suf := range suffixes {
		if len(w) > len(suf)+2 && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// abbreviatedStrasse reports a capitalised word ending in "str" with its period after it, as
// German abbreviates "Straße" ("Kargestr. 297", "Hauptstr. 5"): the word at s[i:j] stops before
// the period, which compoundStreet's "str." suffix never sees.
func abbreviatedStrasse(s string, i, j int) bool {
	return j-i > 5 && j < len(s) && s[j] == '.' && isCapital(s[i:j]) && strings.EqualFold(s[j-3:j], "str")
}

// germanStreet reads "Hauptstraße 5" or "Musterweg 12a, 10115 Berlin" where the word s[i:j] ends
// in a German street suffix.
func germanStreet(s string, i, j int) (int, bool) {
	if !compoundStreet(s[i:j]) && !hyphenedSuffix(s, i, j) && !abbreviatedStrasse(s, i, j) &&
		!(isLower(s[i]) && endsInAnyCase(s[i:j], germanSuffixes) && residenceAnnounced(s, i)) {
		return 0, false
	}
	return germanNumber(s, j)
}

// slavicStreet reads a street of Czech, Slovak, Croatian, Serbian or Slovene named by an
// adjective alone, as they name most of them, at s[i:j]: a capitalised word ending in "-ova",
// "-ová", "-ska", "-ská", "-cka" or "-cká", a house number (houseNumber) and a comma before the
// capitalised town ("Platanová 38, Švedlár",
// "Nemetova 2a/8, Otok", "Hrobárska 42, Nižná Slaná", "Dejvická 5, Praha"; stop 63: they had gone
// upstream). It returns where the number ends.
func slavicStreet(s string, i, j int) (int, bool) {
	if j-i < 5 || !isUpper(s[i]) || !slavicAdjective(s[i:j]) {
		return 0, false
	}
	if j+1 >= len(s) || s[j] != ' ' {
		return 0, false
	}
	k := houseNumber(s, j+1)
	if k == j+1 || k+2 >= len(s) || s[k] != ',' || s[k+1] != ' ' {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(s[k+2:]); !unicode.IsUpper(r) {
		return 0, false
	}
	return k, true
}

// slavicAdjective reports a word ending in one of slavicStreet's adjectives' endings.
func slavicAdjective(w string) bool {
	n := len(w)
	switch {
	case w[n-3:] == "ova", w[n-3:] == "ska", w[n-3:] == "cka":
		return true
	case n >= 6 && w[n-2:] == "á": // "á" is two bytes
		return w[n-4:n-2] == "ov" || w[n-4:n-2] == "sk" || w[n-4:n-2] == "ck"
	}
	return false
}

// germanStreetWords are German's street words written apart, after an adjective or a name:
// "Berliner Straße 5", "Rosenheimer Str. 112", "Kaiser Wilhelm Allee 3".
var germanStreetWords = foldSet("straße strasse str weg gasse platz allee chaussee") // not "Ring", which English writes apart too ("Diamond Ring 14k")

// germanStreetApart reads a street whose German street word stands apart at s[i:j], after a
// capitalised word ("Berliner Straße 5", "Rosenheimer Str. 112, 81669 München"), and returns the
// street's start and end; the compound form ("Hauptstraße 5") is germanStreet's.
func germanStreetApart(s string, i, j int) (int, int, bool) {
	if i < 5 || s[i-1] != ' ' || !isUpper(s[i]) || !germanStreetWords.has(s[i:j]) || strings.EqualFold(s[i:j], "str") && (j >= len(s) || s[j] != '.') {
		return 0, 0, false
	}
	a := i - 1
	for a > 0 && (isLetterByte(s[a-1]) || s[a-1] == '-') {
		a--
	}
	if w := s[a : i-1]; len(w) < 4 || !isCapital(w) || stopWords.has(w) {
		return 0, 0, false
	}
	end, ok := germanNumber(s, j)
	return a, end, ok
}

// germanNumber reads the house number after a German street's word ending at s[j] (its period,
// a space, up to four digits, a letter, a slash's second number) and the locality after it.
func germanNumber(s string, j int) (int, bool) {
	k := j
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k+1 < len(s) && s[k] == ' ' {
		if d := houseNumberMark(s, k+1); d > k+1 {
			k = d - 1 // the number after its mark: "in der Hauptstraße Nr. 5" (stop 57)
		}
	}
	if k >= len(s) || s[k] != ' ' || k+1 >= len(s) || !isDigit(s[k+1]) {
		return 0, false
	}
	k = houseNumber(s, k+1)
	if k < len(s) && isAlnum(s[k]) {
		return 0, false
	}
	return locality(s, doorAfterNumber(s, k)), true
}

// houseNumber reads a European house number from its first digit at s[k]: up to four digits, a
// letter or "bis" or "ter", a slash's second number and a suffix (houseSuffix), and returns where
// it ends (k when no digit is there).
func houseNumber(s string, k int) int {
	n := k
	for k < len(s) && isDigit(s[k]) && k-n < 4 {
		k++
	}
	if k == n {
		return k
	}
	if k < len(s) && isLetter(s[k]) && (k+1 >= len(s) || !isAlnum(s[k+1])) {
		k++
	} else if k+3 <= len(s) && (s[k:k+3] == "bis" || s[k:k+3] == "ter") && (k+3 == len(s) || !isAlnum(s[k+3])) {
		k += 3 // "Oudegracht 231bis, 3511 NS Utrecht" (stop 51)
	}
	return houseSuffix(s, slashNumber(s, k))
}

// houseSuffix reads what Dutch, German and Belgian addresses write after a house number, at s[k]:
// a hyphen and up to four letters or digits (a floor, a flat or a range: "Prinsengracht 263-1",
// "Keizersgracht 12-H", "Hauptstr. 5-7", "12-hs"), or a space and Dutch's "hs" (huis) or "bis",
// and returns where it ends; k when there is none (stop 34: the postcode after such a number
// had gone upstream, the street ending at its number).
func houseSuffix(s string, k int) int {
	if k+1 < len(s) && s[k] == '-' && isAlnum(s[k+1]) {
		e := k + 1
		for e < len(s) && isAlnum(s[e]) && e-k <= 4 {
			e++
		}
		if e-k <= 4 && (e >= len(s) || !isAlnum(s[e])) {
			return e
		}
		return k
	}
	if k+3 <= len(s) && s[k] == ' ' {
		e := k + 3
		if s[k+1:e] != "hs" {
			e++
			if e > len(s) || s[k+1:e] != "bis" {
				return k
			}
		}
		if e >= len(s) || !isAlnum(s[e]) {
			return e
		}
	}
	return k
}

// nordicStreetWords end a Norwegian, Danish or Swedish street written as words of its own, in
// lower case after a name in the genitive ("Karl Johans gate", "Kongens vei", "Olav Kyrres
// plass"); most are written as one word (germanSuffixes).
var nordicStreetWords = map[string]bool{"gate": true, "gata": true, "gatan": true, "vei": true, "veg": true, "vej": true, "gade": true,
	"plass": true, "plads": true, "torg": true, "väg": true, "vägen": true, "allé": true}

// nordicPostcodeAfter reports ", " (or a space), four digits and a capitalised town at s[d]:
// "…12, 0154 Oslo", "…3, 2100 København Ø".
func nordicPostcodeAfter(s string, d int) bool {
	if d+1 < len(s) && s[d] == ',' {
		d++
	}
	if d+6 >= len(s) || s[d] != ' ' || !isDigit(s[d+1]) || !isDigit(s[d+2]) || !isDigit(s[d+3]) || !isDigit(s[d+4]) || s[d+5] != ' ' {
		return false
	}
	w, _ := word(s, d+6)
	return isCapital(w)
}

// trailingStreet reads "Piroska u. 97." or "Kossuth Lajos utca 12" at s[i:j]: up to three
// capitalised words, a word of trailingStreetWords (or a Nordic street's word after a genitive,
// with its postcode and town after the number), and the number.
func trailingStreet(s string, i, j int) (int, bool) {
	if !isCapital(s[i:j]) {
		return 0, false
	}
	k := j
	for n := 0; n < 4; n++ {
		if k+1 >= len(s) || s[k] != ' ' {
			return 0, false
		}
		w, e := word(s, k+1)
		if w == "" {
			return 0, false
		}
		dotted := e
		if dotted < len(s) && s[dotted] == '.' {
			dotted++
		}
		prev := s[i:k]
		nordic := strings.HasSuffix(prev, "s") && nordicStreetWords[w] // "Karl Johans gate 12, 0154 Oslo"
		if (w == "g" || w == "pr" || w == "al" || w == "pl") && !lithuanianGenitive(prev) {
			return 0, false // Lithuania's "g." and "pr." after a name in the genitive only (stop 48): "Gedimino pr. 9", not "Dr. Smith pr. 9"
		}
		if trailingStreetWords.has(s[k+1:dotted]) || trailingStreetWords.has(w) && w != "u" || nordic {
			if dotted+1 < len(s) && s[dotted] == ' ' && !nordic {
				dotted = turkishNo(s, dotted+1) - 1 // "Bağdat Cad. No:214": the number after its "No:"
			}
			if dotted+1 >= len(s) || s[dotted] != ' ' && s[dotted] != ':' && s[dotted] != '.' || !isDigit(s[dotted+1]) {
				return 0, false
			}
			d := dotted + 1
			for d < len(s) && isDigit(s[d]) && d-dotted <= 5 {
				d++
			}
			if d < len(s) && isLetter(s[d]) && (d+1 == len(s) || !isAlnum(s[d+1])) { // 12a
				d++
			}
			if d+1 < len(s) && (s[d] == '/' || s[d] == '-' && !nordic) && isDigit(s[d+1]) { // a door after a slash: "No: 45/3" (stop 51); a flat after a hyphen, as the Baltic states write it: "Brīvības iela 21-5", "Gedimino pr. 9-12" (stop 54)
				f := d + 1
				for f < len(s) && isDigit(s[f]) && f-d <= 3 {
					f++
				}
				if f == len(s) || !isAlnum(s[f]) && s[f] != '/' && s[f] != '-' {
					d = f
				}
			}
			if d < len(s) && isAlnum(s[d]) {
				return 0, false
			}
			if d+1 < len(s) && s[d] == '.' && !isAlnum(s[d+1]) || d+1 == len(s) && s[d] == '.' { // 97.
				d++
			}
			d = turkishFlat(s, d) // "No:214 D:7", "No: 5 Kat: 3 Daire: 12"
			if nordic && !nordicPostcodeAfter(s, d) {
				return 0, false // "Departures gate 12": a street so written needs its postcode and town
			}
			if t := turkishTown(s, d); t > d {
				return t, true // "Bağdat Cad. No: 45 Kadıköy/İstanbul", "… D: 4 34750 Ataşehir/İstanbul" (stop 48)
			}
			return locality(s, d), true
		}
		if !isCapital(w) {
			return 0, false
		}
		k = e
		if w == "Mah" && k+1 < len(s) && s[k] == '.' && s[k+1] == ' ' {
			k++ // a neighbourhood's "Mah." before the street, its name before it (stop 48): "Atatürk Mah. Cumhuriyet Sok. No: 12"
		}
	}
	return 0, false
}

// lithuanianGenitive reports a street's name in Lithuanian's genitive, which "g." (gatvė) and
// "pr." (prospektas) follow: its last word ends as the genitive does ("Gedimino", "Vilniaus",
// "Laisvės", "Pilies", "Žalgirio").
func lithuanianGenitive(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for _, end := range [...]string{"o", "aus", "ės", "ies", "ų", "os", "ys"} {
		if strings.HasSuffix(last, end) && len(last) > len(end)+2 {
			return true
		}
	}
	return false
}

// slashedTown reads the city after a district and a slash at s[e], as Turkey writes them
// ("Kadıköy/İstanbul"), and returns where it ends, or e.
func slashedTown(s string, e int) int {
	if e+1 < len(s) && s[e] == '/' {
		if w, f := word(s, e+1); w != "" && isCapital(w) {
			return f
		}
	}
	return e
}

// turkishTown reads, after a Turkish street's number and flat at s[d], a district and its city
// joined by a slash, a five-digit postcode before them or not, a comma before them or not ("
// 34750 Ataşehir/İstanbul", " Kadıköy/İstanbul", ", 06420 Çankaya/Ankara"), and returns where
// they end, or d.
func turkishTown(s string, d int) int {
	k := d
	if k+1 < len(s) && s[k] == ',' && s[k+1] == ' ' {
		k++ // after a comma: "No: 45/3, 06420 Çankaya/Ankara" (stop 51)
	}
	if k+7 < len(s) && s[k] == ' ' && digitsAt(s, k+1) == 5 && s[k+6] == ' ' {
		k += 6
	}
	if k+1 >= len(s) || s[k] != ' ' {
		return d
	}
	w, e := word(s, k+1)
	if w == "" || !isCapital(w) || e >= len(s) || s[e] != '/' {
		return d
	}
	if t := slashedTown(s, e); t > e {
		return t
	}
	return d
}

// turkishNo returns where the house number starts after a Turkish street's word when "No:",
// "No." or "No" (any case) stands before it at s[at] ("Bağdat Cad. No:214", "Atatürk Cd. No. 15"),
// or at when it does not.
func turkishNo(s string, at int) int {
	if at+3 >= len(s) || s[at]|0x20 != 'n' || s[at+1]|0x20 != 'o' {
		return at
	}
	k := at + 2
	if s[k] == ':' || s[k] == '.' {
		k++
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k == at+2 || k >= len(s) || !isDigit(s[k]) {
		return at
	}
	return k
}

// turkishFlat reads a Turkish address's floor and flat after its house number at s[d] ("D:7",
// "D.7", "Daire 12", "K:3", "Kat: 3", each after a space) and returns where they end, or d.
func turkishFlat(s string, d int) int {
	for n := 0; n < 2 && d+3 < len(s) && s[d] == ' '; n++ {
		w, e := word(s, d+1)
		if w != "D" && w != "Daire" && w != "K" && w != "Kat" {
			break
		}
		if e < len(s) && (s[e] == ':' || s[e] == '.') {
			e++
		}
		for e < len(s) && s[e] == ' ' {
			e++
		}
		f := e
		for f < len(s) && isDigit(s[f]) && f-e < 4 {
			f++
		}
		if f == e || f < len(s) && isAlnum(s[f]) {
			break
		}
		d = f
	}
	return d
}

// abbreviatedRua reads Portugal's "R. de Lourenço, 92" from the space after "R.": "de" (or its
// like), capitalised words and particles, a comma, the house number and a comma or the line's
// end, then the postcode and city. A person's initial and name ("R. de Souza, 42 years old",
// "R. de Souza wrote") is not read: the number must stand alone between commas.
func abbreviatedRua(s string, k int) (int, bool) {
	for n := 0; n < 6 && k < len(s) && s[k] == ' '; n++ {
		w, e := word(s, k+1)
		if w == "" || !isCapital(w) && !particles.has(w) {
			return 0, false
		}
		k = e
		if k+2 < len(s) && s[k] == ',' && s[k+1] == ' ' && isDigit(s[k+2]) {
			d := k + 2
			for d < len(s) && isDigit(s[d]) && d-k-2 < 5 {
				d++
			}
			if d < len(s) && s[d] != ',' && s[d] != '\n' || n == 0 {
				return 0, false
			}
			return locality(s, d), true
		}
	}
	return 0, false
}

// portugueseOf reports "de", "da", "do", "dos" or "das" and a capitalised word at s[i].
func portugueseOf(s string, i int) bool {
	w, e := word(s, i)
	switch w {
	case "de", "da", "do", "dos", "das":
		if e+1 >= len(s) || s[e] != ' ' {
			return false
		}
		n, _ := word(s, e+1)
		return isCapital(n)
	}
	return false
}

// noNumberAt returns where Spanish's and Portuguese's "S/N" (sin número, sem número: no house
// number) at s[i] ends, a comma, a space or the text's end after it; 0 when there is none.
func noNumberAt(s string, i int) int {
	if i+3 > len(s) || (s[i] != 'S' && s[i] != 's') || s[i+1] != '/' || (s[i+2] != 'N' && s[i+2] != 'n') {
		return 0
	}
	if i+3 < len(s) && isAlnum(s[i+3]) {
		return 0
	}
	return i + 3
}

// houseNumberMark returns where the digit after a house number's mark at s[i] begins ("No. 12",
// "No 12", "Nr. 5", "nº 7", "Nro. 1234"), or i when there is none.
func houseNumberMark(s string, i int) int {
	for _, m := range []string{"No. ", "No ", "no. ", "Nr. ", "nr. ", "Nº ", "nº ", "N° ", "n° ", "Nro. ", "N.º ", "NO. ", "NR. ", "n. "} { // (in capitals as an ID card prints them, "JL. KEBON JERUK RAYA NO. 27", stop 49; Italy's "n.", "Via Roma n. 12", stop 57)
		if strings.HasPrefix(s[i:], m) && i+len(m) < len(s) && isDigit(s[i+len(m)]) {
			return i + len(m)
		}
	}
	return i
}

// dottedInitial reports the period after a capital initial at s[k] with the next initial right
// after it, as Indonesia writes a street named after a titled person: "Jalan K.H. Wahid Hasyim
// No. 7", "Gang M.T Haryono No. 123".
func dottedInitial(s string, k int) bool {
	return k >= 1 && k+1 < len(s) && s[k] == '.' && isUpper(s[k-1]) && isUpper(s[k+1]) && (k < 2 || !isLetter(s[k-2]))
}

// particleAfter reports a space and a particle at s[k] ("de", "du", "des", …).
func particleAfter(s string, k int) bool {
	if k+1 >= len(s) || s[k] != ' ' {
		return false
	}
	w, _ := word(s, k+1)
	return particles.has(w)
}

// numberedLeaders lead a street named by its number only, with the house number after its mark
// (numberedStreet): Colombia's abbreviated vias and the words for a transversal and a diagonal.
var numberedLeaders = foldSet("cra cr kr kra cl cll dg tv tr transversal carrera")

// numberedStreet reads a street named by a number at s[i:j], its leading word, as Spanish-speaking
// America writes the grid of La Plata or Bogotá, with the house number after its mark: "Calle 8
// N° 659 Dto. 7", "Av. 3 N° 53 Oficina 88, La Rioja 5300", "Diagonal 3 N° 839" (the via's
// letter, ordinal mark or "Bis" between: "Calle 45A Bis Nro. 12"). A plate after the mark,
// "Carrera 7 No. 71-21", is Colombia's, which colombianAddress reads from the plate back.
func numberedStreet(s string, i, j int) (int, bool) {
	k := j
	if k < len(s) && s[k] == '.' {
		k++
	}
	if k+1 >= len(s) || s[k] != ' ' || !isDigit(s[k+1]) {
		return 0, false
	}
	k++
	d := digitsAt(s, k)
	if d > 3 {
		return 0, false
	}
	k += d
	if k+1 < len(s) && s[k] == 0xC2 && (s[k+1] == 0xAA || s[k+1] == 0xBA) { // 8ª, 3º
		k += 2
	} else if k < len(s) && isUpper(s[k]) && (k+1 == len(s) || !isAlnum(s[k+1])) { // 45A
		k++
	}
	if strings.HasPrefix(s[k:], " Bis ") {
		k += 4
	}
	if k >= len(s) || s[k] != ' ' {
		return 0, false
	}
	m := houseNumberMark(s, k+1)
	if m == k+1 {
		return 0, false
	}
	if w := s[i:j]; !streetLeaders.has(w) && !abbreviatedLeaders.has(w) && !numberedLeaders.has(w) || periodLeaders.has(w) {
		return 0, false // (the leader asked last: most words before a number have no mark after it)
	}
	e := houseNumberEnd(s, m)
	if e < len(s) && (isAlnum(s[e]) || s[e] == '-') {
		return 0, false
	}
	return lineLocality(s, units(s, e)), true
}

// lineLocality is locality, and where the street's line ends at s[e], the postcode and town on
// the next line, either first ("S/N⏎6909-111 Marco de Canaveses") or the town first with a postcode
// of four or five digits after it ("N° 53⏎Mendoza 5500"; stop 36).
func lineLocality(s string, e int) int {
	if e >= len(s) || s[e] != '\n' && s[e] != '\r' {
		return locality(s, e)
	}
	j := e
	if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
		j++
	}
	if end := nextLineLocality(s, e, j); end > j+1 {
		return end
	}
	k := townWords(s, j+1, 4) // the town first, then the postcode
	if d := digitsAt(s, k+1); k > 0 && k+1 < len(s) && s[k] == ' ' && (d == 4 || d == 5) && (k+1+d == len(s) || !isAlnum(s[k+1+d])) && !yearLike(s[k+1:k+1+d]) {
		return k + 1 + d
	}
	return e
}

// viaNameWord reports a word of an Italian street's name after "via" in lower case, as English
// writes its preposition: a capitalised word that is no initialism ("via Roma", "via Garibaldi";
// not "via UPS", "via ED") or a particle ("via dei Mille", "via di San Gallo"); in a line written
// all in lower case, any word ("abito in via roma 12 a torino").
func viaNameWord(w string) bool {
	if isUpper(w[0]) {
		return len(w) == 1 || !isUpper(w[1])
	}
	return italianParticles.has(w)
}

var italianParticles = foldSet("di del della dei degli delle dello de d' da dal dalla al alla san santa santo sant")

// viaStreetEnd reports what may follow the house number of a street after "via" in lower case at
// s[e]: the text's or the line's end, a mark, a flat's word or a town, not a word of English
// ("via FedEx Ground 12 days").
func viaStreetEnd(s string, e int) bool {
	if e+1 >= len(s) || s[e] != ' ' || !isLower(s[e+1]) {
		return true
	}
	w, _ := word(s, e+1)
	return italianParticles.has(w) || w == "a" || w == "in" || w == "int" || w == "interno" || w == "scala" || w == "piano"
}

// leadingStreet reads "Calle Mayor 5", "Via Roma 12" where the word at s[i] leads a street name
// and the number follows, after its mark where it has one ("Jalan Merdeka No. 12").
func leadingStreet(s string, i, j int) (int, bool) {
	k := j
	abbreviated := abbreviatedLeaders.has(s[i:j])
	// Spain's "C/" for calle, as letters and forms write it: "C/ Mayor 12, 3º B"
	slashed := (s[i:j] == "C" || s[i:j] == "c") && k+2 < len(s) && s[k] == '/' && s[k+1] == ' ' && isUpper(s[k+2]) // and in lower case: "c/ San Francisco 35" (stop 46)
	if abbreviated && periodLeaders.has(s[i:j]) && !slashed && (k >= len(s) || s[k] != '.' || i >= 3 && s[i-3:i] == "et ") {
		return 0, false // Poland's "al." with its period, not a citation's "et al."
	}
	if s[i:j] == "Jr" && i >= 2 && s[i-1] == ' ' && isLetter(s[i-2]) && !jironAfter.has(jironWordBefore(s, i-1)) {
		return 0, false // Peru's jirón opens its line or follows a mark ("domicilio: Jr. Junín 456"), never a name as "Junior" does; a comma, a unit or the line's end follows its number, as Spain's "C." does
	}
	if slashed {
		k++ // past the slash, to the space before the name
	} else if abbreviated && k < len(s) && s[k] == '.' {
		k++ // Av. Insurgentes Sur 1602, Avda. de la Constitución 3
	} else if abbreviated && isUpper(s[i]) && k+1 < len(s) && s[k] == ' ' && (isCapital(s[k+1:]) || portugueseOf(s, k+1)) {
		// without its period, capitalised, before a capitalised name: "Av Moreira, 28", "Jl
		// Merdeka No 12", "Av das Rolas, 6", "Av Érica Teixeira, 21" (a lower-case "av" is
		// Swedish's "of")
	} else if s[i:j] == "R" && k+1 < len(s) && s[k] == '.' && s[k+1] == ' ' && portugueseOf(s, k+2) {
		return abbreviatedRua(s, k+1)
	} else if !streetLeaders.has(s[i:j]) && !nameFirstLeaders.has(s[i:j]) {
		return 0, false
	}
	named := false  // a capitalised word of the street's name read
	marked := false // the house number came after its mark (No., N°)
	last := ""      // the last word of the name read
	for n := 0; n < 5 && k < len(s) && (s[k] == ' ' || n > 0 && (s[k] == ',' || dottedInitial(s, k))); n++ {
		if s[k] == ',' { // Av. Paulista, 1578: Portuguese and Spanish put a comma before the number
			if e := postcodeTownAfter(s, k); named && e > 0 {
				return e, true // no number, but the postcode and town: "chemin Duval, 37675 Lévy-sur-Lopes"
			}
			if k+2 >= len(s) || s[k+1] != ' ' || !isDigit(s[k+2]) && noNumberAt(s, k+2) == 0 {
				break
			}
			k++
		}
		if n > 0 && k+1 < len(s) {
			if e := noNumberAt(s, k+1); e > 0 { // "Praça Edgar Cardoso, S/N, 7204-888 Santarém": a street without a number
				return lineLocality(s, e), true
			}
			if d := houseNumberMark(s, k+1); d > k+1 {
				k, marked = d-1, true // Jalan Merdeka No. 12, Gang Mawar No. 5: the number after its mark
			}
		}
		if k+1 < len(s) && isDigit(s[k+1]) {
			e := k + 1
			for e < len(s) && isDigit(s[e]) && e-k < 5 {
				e++
			}
			if isUpper(s[i]) && (e+1 < len(s) && isLetter(s[e]) && s[e] < 0x80 && !isAlnum(s[e+1]) || e+1 == len(s) && isLetter(s[e])) {
				e++ // a house number's letter after a capitalised leader: "Ulica talcev 7a", "Calle Mayor 8B"
			}
			if e < len(s) && isAlnum(s[e]) || date(s, k+1) > 0 {
				return 0, false // a word, or a date: "admitted via ED 2026-02-28"
			}
			if n == 0 {
				return 0, false
			}
			if !marked && last != "" && isLower(last[0]) && !particles.has(last) && !streetParticles.has(last) && yearLike(s[k+1:e]) {
				return 0, false // a year after a word of the sentence: "habite avenue Victor Hugo depuis 2010" (stop 61)
			}
			if s[i:j] == "via" && !viaStreetEnd(s, e) {
				return 0, false // "shipped via FedEx Ground 12 days" (stop 51)
			}
			if (s[i:j] == "C" && !slashed || s[i:j] == "Jr") && e < len(s) && s[e] != ',' && s[e] != '\n' && s[e] != '\r' && units(s, e) == e {
				return 0, false // "C. Johnson 3 times": an initial; "Jr. Smith scored 45 points": a junior
			}
			if e+1 < len(s) && s[e] == '/' && isDigit(s[e+1]) { // a flat after the house number: "aleja Nadrzeczna 14/97"
				f := e + 1
				for f < len(s) && isDigit(s[f]) && f-e <= 4 {
					f++
				}
				if f == len(s) || !isAlnum(s[f]) && s[f] != '/' && (s[f] != '.' || f+1 == len(s) || !isAlnum(s[f+1])) {
					e = f // (and the sentence's full stop after it, stop 59: "dom przy ulica Pocztowa 30/79.")
				}
			}
			if k >= 2 && strings.EqualFold(s[k-2:k], "km") && e+1 < len(s) && s[e] == ' ' {
				// a road's kilometre before the house's number, as Indonesia writes it (stop 51): "Jl.
				// Kaliurang KM 5 No. 12, Sleman" had left the number and the town upstream
				if d := houseNumberMark(s, e+1); d > e+1 {
					if f := houseNumberEnd(s, d); f == len(s) || !isAlnum(s[f]) {
						e, marked = f, true
					}
				}
			}
			if marked {
				return lineLocality(s, units(s, e)), true // "Av. Alem N° 53⏎Mendoza 5500": the town on the next line
			}
			return locality(s, units(s, e)), true // "Calle Mayor 8 Piso 9, Ceuta"
		}
		w, e := word(s, k+1)
		if w == "" {
			break
		}
		k, last = e, w
		if s[i:j] == "via" && !viaNameWord(w) && !(isLower(w[0]) && lowerLine(s, i, j)) {
			return 0, false // English's "via": "pledge $500 via Amex ending 1009", "shipped via UPS Ground 12" (stop 51)
		}
		if k+2 < len(s) && s[k] == '.' && s[k+1] == ' ' && len(w) <= 5 && isUpper(w[0]) && isUpper(s[k+2]) {
			k++ // an initial or an abbreviation inside the street's name: "Jalan S. Parman No. 2", "Gg. Moch. Ramdan No. 1"
		}
		named = named || isCapital(w)
	}
	// a street named without a number, the rest of its address after it: "rue Klein⏎21305 Saint
	// Alain-la-Forêt", "Jardim Mendonça, Vila Cemig, 06400917 Alves de Sales / PE"
	if named && k < len(s) && (s[k] == ',' || s[k] == '\n' || s[k] == '\r') {
		if e := brazilTail(s, k); e > 0 {
			return e, true
		}
		if e := postcodeTownAfter(s, k); e > 0 {
			return e, true
		}
	}
	return 0, false
}
