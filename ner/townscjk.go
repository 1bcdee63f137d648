package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Towns in Chinese, Japanese and Korean by their administrative suffix (stop 30). These scripts
// write no capitals and no spaces between words (Korean writes them between phrases), so a town
// the gazetteers lack has only its suffix to go by, a city's, a county's or a ward's (沈阳市,
// 淑华县, 横浜市緑区, 속초시), and a word of place before or after it: 住在, 来自, 去 and 位于 in
// Chinese, に住, 出身, 在住 and から in Japanese, 에 살고, 에서 왔 and 출신 in Korean.

// hanSuffixes end a town's or a district's name in Chinese and Japanese.
const hanSuffixes = "市县縣区區省镇鎮町村郡府県"

// hanCuesBefore put a town after them in Chinese ("住在沈阳市", "来自兰州县", "现在在洁市工作").
var hanCuesBefore = []string{"住在", "来自", "來自", "位于", "位於", "出生于", "出生於", "生于", "搬到", "迁往", "前往", "回到",
	"在", "去", "到", "从", "從", "自", "于", "於",
	// and Japanese's topic of a home, an address, a birthplace or a workplace before it (stop 57:
	// "実家は神津島村です", "my parents' home is …")
	"実家は", "自宅は", "住所は", "出身は", "出身地は", "生まれは", "勤務地は", "住まいは"}

// hanCuesAfter follow a town in Japanese ("横浜市に住んでいます", "八街市出身", "匝瑳市在住").
var hanCuesAfter = []string{"に住", "に在住", "出身", "在住", "から", "に出張", "生まれ", "へ"}

// hanTimeWords end a run of Han characters before a town: "来週八街市に出張".
var hanTimeWords = []string{"来週", "今週", "先週", "毎週", "明日", "今日", "昨日", "毎日", "来月", "今月", "先月", "下周", "上周", "本周", "明天", "今天", "昨天"}

// hanStops are words that end in a town's suffix and are no town: a supermarket, a city, a
// market, a district, a region, a village in general.
var hanStops = wordSet("超市 城市 都市 股市 夜市 上市 门市 門市 菜市 黑市 早市 闹市 鬧市 本市 该市 該市 全市 市区 市區 " +
	"小区 小區 地区 地區 社区 社區 园区 園區 景区 景區 校区 校區 郊区 郊區 山区 山區 城区 城區 禁区 禁區 辖区 轄區 市内 " +
	"节省 節省 反省 全省 本省 外省 乡村 鄉村 农村 農村 城镇 城鎮 郡县 郡縣 本县 该县 全县 市町村 都道府県 政府")

// hanStopTails are the hanStops that end no town's name either ("大超市", a big supermarket), where
// a town may end in 城市 or 地区 (稲城市, 华北地区).
var hanStopTails = wordSet("超市 股市 夜市 菜市 黑市 早市 闹市 鬧市 小区 小區 社区 社區 园区 園區 景区 景區 校区 校區 郊区 郊區 " +
	"禁区 禁區 辖区 轄區 农村 農村 乡村 鄉村")

// hanTowns finds towns of Han characters ending in one of hanSuffixes: one to four characters
// before the suffix, after a word of place (hanCuesBefore) or before one (hanCuesAfter), or a
// city the lists know before the suffix (横浜市); a district's name and suffix right after a
// town's join it (横浜市緑区, 夷隅郡御宿町).
func hanTowns(text string) []redact.Finding {
	var out []redact.Finding
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(hanSuffixes, r) || i == 0 {
			i += n
			continue
		}
		start, cued := hanRunBefore(text, i)
		if start == i {
			i += n
			continue
		}
		end := i + n
		for { // a district after the town: 市緑区, 郡御宿町
			e, ok := hanDistrictAt(text, end)
			if !ok {
				break
			}
			end = e
		}
		name := text[start:i]
		whole := text[start:end]
		if hanStops[whole] || hanStops[text[start:i+n]] || hanStopTails[lastRunes(text[start:i+n], 2)] {
			i += n
			continue
		}
		if !cued && !hasAnyPrefix(text[end:], hanCuesAfter) && !slices.Contains(nativeCities, name) {
			i += n
			continue
		}
		out = append(out, redact.Finding{Type: redact.Location, Start: start, End: end, Score: shapeScore, Source: redact.SourceModel})
		i = end
	}
	return out
}

