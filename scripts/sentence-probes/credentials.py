"""Credentials and encoded text (stop 40): what a developer, an operator or a support engineer
pastes for a model to debug: .env files, YAML, JSON and properties configurations whose keys end
in a word for a secret (DB_PASSWORD, smtpPassword, refresh_token, X-Api-Key), HTTP requests and
curl commands with their Authorization headers (Basic, Bearer) and session cookies, database and
cache clients' command lines with their passwords (mysql -p…, PGPASSWORD=, redis-cli -a,
sshpass -p), .netrc and .pgpass lines, a registry's auth; and personal data inside encodings:
base64 (Kubernetes secrets, a mail's body, data URLs, base64url JSON, SMTP's AUTH PLAIN), quoted-
printable bodies, MIME encoded words in headers and JSON's \\u escapes. Writes eP.jsonl
(development: the forms read while writing stop 40's rules) and eQ.jsonl (held out: other
layouts of the same kinds, other seeds, written with the development half before any rule and
measured only), each line
labelled with its form ("form"); and ePc.jsonl and eQc.jsonl, forty texts of forty of each half's
lines joined.

A value inside an encoding is labelled on the encoded characters that carry it: in base64, the
groups of four characters that hold its bytes; in quoted-printable and JSON escapes, the escapes.
"""
import base64, json, os, quopri, random, string
from probekit import T, args, concatenate, faker_class

P, EM, PH, SEC, USR, DOB = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "SECRET", "USERNAME", "DATE_OF_BIRTH"
SSN, ST, CARD, IP = "US_SSN", "STREET_ADDRESS", "CREDIT_CARD", "IP_ADDRESS"


