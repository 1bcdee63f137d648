"""Chat in other languages (stop 37): short messages of ten languages' chat as people type them,
names in lower case after greetings and thanks, full names in lower case after "with", and a
capitalised given name before "says", with Faker's names of each language. Writes cY.jsonl
(development: the forms read while writing stop 37's chat rules) and cZ.jsonl (held out: other
forms, other seeds, written after those rules and measured only); each line keeps its form."""
import json, os, random
from probekit import args, faker_class, fill

DEV = {
    "es_ES": ["oye {LGIV}, ¿vienes mañana?", "jaja {LGIV} eres lo peor", "hablé con {LNAME} ayer", "{GIVN} dice que llega tarde", "¿has visto a {GIVN}?", "gracias {LGIV}!!"],
    "pt_BR": ["oi {LGIV}, tudo bem?", "falei com {LNAME} ontem", "{GIVN} disse que vai atrasar", "valeu {LGIV}!!", "cadê a {GIVN}?"],
    "fr_FR": ["salut {LGIV}, tu viens demain ?", "j'ai parlé à {LNAME} hier", "{GIVN} dit qu'il sera en retard", "merci {LGIV} !!", "t'as vu {GIVN} ?"],
    "de_DE": ["hey {LGIV}, kommst du morgen?", "hab gestern mit {LNAME} gesprochen", "{GIVN} sagt, sie kommt später", "danke {LGIV}!!", "hast du {GIVN} gesehen?"],
    "it_IT": ["ciao {LGIV}, vieni domani?", "ho parlato con {LNAME} ieri", "{GIVN} dice che arriva tardi", "grazie {LGIV}!!", "hai visto {GIVN}?"],
    "hi_IN": ["arre {LGIV} kal aa raha hai kya?", "maine {LNAME} se baat ki", "{GIVN} bol raha tha ki late hoga", "thanks {LGIV} yaar", "{GIVN} ko bolo call kare"],
    "fil_PH": ["uy {LGIV}, punta ka bukas?", "nakausap ko si {LNAME} kahapon", "sabi ni {GIVN} male-late daw siya", "salamat {LGIV}!!", "nasaan si {GIVN}?"],
    "nl_NL": ["hoi {LGIV}, kom je morgen?", "ik heb gisteren met {LNAME} gesproken", "{GIVN} zegt dat ze later komt", "dank je {LGIV}!!", "heb je {GIVN} gezien?"],
    "pl_PL": ["cześć {LGIV}, przyjdziesz jutro?", "rozmawiałem wczoraj z {LNAME}", "{GIVN} mówi, że się spóźni", "dzięki {LGIV}!!", "widziałeś {GIVN}?"],
    "tr_TR": ["selam {LGIV}, yarın geliyor musun?", "dün {LNAME} ile konuştum", "{GIVN} geç kalacağını söyledi", "sağol {LGIV}!!", "{GIVN} nerede?"],
}
HELD = {
    "es_ES": ["buenas {LGIV}! ya llegué", "quedé con {LNAME} para comer", "{GIVN} dijo que no puede", "mil gracias {LGIV}"],
    "pt_BR": ["olá {LGIV}, já chegou?", "vou almoçar com {LNAME} amanhã", "{GIVN} diz que não pode", "obrigado {LGIV}!"],
    "fr_FR": ["coucou {LGIV} ! ça va ?", "je déjeune avec {LNAME} demain", "{GIVN} disait que c'est fermé", "bonsoir {LGIV}"],
    "de_DE": ["moin {LGIV}, alles gut?", "treffe mich morgen mit {LNAME}", "{GIVN} meinte, es ist zu", "servus {LGIV}!"],
    "it_IT": ["buongiorno {LGIV}! tutto bene?", "pranzo domani con {LNAME}", "{GIVN} dice che è chiuso", "ehi {LGIV}, ci sei?"],
    "hi_IN": ["arey {LGIV} kahan ho?", "kal {LNAME} ke saath lunch hai", "{GIVN} keh raha tha ki band hai", "thanks yaar {LGIV}"],
    "fil_PH": ["musta {LGIV}?", "kasama ko si {LNAME} bukas", "sabi ni {GIVN} sarado daw", "salamat po {LGIV}"],
    "nl_NL": ["hallo {LGIV}, alles goed?", "ik lunch morgen met {LNAME}", "{GIVN} zei dat het dicht is", "bedankt {LGIV}!"],
    "pl_PL": ["hej {LGIV}, jesteś?", "jutro lunch z {LNAME}", "{GIVN} powiedział, że zamknięte", "siema {LGIV}"],
    "tr_TR": ["merhaba {LGIV}, geldin mi?", "yarın {LNAME} ile öğle yemeği", "{GIVN} kapalı olduğunu söyledi", "teşekkürler {LGIV}"],
}


def draw(f):
    g, l = f.first_name().split()[0], f.last_name()
    vals = dict(LGIV=g.lower(), LNAME=("%s %s" % (g, l)).lower(), GIVN=g)
    return vals, {k: "PERSON" for k in vals}


def write(Faker, out, name, half, seed, per):
    random.seed(seed)
    with open(os.path.join(out, name + ".jsonl"), "w") as o:
        for n, (loc, forms) in enumerate(half.items()):
            f = Faker(loc)
            f.seed_instance(seed * 100 + n)
            for k in range(per * len(forms)):
                form = forms[k % len(forms)]
                vals, types = draw(f)
                text, spans = fill(form, vals, types)
                o.write(json.dumps(dict(text=text, spans=spans, loc=loc, form="%s:%d" % (loc, k % len(forms))), ensure_ascii=False) + "\n")


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write(Faker, out, "cY", DEV, 37, 40)
    write(Faker, out, "cZ", HELD, 73, 40)


if __name__ == "__main__":
    main()
