"""Usage: cjk.py PKG OUTDIR

Writes identifiers in Chinese, Japanese and Korean sentences (stop 24), which write a number or an
address right against the words around it, without spaces ("我的手机号是13812345678，",
"電話番号は090-1234-5678です。", "kim@example.com입니다"): phones, emails, card numbers, IP addresses
and national numbers of Faker's zh_CN, ja_JP and ko_KR locales. The people's names are not
labelled: the probe measures where an identifier begins and ends.

  jA.jsonl  development (read), 900 lines
  jB.jsonl  held out (other templates; only measured), 600 lines
"""
import probekit

T = {
    "zh_CN": (
        ["我的手机号是{PHONE}，有事请联系。", "请把发票发到{EMAIL}，谢谢！", "信用卡号{CARD}已经冻结了。", "服务器{IP}无法访问。",
         "身份证号码：{ID}", "{NAME}的电话是{PHONE}。", "我的邮箱是{EMAIL}。"],
        ["联系电话{PHONE}，工作日可打。", "邮箱{EMAIL}收不到验证码", "用这张卡{CARD}付款失败了", "登录IP为{IP}的设备异常",
         "患者身份证{ID}，已登记。", "有问题打{PHONE}找{NAME}。"],
    ),
    "ja_JP": (
        ["電話番号は{PHONE}です。", "メールアドレスは{EMAIL}です。", "カード番号{CARD}で支払いました。", "サーバー{IP}に接続できません。",
         "{NAME}さんの電話は{PHONE}です。"],
        ["携帯{PHONE}までご連絡ください。", "{EMAIL}宛に送ってください。", "クレジットカード{CARD}が使えません", "アクセス元は{IP}でした。",
         "連絡先：{PHONE}（{NAME}）"],
    ),
    "ko_KR": (
        ["제 전화번호는 {PHONE}입니다.", "이메일은 {EMAIL}입니다.", "카드번호 {CARD}로 결제했어요.", "서버 {IP}에 접속이 안 됩니다.",
         "주민등록번호: {ID}", "{NAME}씨 번호는 {PHONE}입니다."],
        ["연락처는 {PHONE}이에요.", "{EMAIL}로 보내 주세요.", "신용카드 {CARD}가 정지되었습니다.", "IP {IP}에서 로그인 시도가 있었습니다.",
         "주민번호 {ID}입니다."],
    ),
}
ID_TYPE = {"zh_CN": "CN_RESIDENT_ID", "ko_KR": "KR_RRN"}


def drawer(loc):
    def draw(f, us):
        vals = dict(PHONE=f.phone_number(), EMAIL=f.email(), CARD=f.credit_card_number(), IP=f.ipv4(), NAME=f.name(),
                    ID=f.ssn() if loc in ID_TYPE else "")
        types = dict(PHONE="PHONE_NUMBER", EMAIL="EMAIL_ADDRESS", CARD="CREDIT_CARD", IP="IP_ADDRESS", NAME=None, ID=ID_TYPE.get(loc))
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("jA", 300), ("jB", 200)], 2400, 240, out)


if __name__ == "__main__":
    main()