// hanRunBefore walks back from text[i] over up to four Han characters, stopping after a word of
// place (cued) or a time word, or at any other character (a suffix's character may be the name's:
// 羽村市); it returns where the run starts.
func hanRunBefore(text string, i int) (start int, cued bool) {
	start = i
	for n := 0; n < 4 && start > 0; n++ {
		if hasAnySuffix(text[:start], hanCuesBefore) {
			return start, true
		}
		if hasAnySuffix(text[:start], hanTimeWords) {
			return start, false
		}
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.Is(unicode.Han, r) {
			return start, false
		}
		start -= size
	}
	return start, hasAnySuffix(text[:start], hanCuesBefore)
}

// hanDistrictAt reads one to three Han characters and a suffix at text[i:] (緑区 after 横浜市):
// the end, and whether there is one.
func hanDistrictAt(text string, i int) (int, bool) {
	j := i
	for n := 0; n < 4 && j < len(text); n++ {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.Is(unicode.Han, r) {
			return 0, false
		}
		j += size
		if strings.ContainsRune(hanSuffixes, r) {
			if n == 0 {
				return 0, false
			}
			return j, true
		}
	}
	return 0, false
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasAnySuffix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// lastRunes is the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// koreanTownSuffixes end a town's, a county's or a district's name in Korean: 시, 군, 구, 도, 읍, 면.
var koreanTownSuffixes = []string{"시", "군", "구", "도", "읍", "면"}

// koreanCitySuffixes end the name of a city, a county or a province, which a district's name may
// follow: 용인시 수지구.
var koreanCitySuffixes = []string{"시", "군", "도"}

// koreanPlaceParticles follow a place: 에 (at, in), 에서 (from, at), 로 and 으로 (to).
var koreanPlaceParticles = []string{"에서", "으로", "에", "로"}

// koreanCopulas end a sentence that says what its topic is, written onto the noun: "입니다", "이에요",
// "예요", "이다".
var koreanCopulas = []string{"입니다", "이에요", "예요", "이다"}

// koreanHomeTopics are the topics of a hometown, an address or a residence before it: "고향은",
// "주소는", "거주지는", "출신지는", "사는 곳은" (its last word).
var koreanHomeTopics = wordSet("고향은 고향이 주소는 거주지는 출신지는 곳은")

// koreanPlaceVerbs follow a place and its particle: living, coming, moving, being there.
var koreanPlaceVerbs = []string{"살", "거주", "왔", "이사", "있", "출장", "갑", "가요", "갔"}

// koreanTowns finds a Korean word of three syllables or more ending in a town's suffix
// (koreanTownSuffixes) before a particle of place and a verb of living, coming or moving there
// ("속초시에 살고", "부천시에서 왔어요"), or before 출신 ("평창군 출신").
func koreanTowns(text string) []redact.Finding {
	var out []redact.Finding
	words := strings.Fields(text)
	at := 0
	for k, w := range words {
		start := at + strings.Index(text[at:], w)
		at = start + len(w)
		base := w
		particle, copula := "", ""
		for _, c := range koreanCopulas {
			if t := strings.TrimRight(w, ".!?"); strings.HasSuffix(t, c) && len(t) > len(c) {
				base, copula = strings.TrimSuffix(t, c), c // (the sentence's full stop after it)
				break
			}
		}
		for _, p := range koreanPlaceParticles {
			if strings.HasSuffix(w, p) && len(w) > len(p) {
				base, particle = strings.TrimSuffix(w, p), p
				break
			}
		}
		if utf8.RuneCountInString(base) < 3 || !hangulOnly(base) || !hasAnySuffix(base, koreanTownSuffixes) {
			continue
		}
		next := ""
		if k+1 < len(words) {
			next = words[k+1]
		}
		switch {
		case particle != "" && hasAnyPrefix(next, koreanPlaceVerbs):
		case particle == "" && strings.HasPrefix(next, "출신"):
		case particle == "" && strings.HasPrefix(w, base) && strings.HasSuffix(w, "출신"):
		case particle == "" && copula != "" && k > 0 && (koreanHomeTopics[words[k-1]] || k > 1 && koreanHomeTopics[words[k-2]] && hasAnySuffix(words[k-1], koreanCitySuffixes)):
			// a hometown's, an address's or a residence's topic before the town and its copula:
			// "고향은 증평군입니다" (stop 57)
		default:
			continue
		}
		// a city's name before a district's: 용인시 수지구
		if k > 0 && hangulOnly(words[k-1]) && utf8.RuneCountInString(words[k-1]) >= 2 && hasAnySuffix(words[k-1], koreanCitySuffixes) &&
			start > len(words[k-1]) && text[start-1] == ' ' && strings.HasSuffix(text[:start-1], words[k-1]) {
			start -= len(words[k-1]) + 1
		}
		out = append(out, redact.Finding{Type: redact.Location, Start: start, End: at - len(w) + len(base), Score: shapeScore, Source: redact.SourceModel})
	}
	return out
}

// hangulOnly reports s written in Hangul alone.
func hangulOnly(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return true
}

// chineseNameVerbs follow a person's name that opens a Chinese sentence: where the person lives,
// comes from, was born or studied, and their phone or email ("陈岩来自北京县", "张淑华住在欢县").
var chineseNameVerbs = []string{"住在", "来自", "來自", "出生于", "出生於", "生于", "毕业于", "畢業於", "的电话", "的電話", "的手机", "的手機", "的邮箱", "的郵箱"}

// chineseWordStarts are words that open with a family name's character and are no name: a
// weekend, a motorway, yellow, at once, a kingdom, the aspect of.
var chineseWordStarts = wordSet("周末 週末 高速 高兴 高興 黄色 黃色 白色 金色 马上 馬上 王国 王國 方面 方法 方向 田地 石头 石頭 江湖 " +
	"龙头 龍頭 万一 萬一 钱包 錢包 史上 夏天 余下 段落 程序 任何 向来 向來 曾经 曾經 孔子 于是 於是 雷雨")

// chineseOpeningNames claims two or three Han characters that open a Chinese sentence (the
// text's start or after 。！？；，：or a line break), the first a common family name, when one of
// chineseNameVerbs follows them at once.
func chineseOpeningNames(text string, claims []redact.Finding) []redact.Finding {
	for _, v := range chineseNameVerbs {
		for k := range occurrences(text, v) {
			for _, chars := range [...]int{3, 2} {
				start := k
				for n := 0; n < chars && start > 0; n++ {
					r, size := utf8.DecodeLastRuneInString(text[:start])
					if !unicode.Is(unicode.Han, r) {
						start = -1
						break
					}
					start -= size
				}
				if start < 0 || !chineseFamilies[firstRune(text[start:])] || chineseWordStarts[firstRunes(text[start:k], 2)] {
					continue
				}
				if before, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:start], " ")); start > 0 && !strings.ContainsRune("。！？；，：\n!?;,:", before) {
					continue // not where a sentence opens
				}
				if strings.ContainsFunc(text[start:k], func(r rune) bool { return nameStops[r] && r != firstRune(text[start:]) }) {
					continue
				}
				claims = append(claims, claim(start, k, shapeScore))
				break
			}
		}
	}
	return claims
}

// firstRunes is the first n runes of s.
func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
