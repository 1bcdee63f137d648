package ner

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/ner/names"
	"github.com/veil-gateway/veil/redact"
)

// Chinese and Korean names in running text (stop 31). Both write a name without a space, the
// family name first, and the rules of scripts.go read one only before an honorific (王先生,
// 김민수 씨), after a record's label or "my name is", or opening a sentence before a verb of
// living or coming from. A sentence that names someone as its subject or as the one spoken with
// or written to gave no sign ("我和王秀英讨论了发票", "김민준에게 계약서를 보내 주세요"). Here:
//   - Korean: a word of three syllables, a common family syllable and a given name of the lists
//     (names.HangulGiven), alone or with a case particle written onto it (에게, 의, 도, 한테,
//     하고, 은, 는, 이, 가, …);
//   - Chinese: a family character (chineseFamilies and Faker's, names.HanFamily) and a given name
//     of the lists (names.HanGiven) of two characters anywhere ("陳志偉負責"), or of one where the
//     name stands apart: after a word that puts a person after it (和, 给, 感谢, 由, …), or
//     opening the text or a clause before punctuation, a verb or a particle (的, 会, 昨天, …).

var (
	hangulGiven = sync.OnceValue(func() map[string]bool { return setOf(names.HangulGiven) })
	hanGiven    = sync.OnceValue(func() map[string]bool { return setOf(names.HanGiven) })
	// hanFamily is chineseFamilies and Faker's 400-odd family names of one character
	hanFamily = sync.OnceValue(func() map[rune]bool {
		m := maps.Clone(chineseFamilies)
		for _, f := range names.HanFamily {
			m[firstRune(f)] = true
		}
		return m
	})
)

// koreanParticles are written onto a Korean name: case particles, "too", "with", "to".
var koreanParticles = wordSet("에게 에게서 께 께서 의 도 한테 한테서 하고 와 과 은 는 이 가 을 를 이랑 랑 만 부터 까지 보다 처럼 이가 이는 이도 이의 이에게 이한테 이하고 이랑 이와 입니다 이에요 예요")

// chineseBefore put a person after them: and, with, to, give, thank, by, ask, let, call, see,
// tell, toward, for.
var chineseBefore = []string{"和", "与", "與", "跟", "给", "給", "感谢", "感謝", "谢谢", "謝謝", "由", "把", "请", "請", "让", "讓", "叫", "见过", "見過", "告诉", "告訴", "向", "替", "找", "问", "問", "联系", "聯繫", "通知"}

// chineseCueWords are words a cue of chineseBefore opens with a family character: due to,
// regarding, as for.
var chineseCueWords = wordSet("由于 由於 对于 對於 关于 關於 至于 至於 和平 给予 給予 向上 向前 问题 問題 请求 請求")

// chineseAfter follow a person's name: punctuation, "of", will, can, is, was, yesterday, today,
// tomorrow, next week, already, also, and the verbs of being in charge, sending, going, coming,
// saying, asking, thinking, submitting.
var chineseAfter = []string{"的", "会", "會", "能", "是", "在", "昨天", "今天", "明天", "下周", "下週", "上周", "上週", "已经", "已經", "也", "都", "负责", "負責",
	"发", "發", "寄", "去", "来", "來", "说", "說", "问", "問", "想", "提交", "审核", "審核", "吗", "嗎", "和", "与", "與", "先生", "女士", "小姐", "老师", "老師"}

// cjkListedNames claims the Chinese and Korean names above.
func cjkListedNames(text string, scripts int, claims []redact.Finding) []redact.Finding {
	if scripts&sHangul != 0 {
		claims = koreanListedNames(text, claims)
	}
	if scripts&sHan != 0 {
		claims = chineseListedNames(text, scripts&sKana == 0, claims)
	}
	return claims
}

// koreanListedNames claims a family syllable and a listed given name making a word of their own
// or one with a particle written onto it.
func koreanListedNames(text string, claims []redact.Finding) []redact.Finding {
	given := hangulGiven()
	isHangul := func(r rune) bool { return unicode.Is(unicode.Hangul, r) }
	// (scriptWords passes over Hangul's signs that no word holds, ㈀ and ㉠, which are symbols)
	for i, e := range scriptWords(text, isHangul) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if g := text[i+n : min(i+n+6, e)]; koreanFamilies[r] && e-i >= 9 && given[g] && !strings.HasSuffix(g, "자") && (e == i+n+6 || koreanParticles[text[i+n+6:e]]) {
			// (a given name in 자 is left out: 지정자, "specifier", 서명자, "signer")
			claims = append(claims, claim(i, i+n+6, shapeScore))
		}
	}
	return claims
}

