"""Usage: scriptprose.py PKG OUTDIR

Writes short business and clinical messages in Arabic, Hebrew, Hindi, Persian and Thai (stop
28), as nordprose.py and asiaprose.py write them for other languages: names after a label or a
word for the patient, Mr or contact, towns, addresses where Faker writes them in the language's
script (Hebrew's, Hindi's, Thai's), dates of birth and of appointments, phones and emails.

  aM.jsonl  development (read), 500 lines
  aN.jsonl  held out (other templates; only measured), 500 lines
"""
import datetime, random

import probekit

T = {
    "ar_SA": (["المريض {P}، تاريخ الميلاد {DOB}، مكان الميلاد: {CITY}.",
               "الاسم: {P}، الهاتف: {PHONE}",
               "يرجى التواصل مع {P} عبر البريد {EMAIL}.",
               "ألغى السيد {P} موعده في {D}.",
               "جهة الاتصال: {P} ({PHONE})"],
              ["مرحباً {P}، شكراً على رسالتك.",
               "العميل {P} من {CITY}.",
               "رقم هاتف {P} هو {PHONE}.",
               "إلى: {P}"]),
    "he_IL": (["המטופל {P}, תאריך לידה {DOB}, כתובת: {ADDR}.",
               "שם: {P}, טלפון: {PHONE}",
               "נא ליצור קשר עם {P} בדוא\"ל {EMAIL}.",
               "מר {P} ביטל את התור ב-{D}.",
               "איש קשר: {P} ({PHONE})"],
              ["שלום {P}, תודה על פנייתך.",
               "כתובת חדשה: {ADDR} ({P})",
               "הלקוח {P} מ{CITY}.",
               "מספר הטלפון של {P} הוא {PHONE}."]),
    "hi_IN": (["मरीज़ {P}, जन्म तिथि {DOB}, पता: {ADDR}।",
               "नाम: {P}, फ़ोन: {PHONE}",
               "कृपया {P} से {EMAIL} पर संपर्क करें।",
               "श्री {P} ने {D} की अपॉइंटमेंट रद्द की।",
               "संपर्क: {P} ({PHONE})"],
              ["नमस्ते {P}, आपके संदेश के लिए धन्यवाद।",
               "नया पता: {ADDR} ({P})",
               "ग्राहक {P} {CITY} से हैं।",
               "{P} का फ़ोन नंबर {PHONE} है।"]),
    "fa_IR": (["بیمار {P}، تاریخ تولد {DOB}، محل تولد: {CITY}.",
               "نام: {P}، تلفن: {PHONE}",
               "لطفاً با {P} از طریق ایمیل {EMAIL} تماس بگیرید.",
               "آقای {P} نوبت خود را در {D} لغو کرد.",
               "تماس: {P} ({PHONE})"],
              ["سلام {P}، از پیام شما متشکریم.",
               "مشتری {P} اهل {CITY} است.",
               "شماره تلفن {P} {PHONE} است.",
               "گیرنده: {P}"]),
    "th_TH": (["ผู้ป่วย {P} วันเกิด {DOB} ที่อยู่ {ADDR}",
               "ชื่อ: {P} โทร: {PHONE}",
               "กรุณาติดต่อ {P} ทางอีเมล {EMAIL}",
               "คุณ{P} ยกเลิกนัดวันที่ {D}",
               "ผู้ติดต่อ: {P} ({PHONE})"],
              ["สวัสดีคุณ{P} ขอบคุณสำหรับข้อความ",
               "ที่อยู่ใหม่: {ADDR} ({P})",
               "ลูกค้า {P} มาจาก{CITY}",
               "เบอร์โทรของ {P} คือ {PHONE}"]),
}

DATES = {"ar_SA": "%d/%m/%Y", "he_IL": "%d.%m.%Y", "hi_IN": "%d-%m-%Y", "fa_IR": "%Y/%m/%d", "th_TH": "%d/%m/%Y"}


def drawer(loc):
    def draw(f, us):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
        vals = dict(P=f"{f.first_name()} {f.last_name()}", ADDR=f.address().replace("\n", ", "), CITY=f.city(), PHONE=f.phone_number(),
                    EMAIL=f.email(), D=day.strftime(DATES[loc]), DOB=born.strftime(DATES[loc]))
        types = dict(P="PERSON", ADDR="STREET_ADDRESS", CITY="LOCATION", PHONE="PHONE_NUMBER", EMAIL="EMAIL_ADDRESS",
                     D="DATE_TIME", DOB="DATE_TIME")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("aM", 100), ("aN", 100)], 2860, 286, out)


if __name__ == "__main__":
    main()
