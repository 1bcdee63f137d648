"""Usage: cjknames.py PKG OUTDIR

Writes sentences in Simplified and Traditional Chinese and Korean that name someone in running
text, with no honorific, label or "my name is" around the name (stop 31): the subject of a verb,
the one spoken with, a letter sent to them, Korean's case particles written onto the name (에게,
의, 도, 한테). cjk.py and asiaprose.py name people after labels or before an honorific; these do
not. A sixth of the lines name nobody.

  cV.jsonl  development (read), 300 lines
  cW.jsonl  held out (other templates, written before the rules; only measured), 300 lines
"""
import datetime, random

import probekit

T = {
    "zh_CN": (["{P}昨天提交了报告。",
               "我和{P}讨论了发票的问题。",
               "请把合同发给{P}。",
               "感谢{P}的帮助！",
               "会议改到{D}，{P}会参加。",
               "会议改到{D}，请大家准时参加。"],
              ["{P}负责这个项目。",
               "你今天见过{P}吗？",
               "这份文件由{P}审核。",
               "{P}下周去上海出差。",
               "这个项目下周开始。"]),
    "zh_TW": (["{P}昨天提交了報告。",
               "我和{P}討論了發票的問題。",
               "請把合約寄給{P}。",
               "感謝{P}的幫忙！",
               "會議改到{D}，{P}會參加。",
               "會議改到{D}，請大家準時參加。"],
              ["{P}負責這個專案。",
               "你今天見過{P}嗎？",
               "這份文件由{P}審核。",
               "{P}下週去台北出差。",
               "這個專案下週開始。"]),
    "ko_KR": (["{P}에게 계약서를 보내 주세요.",
               "{P}의 보고서를 검토했습니다.",
               "어제 {P}에게 전화했습니다.",
               "{P}의 연락처를 알려 주세요.",
               "회의가 {D}로 변경되었습니다.",
               "{P}에게 {D}까지 답장해 주세요."],
              ["{P}도 회의에 참석합니다.",
               "{P}한테 물어보세요.",
               "{P}하고 점심을 먹었습니다.",
               "내일 {P}도 올 거예요.",
               "프로젝트는 다음 주에 시작합니다."]),
}

DATES = {"zh_CN": "%Y年%m月%d日", "zh_TW": "%Y年%m月%d日", "ko_KR": "%Y년 %m월 %d일"}


def drawer(loc):
    def draw(f, us):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
        vals = dict(P=f"{f.last_name()}{f.first_name()}", D=day.strftime(DATES[loc]))
        types = dict(P="PERSON", D="DATE_TIME")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("cV", 100), ("cW", 100)], 3180, 318, out)


if __name__ == "__main__":
    main()