// chineseListedNames claims a family character and a listed given name; one of a single
// character only where single is set (no Japanese text, whose words a Chinese given name of one
// character opens too: 平文, "plain text").
func chineseListedNames(text string, single bool, claims []redact.Finding) []redact.Finding {
	given, family := hanGiven(), hanFamily()
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !family[r] {
			i += n
			continue
		}
		end := 0
		if two := hanPrefix(text[i+n:], 2); two != "" && given[two] && !chineseWordStarts[text[i:i+n+len(two)]] {
			end = i + n + len(two)
		} else if one := hanPrefix(text[i+n:], 1); single && one != "" && given[one] && !chineseWordStarts[text[i:i+n+len(one)]] &&
			chineseApart(text, i, i+n+len(one)) {
			end = i + n + len(one)
		}
		if end > 0 {
			claims = append(claims, claim(i, end, shapeScore))
			i = end
			continue
		}
		i += n
	}
	return claims
}

// hanPrefix returns the first k characters of s when they are all Han, "" otherwise.
func hanPrefix(s string, k int) string {
	end := 0
	for c := 0; c < k; c++ {
		r, n := utf8.DecodeRuneInString(s[end:])
		if end >= len(s) || !unicode.Is(unicode.Han, r) {
			return ""
		}
		end += n
	}
	return s[:end]
}

// chineseApart reports a name of one family and one given character at text[i:end] standing
// apart: after a word that puts a person after it (和王芳讨论), or opening the text or a clause
// with punctuation or a word that follows a name after it (王芳会参加, "，王芳。").
func chineseApart(text string, i, end int) bool {
	for _, w := range chineseBefore {
		if strings.HasSuffix(text[:i], w) {
			return !chineseCueWords[text[i-len(w):i+utf8.RuneLen(firstRune(text[i:]))]]
		}
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return (i == 0 || !unicode.Is(unicode.Han, r)) && chineseApartAfter(text[end:])
}

// chineseApartAfter reports what follows a name at the start of rest: the end, punctuation, or a
// word that follows a person's name.
func chineseApartAfter(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !unicode.Is(unicode.Han, r) {
		return true
	}
	for _, w := range chineseAfter {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// headerLabels open a mail header's line whose value lists people: the copy's and the
// addressee's, which have too few Latin letters for the stand-ins' rule (stop 36).
var headerLabels = []string{"cc:", "Cc:", "CC:", "To:", "TO:", "Bcc:", "BCC:"}

// headerCJKNames makes a person of each item of such a header's value that is written as a
// Chinese, Japanese or Korean name is ("cc: 加藤 結衣", "To: 山田涼平, 김민수"): a Japanese family
// name of the lists and a given name (apart, or together from three characters), a Chinese
// family name and one or two characters, or a Korean family name and one to three syllables,
// no common word; a team's or an office's name is none ("To: 東京本社").
func headerCJKNames(text string, claims []redact.Finding) []redact.Finding {
	for ls, le := range lineBounds(text) {
		line := text[ls:le]
		k := len(line) - len(strings.TrimLeft(line, " \t>"))
		c := strings.IndexByte(line[k:], ':')
		if c < 0 || !slices.Contains(headerLabels, line[k:k+c+1]) {
			continue
		}
		for at := k + c + 1; at < len(line); {
			e := at + strings.IndexAny(line[at:], ",;、")
			if e < at {
				e = len(line)
			}
			s := at
			for s < e && line[s] == ' ' {
				s++
			}
			t := e
			for t > s && line[t-1] == ' ' {
				t--
			}
			if item := line[s:t]; cjkHeaderName(item) {
				claims = append(claims, claim(ls+s, ls+t, shapeScore))
			}
			at = e + 1
			if e < len(line) && line[e] != ',' && line[e] != ';' {
				at = e + len("、")
			}
		}
	}
	return claims
}

// cjkHeaderName reports an item written as a CJK person's name is (headerCJKNames).
func cjkHeaderName(item string) bool {
	if item == "" || cjkWordStops[item] {
		return false
	}
	a, b, spaced := strings.Cut(item, " ")
	if spaced && strings.Contains(b, " ") {
		return false
	}
	han, hangul := true, true
	for _, r := range item {
		if r == ' ' {
			continue
		}
		han = han && unicode.Is(unicode.Han, r)
		hangul = hangul && r >= 0xAC00 && r <= 0xD7AF
	}
	n := utf8.RuneCountInString(strings.ReplaceAll(item, " ", ""))
	first, _ := utf8.DecodeRuneInString(item)
	switch {
	case han && spaced:
		return japaneseFamilies[a] && utf8.RuneCountInString(b) <= 3 || japaneseFamilies[b] && utf8.RuneCountInString(a) <= 3 ||
			utf8.RuneCountInString(a) == 1 && chineseFamilies[first] && utf8.RuneCountInString(b) <= 2
	case han:
		if n >= 3 && n <= 5 {
			for _, size := range []int{2, 3, 1} {
				if size < n && japaneseFamilies[firstRunes(item, size)] {
					return true
				}
			}
		}
		return n >= 2 && n <= 3 && chineseFamilies[first]
	case hangul && !spaced:
		return n >= 2 && n <= 4 && koreanFamilies[first] && !koreanParticleEnd(item)
	}
	return false
}
