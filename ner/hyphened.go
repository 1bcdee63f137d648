package ner

import (
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// Hyphened given names of Chinese and Korean romanisation alone (stop 38): Taiwan's, Hong Kong's
// and Korea's given names are written as two syllables joined by a hyphen ("Mei-Ling",
// "Xiao-Ming", "Chia-Hui", "Seo-yeon"), and in a team's chat they stand alone ("quick heads-up:
// Mei-Ling is out sick"), where the model found none of them and koreanGiven reads one only
// beside a family name. hyphenedGivenNames makes a person of a capitalised word of two such
// syllables, each a given name's syllable of givenSyllables, where nothing else was found over it
// and not in code; a few words made of such syllables are none ("Ping-Pong", "Tai-Chi",
// "Feng-Shui", "Kung-Fu", "Yin-Yang").

// givenSyllables are syllables of Mandarin (pinyin and Wade–Giles), Cantonese and Korean given
// names, in lower case.
var givenSyllables = wordSet("ai an ang bao bei bin bing bo chang chao chen cheng chi chia chieh chih chin ching chiu chong chu " +
	"chuan chun chung da dan dong fang fei fen feng fu gang guang gui guo hai han hao heng hong hsiang hsiao hsin hsing " +
	"hsiu hsu hua huai huan huang hui hung jia jian jiang jiao jie jin jing jiu juan jun kai kang kuan kuo lan lei li lian " +
	"liang lin ling liu long mei min ming mu nan ning pei peng pin ping qi qian qiang qin qing qiu rong rou ru rui shan shao " +
	"shen sheng shi shih shu shuang si song su tai tao ting tong tsai tsung tzu wan wei wen xi xia xian xiang xiao xin xing " +
	"xiu xu xuan xue ya yan yang yao yi yin ying yong yu yuan yue yun zhen zheng zhi zhong zhou zhu zi " +
	// Korean's
	"ah chae chan cheol chul dae eun gi gun gyu hae hee hoon hwa hwan hye hyo hyuk hyun hyung jae jeong ji jong joo jung kyung " +
	"kyu mi myung rin seo seok seon seong seung shin sik soo sook sun sung tae won woo wook yeon yeong yoon young")

// hyphenedWords are words made of such syllables that name no one.
var hyphenedWords = wordSet("ping-pong tai-chi feng-shui kung-fu yin-yang dim-sum bok-choy hong-kong wu-tang tae-kwon chi-chi " +
	"ying-yang mi-go xi-an chin-chin mei-mei-no")

func hyphenedGivenNames(text string, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '-') < 0 {
		return fs
	}
	var claims []redact.Finding
	for i := 1; i+2 < len(text); i++ {
		if text[i] != '-' || !isLetterASCII(text[i-1]) || !isLetterASCII(text[i+1]) {
			continue
		}
		ws := i
		for ws > 0 && isLetterASCII(text[ws-1]) {
			ws--
		}
		we := i + 1
		for we < len(text) && isLetterASCII(text[we]) {
			we++
		}
		i = we
		if ws > 0 && (text[ws-1] == '-' || isLetterByte(text[ws-1]) || text[ws-1] >= 0x80) || we < len(text) && (text[we] == '-' || text[we] >= 0x80) {
			continue // one of more parts ("Yu-Gi-Oh"), or a word of another script
		}
		w := text[ws:we]
		a, b, _ := strings.Cut(strings.ToLower(w), "-")
		if !isUpperASCII(w[0]) || !givenSyllables[a] || !givenSyllables[b] || hyphenedWords[a+"-"+b] {
			continue
		}
		if personsOnlyIn(fs, ws, we) && !coveredBy(fs, ws, we, redact.Person) && !inCode(text, ws) {
			claims = append(claims, claim(ws, we, shapeScore))
		}
	}
	return claimPersons(fs, claims)
}
