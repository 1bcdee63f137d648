"""Usage: scriptnames.py PKG OUTDIR

Writes sentences in Arabic, Hebrew, Hindi, Persian and Thai that name someone in running text,
with no label, title or "my name is" before the name (stop 31): the subject of a verb, the one
spoken with, a letter's "dear", an employee on leave. scriptprose.py's messages name people after
a record's labels; these do not. A sixth of the lines name nobody (a date, a town, a phone), so a
rule that makes persons of the language's ordinary words shows.

  sV.jsonl  development (read), 500 lines
  sW.jsonl  held out (other templates, written before the rules; only measured), 500 lines
"""
import datetime, random

import probekit

T = {
    "ar_SA": (["{P} سيصل إلى المكتب غداً.",
               "أرسل {P} التقرير أمس.",
               "تحدثت مع {P} حول الفاتورة.",
               "عزيزي {P}، نود تذكيرك بموعدك في {D}.",
               "الموظف {P} في إجازة حتى {D}.",
               "تم تأجيل الاجتماع إلى {D} بسبب العطلة."],
              ["هل رأيت {P} اليوم؟",
               "سيتولى {P} إدارة المشروع من {D}.",
               "شكراً {P} على مساعدتك.",
               "الطبيب {P} متاح يوم الأحد.",
               "وصلت الشحنة إلى {CITY} صباح اليوم."]),
    "he_IL": (["{P} יגיע למשרד מחר.",
               "דיברתי עם {P} על החשבונית.",
               "{P} שלח את הדוח אתמול.",
               "לכבוד {P}, הפגישה נקבעה ל-{D}.",
               "העובד {P} בחופשה עד {D}.",
               "הפגישה נדחתה ל-{D} בגלל החג."],
              ["ראית את {P} היום?",
               "{P} ינהל את הפרויקט החל מ-{D}.",
               "תודה {P} על העזרה.",
               "הרופא {P} זמין ביום ראשון.",
               "המשלוח הגיע ל{CITY} הבוקר."]),
    "hi_IN": (["{P} कल दफ़्तर आएंगे।",
               "मैंने {P} से बिल के बारे में बात की।",
               "{P} ने कल रिपोर्ट भेजी।",
               "प्रिय {P}, आपकी अपॉइंटमेंट {D} को है।",
               "कर्मचारी {P} {D} तक छुट्टी पर हैं।",
               "छुट्टी के कारण बैठक {D} तक टल गई।"],
              ["क्या आपने आज {P} को देखा?",
               "{D} से {P} परियोजना संभालेंगे।",
               "मदद के लिए धन्यवाद {P}।",
               "डॉक्टर {P} रविवार को उपलब्ध हैं।",
               "शिपमेंट आज सुबह {CITY} पहुँचा।"]),
    "fa_IR": (["{P} فردا به دفتر می‌آید.",
               "با {P} درباره فاکتور صحبت کردم.",
               "{P} گزارش را دیروز فرستاد.",
               "{P} عزیز، نوبت شما {D} است.",
               "کارمند {P} تا {D} در مرخصی است.",
               "جلسه به دلیل تعطیلی به {D} موکول شد."],
              ["امروز {P} را دیدی؟",
               "از {D} {P} مدیریت پروژه را بر عهده می‌گیرد.",
               "ممنون {P} بابت کمکت.",
               "دکتر {P} یکشنبه در دسترس است.",
               "محموله امروز صبح به {CITY} رسید."]),
    "th_TH": (["{P} จะมาที่สำนักงานพรุ่งนี้",
               "ฉันคุยกับ {P} เรื่องใบแจ้งหนี้",
               "{P} ส่งรายงานเมื่อวานนี้",
               "เรียน {P} นัดหมายของท่านคือวันที่ {D}",
               "พนักงาน {P} ลาพักถึงวันที่ {D}",
               "การประชุมเลื่อนไปวันที่ {D} เนื่องจากวันหยุด"],
              ["วันนี้เห็น {P} ไหม",
               "{P} จะดูแลโครงการนี้ตั้งแต่วันที่ {D}",
               "ขอบคุณ {P} ที่ช่วยเหลือ",
               "แพทย์ {P} ว่างวันอาทิตย์",
               "พัสดุถึง{CITY}เมื่อเช้านี้"]),
}

DATES = {"ar_SA": "%d/%m/%Y", "he_IL": "%d.%m.%Y", "hi_IN": "%d-%m-%Y", "fa_IR": "%Y/%m/%d", "th_TH": "%d/%m/%Y"}


def drawer(loc):
    def draw(f, us):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
        vals = dict(P=f"{f.first_name()} {f.last_name()}", CITY=f.city(), D=day.strftime(DATES[loc]))
        types = dict(P="PERSON", CITY="LOCATION", D="DATE_TIME")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("sV", 100), ("sW", 100)], 3170, 317, out)


if __name__ == "__main__":
    main()
