"""Usage: townprose.py PKG OUTDIR

Writes short messages in thirteen European languages, Indonesian, Chinese, Japanese and Korean with a town in them (stop 30): where
someone lives or comes from, where a meeting is, a trip's two ends, a branch's town, and a
form's residence field, in each language's own words. In the languages that inflect a town
after its preposition (Finnish, Czech, Polish, Hungarian), the templates keep the town in the
nominative: after a noun for a town ("ve městě", "w miejscowości") or a field's label.

  tL.jsonl  development (read), 850 lines
  tM.jsonl  held out (other templates; only measured), 850 lines
"""
import datetime, random

import probekit

T = {
    "sv_SE": (["{P} bor i {CITY} sedan 2015.", "Vi träffas i {CITY} på måndag.", "Hon reste från {CITY} till {CITY2} i går.",
               "Kontoret i {CITY} är stängt i dag.", "{P} kommer från {CITY}."],
              ["{P} flyttar till {CITY} i vår.", "Paketet skickas till {CITY} i morgon.", "Ort: {CITY}",
               "Mötet i {CITY} ställdes in."]),
    "da_DK": (["{P} bor i {CITY} med sin familie.", "Mødet holdes i {CITY} på tirsdag.", "Han kørte fra {CITY} til {CITY2}.",
               "Butikken i {CITY} lukker kl. 17.", "{P} kommer fra {CITY}."],
              ["{P} flytter til {CITY} til sommer.", "Pakken sendes til {CITY} i morgen.", "By: {CITY}",
               "Kurset i {CITY} er aflyst."]),
    "no_NO": (["{P} bor i {CITY} nå.", "Vi sees i {CITY} neste uke.", "Toget fra {CITY} til {CITY2} er forsinket.",
               "Filialen i {CITY} har ny leder.", "{P} er fra {CITY}."],
              ["{P} flytter til {CITY} i høst.", "Pakken sendes til {CITY} i morgen.", "Sted: {CITY}",
               "Møtet i {CITY} er avlyst."]),
    "fi_FI": (["Kotipaikka: {CITY}", "Asuinpaikka: {CITY}", "{P}, kotikunta {CITY}", "Toimipiste: {CITY}, avoinna ma–pe"],
              ["Paikkakunta: {CITY}", "Lähtöpaikka: {CITY}", "{P}, asuinkunta {CITY}"]),
    "cs_CZ": (["{P} žije ve městě {CITY}.", "{P} pochází z obce {CITY}.", "Pobočka ve městě {CITY} je dnes zavřená.",
               "Obec: {CITY}"],
              ["Schůzka se koná ve městě {CITY}.", "Místo: {CITY}", "Zásilka půjde do obce {CITY}."]),
    "pl_PL": (["{P} mieszka w miejscowości {CITY}.", "Miejscowość: {CITY}", "Spotkanie odbędzie się w mieście {CITY}.",
               "{P} pochodzi z miasta {CITY}."],
              ["Oddział w mieście {CITY} jest zamknięty.", "Miasto: {CITY}", "Paczka jedzie do miejscowości {CITY}."]),
    "hu_HU": (["Település: {CITY}", "Lakóhely: {CITY}", "{P}, lakóhely: {CITY}", "Város: {CITY}, irányítószám nélkül"],
              ["Helység: {CITY}", "Székhely: {CITY}", "{P}, település: {CITY}"]),
    "ro_RO": (["{P} locuiește în {CITY}.", "Ne vedem la {CITY} luni.", "A plecat din {CITY} spre {CITY2}.",
               "Sucursala din {CITY} este închisă azi.", "Domiciliul: {CITY}"],
              ["{P} se mută în {CITY} la vară.", "Coletul pleacă spre {CITY} mâine.", "Localitatea: {CITY}"]),
    "it_IT": (["{P} abita a {CITY}.", "La riunione si terrà a {CITY}.", "È partito da {CITY} per {CITY2}.",
               "La filiale di {CITY} è chiusa.", "Residenza: {CITY}"],
              ["{P} si trasferisce a {CITY} in estate.", "Il pacco parte per {CITY} domani.", "Località: {CITY}"]),
    "es_ES": (["{P} vive en {CITY}.", "Nos vemos en {CITY} el lunes.", "Viajó de {CITY} a {CITY2}.",
               "La oficina de {CITY} cierra hoy.", "Residencia: {CITY}"],
              ["{P} se muda a {CITY} en verano.", "El paquete sale hacia {CITY} mañana.", "Localidad: {CITY}"]),
    "pt_PT": (["{P} mora em {CITY}.", "A reunião será em {CITY}.", "Viajou de {CITY} para {CITY2}.",
               "A loja de {CITY} fecha hoje.", "Residência: {CITY}"],
              ["{P} muda-se para {CITY} no verão.", "A encomenda segue para {CITY} amanhã.", "Localidade: {CITY}"]),
    "fr_FR": (["{P} habite à {CITY}.", "Rendez-vous à {CITY} lundi.", "Il est parti de {CITY} pour {CITY2}.",
               "L'agence de {CITY} est fermée.", "Domicile : {CITY}"],
              ["{P} déménage à {CITY} cet été.", "Le colis part pour {CITY} demain.", "Localité : {CITY}"]),
    "id_ID": (["{P} tinggal di {CITY} sejak 2015.", "Kami bertemu di {CITY} hari Senin.", "Dia berangkat dari {CITY} ke {CITY2} kemarin.",
               "Kantor cabang di {CITY} tutup hari ini.", "{P} berasal dari {CITY}."],
              ["{P} pindah ke {CITY} tahun depan.", "Paket dikirim ke {CITY} besok.", "Kota: {CITY}"]),
    "zh_CN": (["{P}住在{CITY}。", "{P}来自{CITY}，现在在{CITY2}工作。", "我下周去{CITY}出差。", "公司位于{CITY}。"],
              ["他搬到了{CITY}。", "{CITY}的分公司今天关门。", "地址：{CITY}"]),
    "ja_JP": (["{P}さんは{CITY}に住んでいます。", "{P}さんは{CITY}出身です。", "来週{CITY}に出張します。"],
              ["{CITY}在住の{P}さん", "{CITY}から来ました。", "住所：{CITY}"]),
    "ko_KR": (["{P} 씨는 {CITY}에 살고 있습니다.", "저는 {CITY}에서 왔어요.", "{P} 씨는 {CITY} 출신입니다."],
              ["{CITY}로 이사했습니다.", "{CITY}에 있는 지점은 오늘 휴무입니다.", "주소: {CITY}"]),
    "nl_NL": (["{P} woont in {CITY}.", "We zien elkaar in {CITY} op maandag.", "Hij reed van {CITY} naar {CITY2}.",
               "Het kantoor in {CITY} is gesloten.", "Woonplaats: {CITY}"],
              ["{P} verhuist naar {CITY} deze zomer.", "Het pakket gaat morgen naar {CITY}.", "Plaats: {CITY}"]),
}


def drawer(loc):
    def draw(f, us):
        city2 = f.city()
        name = f"{f.last_name()}{f.first_name()}" if loc in ("zh_CN", "ja_JP", "ko_KR") else f"{f.first_name()} {f.last_name()}"
        vals = dict(P=name, CITY=f.city(), CITY2=city2)
        types = dict(P="PERSON", CITY="LOCATION", CITY2="LOCATION")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("tL", 50), ("tM", 50)], 3030, 303, out)


if __name__ == "__main__":
    main()