def b64(inner, alphabet=base64.b64encode, wrap=0, strip=False):
    """inner (a T) in base64, each span on the groups of four characters holding its bytes; wrap,
    a line length (MIME's 76) to wrap at."""
    raw = inner.text.encode()
    # byte offsets of the code points
    bo = [len(inner.text[:i].encode()) for i in range(len(inner.text) + 1)]
    enc = alphabet(raw).decode()
    if strip:
        enc = enc.rstrip("=")
    spans = []
    for s in inner.spans:
        a, e = bo[s["start"]], bo[s["end"]]
        spans.append((s["type"], a // 3 * 4, min(len(enc), (e + 2) // 3 * 4)))
    out = T()
    if not wrap:
        out.text = enc
        out.spans = [dict(type=t, start=a, end=e) for t, a, e in spans]
        return out
    # wrapped: positions shift by one per line break before them
    lines = [enc[i:i + wrap] for i in range(0, len(enc), wrap)]
    out.text = "\n".join(lines)
    mv = lambda p: p + p // wrap if p % wrap or p == 0 else p + p // wrap - 1
    for t, a, e in spans:
        # a span over a break is cut in two, each line's part its own
        la, le = a // wrap, (e - 1) // wrap
        for ln in range(la, le + 1):
            s0, s1 = max(a, ln * wrap), min(e, (ln + 1) * wrap)
            out.spans.append(dict(type=t, start=s0 + ln, end=s1 + ln))
    return out


def qp(inner):
    """inner in quoted-printable (soft breaks at 76), each span over its characters' escapes."""
    out = T()
    col = 0
    marks = []  # (start, end, type) in inner's code points
    typ_at = {}
    for s in inner.spans:
        for i in range(s["start"], s["end"]):
            typ_at[i] = s["type"]
    cur = None
    for i, ch in enumerate(inner.text):
        if ch == "\n":
            enc = "\n"
        elif ch == " " or (33 <= ord(ch) <= 126 and ch != "="):
            enc = ch
        else:
            enc = "".join("=%02X" % b for b in ch.encode())
        if ch != "\n" and col + len(enc) > 75:
            out("=\n")
            col = 0
        t = typ_at.get(i)
        start = len(out.text)
        out(enc)
        col = 0 if ch == "\n" else col + len(enc)
        if t and not ch.isspace():
            if cur and cur[1] == start and cur[2] == t:
                cur[1] = len(out.text)
            elif cur and cur[2] == t and out.text[cur[1]:start] in ("=\n", " ", "=\n "):
                cur[1] = len(out.text)
            else:
                if cur:
                    marks.append(cur)
                cur = [start, len(out.text), t]
        elif t is None and cur and not ch.isspace():
            marks.append(cur)
            cur = None
    if cur:
        marks.append(cur)
    out.spans = [dict(type=t, start=a, end=e) for a, e, t in marks]
    return out


def uesc(inner, every=False):
    """inner as a JSON string's body with \\u escapes for what is not ASCII (and, with every, for
    '@' and the first digit of a number, as some serialisers write them), spans over the escapes."""
    out = T()
    typ_at = {}
    for s in inner.spans:
        for i in range(s["start"], s["end"]):
            typ_at[i] = s["type"]
    cur = None
    for i, ch in enumerate(inner.text):
        if ord(ch) > 126 or every and ch in "@<>&'":
            enc = "\\u%04x" % ord(ch)
        else:
            enc = ch
        t = typ_at.get(i)
        start = len(out.text)
        out(enc)
        if t:
            if cur and cur[1] == start and cur[2] == t:
                cur[1] = len(out.text)
            else:
                if cur:
                    out.spans.append(dict(type=cur[2], start=cur[0], end=cur[1]))
                cur = [start, len(out.text), t]
        elif cur:
            out.spans.append(dict(type=cur[2], start=cur[0], end=cur[1]))
            cur = None
    if cur:
        out.spans.append(dict(type=cur[2], start=cur[0], end=cur[1]))
    return out


def encword(s, kind):
    """A MIME encoded word of s (B or Q)."""
    if kind == "B":
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="
    q = "".join(c if c.isascii() and c.isalnum() else "_" if c == " " else "".join("=%02X" % b for b in c.encode()) for c in s)
    return "=?utf-8?q?" + q + "?="


def pw(r, n=None):
    n = n or r.randint(10, 16)
    cs = string.ascii_letters + string.digits + "!#%*-_+"
    while True:
        v = "".join(r.choice(cs) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def tok(r, n=32, cs=string.ascii_letters + string.digits):
    while True:
        v = "".join(r.choice(cs) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def login(f, r):
    g, s = f.first_name().lower().replace(" ", ""), f.last_name().lower().replace(" ", "")
    return r.choice([g[0] + s, g + "." + s, g + "_" + s[:3], s + str(r.randint(1, 99))]).encode("ascii", "ignore").decode() or "jdoe"


def draw(f, r):
    v = dict(NAME=f.name(), EMAIL=f.free_email(), LOGIN=login(f, r), PW=pw(r), PW2=pw(r), TOK=tok(r), TOK2=tok(r, 40),
             HEX=tok(r, 32, "0123456789abcdef"), PHONE=f.phone_number(), DOB=f.date_of_birth(minimum_age=18, maximum_age=90).strftime("%m/%d/%Y"),
             SSN=f.ssn(), STREET=f.street_address(), CITY=f.city(), HOST=r.choice(["db.internal", "10.0.3.14", "pg-prod.acme.io", "mysql.local"]))
    v["DB"] = r.choice(["app", "orders", "crm", "billing"])
    return v


# Each form: (name, function of (v, r) -> T). DEV first.
def dev_forms():
    F = []

    def env(v, r):
        return (T()("# .env (why does the app fail to connect?)\nDB_HOST=")(v["HOST"])("\nDB_USER=")(v["LOGIN"], USR)("\nDB_PASSWORD=")(v["PW"], SEC)
                ("\nJWT_SECRET=")(v["TOK"], SEC)("\nSMTP_PASS=")(v["PW2"], SEC)("\nADMIN_EMAIL=")(v["EMAIL"], EM)("\nPORT=8080\n"))
    F.append(("env", env))

    def yaml(v, r):
        return (T()("database:\n  host: ")(v["HOST"])("\n  username: ")(v["LOGIN"], USR)("\n  password: ")(v["PW"], SEC)
                ("\nmailer:\n  from: ")(v["EMAIL"], EM)("\n  smtpPassword: \"")(v["PW2"], SEC)("\"\n  api-token: ")(v["TOK"], SEC)("\n"))
    F.append(("yaml", yaml))

    def js(v, r):
        return (T()('{"db": {"user": "')(v["LOGIN"], USR)('", "dbPassword": "')(v["PW"], SEC)('"}, "accessToken": "')(v["TOK"], SEC)
                ('", "refresh_token": "')(v["TOK2"], SEC)('", "owner": "')(v["EMAIL"], EM)('"}'))
    F.append(("json", js))

    def curl(v, r):
        cred = T()(v["EMAIL"] + ":" + v["PW"])
        t = T()("this returns 401, what's wrong?\ncurl -s -X POST https://api.acme.io/v2/orders \\\n  -H 'Authorization: Basic ")
        c = b64(cred)
        c.spans = [dict(type=SEC, start=0, end=len(c.text))]
        return t.put(c)("' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"customer\": \"")(v["NAME"], P)('"}\'')
    F.append(("curlbasic", curl))

    def http(v, r):
        return (T()("GET /api/me HTTP/1.1\nHost: app.acme.io\nAuthorization: Bearer ")(v["TOK"], SEC)("\nX-Api-Key: ")(v["TOK2"], SEC)
                ("\nCookie: sessionid=")(v["TOK"][:24].lower(), SEC)("; csrftoken=")(v["TOK2"][:32], SEC)("\nUser-Agent: Mozilla/5.0\n"))
    F.append(("http", http))

    def cli(v, r):
        return (T()("mysql -h ")(v["HOST"])(" -u ")(v["LOGIN"], USR)(" -p")(v["PW"], SEC)(" ")(v["DB"])("\nPGPASSWORD=")(v["PW2"], SEC)
                (" psql -h ")(v["HOST"])(" -U ")(v["LOGIN"], USR)(" ")(v["DB"])("\nredis-cli -h cache.local -a ")(v["PW"], SEC)(" ping\n"))
    F.append(("cli", cli))

    def curlu(v, r):
        return T()("curl -u ")(v["LOGIN"], USR)(":")(v["PW"], SEC)(" https://jenkins.acme.io/job/build/api/json\nsshpass -p '")(v["PW2"], SEC)("' ssh ")(v["LOGIN"], USR)("@10.0.4.7")
    F.append(("curlu", curlu))

    def netrc(v, r):
        return (T()("~/.netrc:\nmachine api.acme.io login ")(v["LOGIN"], USR)(" password ")(v["PW"], SEC)("\n~/.pgpass:\n")(v["HOST"])(":5432:")(v["DB"])(":")
                (v["LOGIN"], USR)(":")(v["PW2"], SEC))
    F.append(("netrc", netrc))

    def docker(v, r):
        a = b64(T()(v["LOGIN"] + ":" + v["PW"]))
        a.spans = [dict(type=SEC, start=0, end=len(a.text))]
        return T()('~/.docker/config.json: {"auths": {"registry.acme.io": {"auth": "').put(a)('"}}}')
    F.append(("docker", docker))

    def k8s(v, r):
        t = T()("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\ndata:\n  username: ")
        t.put(b64(T()(v["EMAIL"], EM)))("\n  password: ")
        p = b64(T()(v["PW"]))
        p.spans = [dict(type=SEC, start=0, end=len(p.text))]
        return t.put(p)("\n  ssn: ").put(b64(T()(v["SSN"], SSN)))("\n")
    F.append(("k8s", k8s))

    def mimeb64(v, r):
        body = T()("Hi team,\n\nPatient ")(v["NAME"], P)(" (DOB ")(v["DOB"], DOB)(") called from ")(v["PHONE"], PH)(" about her lab results. Please call her back.\n\nThanks\n")
        return (T()("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n").put(b64(body, wrap=76))("\n"))
    F.append(("mimeb64", mimeb64))

    def mimeqp(v, r):
        name = v["NAME"]
        body = T()("Dear ")(name, P)(",\n\nyour new card ending in 4417 is on its way to ")(v["STREET"], ST)(", ")(v["CITY"], "LOCATION")(
            ". If you did not ask for it, call us or write to ")(v["EMAIL"], EM)(" within 14 days of this letter, please.\n")
        return T()("From: ")(encword(name, "Q"), P)(" <")(v["EMAIL"], EM)(">\nContent-Transfer-Encoding: quoted-printable\n\n").put(qp(body))
    F.append(("mimeqp", mimeqp))

    def jesc(v, r):
        inner = T()('{"user":"')(v["NAME"], P)('","email":"')(v["EMAIL"], EM)('","city":"')(v["CITY"], "LOCATION")('"}')
        return T()("2024-11-05T10:12:03Z INFO payload=\"").put(uesc(inner, every=True))('"')
    F.append(("jsonesc", jesc))

    def b64url(v, r):
        inner = T()('{"name":"')(v["NAME"], P)('","email":"')(v["EMAIL"], EM)('","phone":"')(v["PHONE"], PH)('"}')
        return T()("the callback gets ?state=").put(b64(inner, alphabet=base64.urlsafe_b64encode, strip=True))("&code=4/0AX4XfWh - why is the state rejected?")
    F.append(("b64url", b64url))

    def smtp(v, r):
        a = b64(T()("\0" + v["EMAIL"] + "\0" + v["PW"]))
        a.spans = [dict(type=SEC, start=0, end=len(a.text))]
        return T()("S: 250-AUTH LOGIN PLAIN\nC: AUTH PLAIN ").put(a)("\nS: 535 5.7.8 Authentication credentials invalid")
    F.append(("smtp", smtp))

    def dataurl(v, r):
        card = T()("BEGIN:VCARD\nVERSION:3.0\nFN:")(v["NAME"], P)("\nTEL;TYPE=cell:")(v["PHONE"], PH)("\nEMAIL:")(v["EMAIL"], EM)("\nEND:VCARD\n")
        return T()('<a href="data:text/vcard;base64,').put(b64(card))('">Save contact</a>')
    F.append(("dataurl", dataurl))
    return F


def held_forms():
    F = []

    def props(v, r):
        return (T()("application.properties:\nspring.datasource.url=jdbc:postgresql://")(v["HOST"])("/")(v["DB"])("\nspring.datasource.username=")(v["LOGIN"], USR)
                ("\nspring.datasource.password=")(v["PW"], SEC)("\nspring.mail.username=")(v["EMAIL"], EM)("\nspring.mail.password=")(v["PW2"], SEC)("\n"))
    F.append(("props", props))

    def django(v, r):
        return (T()("DATABASES = {\n    'default': {\n        'NAME': '")(v["DB"])("',\n        'USER': '")(v["LOGIN"], USR)("',\n        'PASSWORD': '")(v["PW"], SEC)
                ("',\n    }\n}\nSECRET_KEY = '")(v["TOK2"], SEC)("'\nEMAIL_HOST_PASSWORD = '")(v["PW2"], SEC)("'\n"))
    F.append(("django", django))

    def tfvars(v, r):
        return (T()('terraform.tfvars:\nadmin_username = "')(v["LOGIN"], USR)('"\nadmin_password = "')(v["PW"], SEC)('"\ndatadog_api_key = "')(v["HEX"], SEC)
                ('"\nalert_email = "')(v["EMAIL"], EM)('"\n'))
    F.append(("tfvars", tfvars))

    def har(v, r):
        return (T()('{"request": {"method": "POST", "headers": [{"name": "Authorization", "value": "Bearer ')(v["TOK2"], SEC)
                ('"}, {"name": "Cookie", "value": "JSESSIONID=')(v["HEX"].upper(), SEC)('"}], "postData": {"text": "{\\"email\\":\\"')(v["EMAIL"], EM)('\\"}"}}}'))
    F.append(("har", har))

    def proxylog(v, r):
        c = b64(T()(v["LOGIN"] + ":" + v["PW"]))
        c.spans = [dict(type=SEC, start=0, end=len(c.text))]
        return T()("10.2.0.8 - - [05/Nov/2024:10:12:03 +0000] \"CONNECT api.acme.io:443\" 407 - Proxy-Authorization: Basic ").put(c)
    F.append(("proxylog", proxylog))

    def wget(v, r):
        return (T()("wget --user=")(v["LOGIN"], USR)(" --password=")(v["PW"], SEC)(" https://files.acme.io/export.csv\ndocker login -u ")(v["LOGIN"], USR)
                (" -p ")(v["PW2"], SEC)(" registry.acme.io\n"))
    F.append(("wget", wget))

    def mimecsv(v, r):
        rows = T()("name,email,phone\n")(v["NAME"], P)(",")(v["EMAIL"], EM)(",")(v["PHONE"], PH)("\n")
        return T()('Content-Type: text/csv; name="contacts.csv"\nContent-Transfer-Encoding: base64\n\n').put(b64(rows, wrap=76))("\n")
    F.append(("mimecsv", mimecsv))

    def subjb(v, r):
        return T()("Subject: ")(encword("Termin für " + v["NAME"], "B"), P)("\nFrom: ")(encword(v["NAME"], "Q"), P)(" <")(v["EMAIL"], EM)(">")
    F.append(("subjb", subjb))

    def javalog(v, r):
        inner = T()('{"customer":"')(v["NAME"], P)('","street":"')(v["STREET"], ST)('","mail":"')(v["EMAIL"], EM)('"}')
        return T()("WARN c.a.OrderService - rejected order body=").put(uesc(inner, every=True))
    F.append(("javalog", javalog))

    def saml(v, r):
        inner = T()('<saml:NameID>')(v["EMAIL"], EM)('</saml:NameID><saml:Attribute Name="displayName"><saml:AttributeValue>')(v["NAME"], P)(
            '</saml:AttributeValue></saml:Attribute>')
        return T()("SAMLResponse=").put(b64(inner))
    F.append(("saml", saml))

    def qphtml(v, r):
        body = T()('<p>Hello ')(v["NAME"], P)(',</p><p>your appointment is confirmed. We will text you at ')(v["PHONE"], PH)(' the day before.</p>')
        return T()("Content-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n").put(qp(body))
    F.append(("qphtml", qphtml))

    def echo(v, r):
        inner = T()("export DB_PASSWORD=")(v["PW"], SEC)("; psql -U ")(v["LOGIN"], USR)(" -h ")(v["HOST"])
        return T()("what does this do? echo ").put(b64(inner))(" | base64 -d | sh")
    F.append(("echo", echo))
    return F


def write(Faker, forms, path, seed, per, locs=("en_US", "en_GB", "de_DE", "fr_FR", "es_ES")):
    r = random.Random(seed)
    fk = {}
    with open(path, "w") as o:
        for k in range(per * len(forms)):
            loc = locs[k % len(locs)]
            if loc not in fk:
                fk[loc] = Faker(loc)
                fk[loc].seed_instance(seed * 100 + len(fk))
            name, make = forms[k % len(forms)]
            t = make(draw(fk[loc], r), r)
            o.write(json.dumps(dict(text=t.text, spans=t.spans, loc=loc, form=name), ensure_ascii=False) + "\n")


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write(Faker, dev_forms(), os.path.join(out, "eP.jsonl"), 40, 30)
    write(Faker, held_forms(), os.path.join(out, "eQ.jsonl"), 85, 30)
    concatenate(out, "eP", "ePc", 9)
    concatenate(out, "eQ", "eQc", 10)


if __name__ == "__main__":
    main()
