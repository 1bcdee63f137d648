"""Usage: asiaprose.py PKG OUTDIR

Writes short business and clinical messages in Chinese, Japanese, Korean, Vietnamese, Indonesian
and Philippine English (stop 27): names as each language writes them (Chinese, Japanese and
Korean ones whole, after a label or before an honorific: "患者张伟", "山田太郎様", "김민준 님"),
each country's address as Faker writes it, towns, dates of birth and of appointments in the
country's format (年月日, 년월일), phones and emails of each locale.

  jC.jsonl  development (read), 600 lines
  jD.jsonl  held out (other templates; only measured), 600 lines
"""
import datetime, random

import probekit

T = {
    "zh_CN": (["患者{P}，出生于{DOB}，住址：{ADDR}。",
               "姓名：{P}，电话：{PHONE}",
               "请联系{P}，邮箱{EMAIL}。",
               "{P}先生于{D}取消了预约。",
               "联系人：{P}（{PHONE}）"],
              ["您好，{P}，感谢您的来信。",
               "新地址：{ADDR}（{P}）",
               "客户{P}来自{CITY}。",
               "{P}的手机号是{PHONE}。"]),
    "ja_JP": (["{P}様、ご予約ありがとうございます。住所：{ADDR}",
               "氏名：{P}　電話：{PHONE}",
               "患者{P}さんは{D}に来院しました。",
               "担当者：{P}（{EMAIL}）",
               "{P}さんの生年月日は{DOB}です。"],
              ["新しい住所：{ADDR}（{P}様）",
               "お客様：{P}、{CITY}在住",
               "{P}さんの電話番号は{PHONE}です。",
               "宛先：{P}様"]),
    "ko_KR": (["{P} 님의 주소는 {ADDR}입니다.",
               "성명: {P}, 전화: {PHONE}",
               "환자 {P} 님이 {D}에 예약을 취소했습니다.",
               "담당자: {P} ({EMAIL})",
               "{P} 님은 {DOB}에 태어났습니다."],
              ["새 주소: {ADDR} ({P} 님)",
               "고객: {P}, {CITY} 거주",
               "{P} 님의 전화번호는 {PHONE}입니다.",
               "받는 사람: {P}"]),
    "vi_VN": (["Bệnh nhân {P}, sinh ngày {DOB}, địa chỉ {ADDR}.",
               "Họ tên: {P}, điện thoại: {PHONE}",
               "Vui lòng liên hệ {P} qua email {EMAIL}.",
               "Anh {P} đã hủy lịch hẹn ngày {D}.",
               "Người liên hệ: {P} ({PHONE})"],
              ["Chào {P}, cảm ơn bạn đã liên hệ.",
               "Địa chỉ mới: {ADDR} ({P})",
               "Khách hàng {P} đến từ {CITY}.",
               "Số điện thoại của {P} là {PHONE}."]),
    "id_ID": (["Pasien {P}, lahir {DOB} di {CITY}, alamat {ADDR}.",
               "Nama: {P}, telepon: {PHONE}",
               "Silakan hubungi {P} melalui email {EMAIL}.",
               "Bapak {P} membatalkan janji pada {D}.",
               "Kontak: {P} ({PHONE})"],
              ["Halo {P}, terima kasih atas pesan Anda.",
               "Alamat baru: {ADDR} ({P})",
               "Pelanggan {P} berasal dari {CITY}.",
               "Nomor telepon {P} adalah {PHONE}."]),
    "en_PH": (["Patient {P}, born {DOB} in {CITY}, lives at {ADDR}.",
               "Name: {P}, mobile: {PHONE}",
               "Please contact {P} at {EMAIL}.",
               "Mr. {P} cancelled his appointment on {D}.",
               "Contact person: {P} ({PHONE})"],
              ["Hi {P}, thanks for your message po.",
               "New address: {ADDR} ({P})",
               "Customer {P} is from {CITY}.",
               "The mobile number of {P} is {PHONE}."]),
}


def fmt(loc, d):
    if loc in ("zh_CN", "ja_JP"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if loc == "ko_KR":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if loc == "en_PH":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    return d.strftime("%d/%m/%Y")


def drawer(loc):
    def draw(f, us):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
        first, last = f.first_name(), f.last_name()
        p = last + first if loc in ("zh_CN", "ja_JP", "ko_KR") else (f"{last} {first}" if loc == "vi_VN" else f"{first} {last}")
        # Faker's en_PH has no phones: a Philippine mobile number as its carriers print it
        phone = f.phone_number() if loc != "en_PH" else random.choice(["09", "+63 9"]) + "%02d %03d %04d" % (random.randint(10, 99), random.randint(0, 999), random.randint(0, 9999))
        vals = dict(P=p, ADDR=f.address().replace("\n", ", "), CITY=f.city(), PHONE=phone, EMAIL=f.email(),
                    D=fmt(loc, day), DOB=fmt(loc, born))
        types = dict(P="PERSON", ADDR="STREET_ADDRESS", CITY="LOCATION", PHONE="PHONE_NUMBER", EMAIL="EMAIL_ADDRESS",
                     D="DATE_TIME", DOB="DATE_TIME")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("jC", 100), ("jD", 100)], 2850, 285, out)


if __name__ == "__main__":
    main()
