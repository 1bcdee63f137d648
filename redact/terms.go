package redact

import (
	"context"
	"strings"

	ahocorasick "github.com/petar-dambovaliev/aho-corasick"
)

// Special categories of personal data (GDPR article 9), found from term lists a policy can act on.
const (
	HealthTerm            = "HEALTH_DATA"
	ReligionTerm          = "RELIGION"
	EthnicityTerm         = "ETHNIC_ORIGIN"
	SexualOrientationTerm = "SEXUAL_ORIENTATION"
	PoliticalTerm         = "POLITICAL_OPINION"
	TradeUnionTerm        = "TRADE_UNION"
)

// SourceTerms is the Source of findings from term lists.
const SourceTerms = "terms"

// SpecialCategoryTerms are the built-in markers of special categories, found by the cue
// recognizer's automaton. Words with common
// everyday senses ("black", "white", "union", "party") are left out, or appear only in phrases.
var SpecialCategoryTerms = map[string][]string{
	HealthTerm: {"diabetes", "diabetic", "hiv", "hiv-positive", "aids", "cancer", "chemotherapy", "radiotherapy", "depression", "schizophrenia",
		"bipolar disorder", "pregnant", "pregnancy", "abortion", "miscarriage", "hepatitis", "tuberculosis", "epilepsy", "dementia",
		"alzheimer's", "parkinson's", "autism", "adhd", "anorexia", "bulimia", "insulin", "methadone", "opioid addiction", "alcoholism",
		"substance abuse", "herpes", "syphilis", "chlamydia", "gonorrhea", "psychiatric", "antidepressants", "dialysis", "mastectomy",
		"multiple sclerosis", "cystic fibrosis", "sickle cell", "hemophilia", "ptsd", "anxiety disorder", "eating disorder", "ivf",
		// conditions (stop 33), by names that have no everyday or technical sense ("stroke", "cold",
		// "lithium" and "prep" left out)
		"asthma", "copd", "emphysema", "hypertension", "hypothyroidism", "hyperthyroidism", "arthritis", "rheumatoid arthritis",
		"osteoarthritis", "osteoporosis", "lupus", "psoriasis", "eczema", "crohn's disease", "crohn's", "ulcerative colitis", "celiac disease",
		"fibromyalgia", "migraine", "migraines", "glaucoma", "leukemia", "leukaemia", "lymphoma", "melanoma", "carcinoma", "metastatic",
		"heart failure", "heart attack", "myocardial infarction", "atrial fibrillation", "arrhythmia", "angina", "cardiomyopathy", "seizures",
		"paraplegic", "quadriplegic", "amputee", "kidney disease", "renal failure", "liver disease", "cirrhosis", "pancreatitis", "sleep apnea",
		"narcolepsy", "obsessive-compulsive disorder", "panic disorder", "panic attacks", "suicidal", "suicide attempt", "self-harm",
		"borderline personality disorder", "psychosis", "psychotic", "hiv positive", "hpv", "infertility", "erectile dysfunction", "menopause",
		"endometriosis", "pcos", "down syndrome", "cerebral palsy", "muscular dystrophy", "huntington's disease", "addiction", "alcohol use disorder",
		"opioid use disorder", "overdose", "detox", "major depressive disorder", "depressive disorder", "generalized anxiety disorder",
		"generalised anxiety disorder", "social anxiety disorder", "schizoaffective disorder", "personality disorder", "hospice", "palliative care", "organ transplant", "pacemaker", "chemo", "antipsychotics",
		"antiretroviral", "antiretrovirals",
		// a status written with its sign, as a chart and a profile write it (stop 44: "HIV+ since 2011" had gone upstream; the
		// word walk keeps a word's trailing '+'), and hepatitis by its virus
		"hiv+", "hiv-negative", "hiv negative", "hcv", "hcv+", "hbv", "hep c", "hep b", "sepsis",
		// a chart's abbreviations of conditions that no field of computing shares ("CHF", Swiss
		// francs, "CAD", "MI" and "OSA" left out, and "GERD", a given name too)
		"afib", "a-fib", "t2dm", "t1dm", "dm2", "htn", "ckd", "esrd", "mdd",
		// bipolar disorder as a chart shortens it, and genetic markers a family history names, which
		// GDPR counts with health as genetic data (stop 45: "bipolar II; sister with BRCA1")
		"bipolar i", "bipolar ii", "bipolar 1", "bipolar 2", "bipolar depression", "brca1", "brca2", "brca1/2", "brca mutation", "lynch syndrome",
		// medicines, which tell the condition they treat: generic names and the brands said as often
		"metformin", "insulin glargine", "lisinopril", "atorvastatin", "simvastatin", "rosuvastatin", "amlodipine", "losartan", "levothyroxine",
		"omeprazole", "pantoprazole", "metoprolol", "albuterol", "gabapentin", "pregabalin", "hydrochlorothiazide", "sertraline", "fluoxetine",
		"escitalopram", "citalopram", "paroxetine", "bupropion", "trazodone", "venlafaxine", "duloxetine", "mirtazapine", "alprazolam",
		"lorazepam", "clonazepam", "diazepam", "zolpidem", "quetiapine", "aripiprazole", "risperidone", "olanzapine", "clozapine", "haloperidol",
		"lamotrigine", "levetiracetam", "topiramate", "valproate", "carbamazepine", "methylphenidate", "prednisone", "warfarin", "apixaban",
		"rivaroxaban", "clopidogrel", "furosemide", "spironolactone", "carvedilol", "tamsulosin", "finasteride", "sildenafil", "tadalafil",
		"montelukast", "oxycodone", "hydrocodone", "tramadol", "morphine", "fentanyl", "buprenorphine", "naloxone", "naltrexone", "methotrexate",
		"adalimumab", "semaglutide", "tirzepatide", "empagliflozin", "dapagliflozin", "glipizide", "sitagliptin", "tamoxifen", "letrozole",
		"anastrozole", "adderall", "ritalin", "vyvanse", "suboxone", "humira", "ozempic", "wegovy", "mounjaro", "jardiance", "januvia", "truvada",
		"biktarvy", "zoloft", "prozac", "lexapro", "xanax", "ativan", "klonopin", "valium", "ambien", "seroquel", "abilify", "wellbutrin",
		"effexor", "cymbalta", "lipitor", "crestor", "synthroid", "eliquis", "xarelto", "plavix", "lasix", "flomax", "viagra", "cialis",
		"oxycontin", "percocet", "vicodin", "narcan", "lyrica", "depakote", "lamictal", "keppra", "topamax", "tegretol"},
	ReligionTerm: {"muslim", "christian", "catholic", "protestant", "jewish", "hindu", "buddhist", "sikh", "atheist", "agnostic", "mormon",
		"jehovah's witness", "evangelical", "islam", "judaism", "hinduism", "buddhism", "sikhism", "mosque", "synagogue", "scientologist",
		"muslims", "christians", "catholics", "protestants", "jew", "jews", "hindus", "buddhists", "sikhs", "atheists", "agnostics", "mormons",
		"jehovah's witnesses", "evangelicals", "scientologists",
		"christianity", "catholicism", "protestantism", "orthodox christianity", "mormonism", "jainism", "taoism", "shinto", "shintoism",
		"zoroastrianism", "confucianism", "rastafarianism", "wicca", "paganism", "scientology", "atheism", "agnosticism", "bahá'í", "bahai",
		"anglicanism", "lutheranism", "methodism", "presbyterianism", "quakerism", "sufism", "shia islam", "sunni islam"},
	EthnicityTerm: {"african american", "african-american", "hispanic", "latino", "latina", "latinx", "caucasian", "asian american",
		"native american", "first nations", "aboriginal", "pacific islander", "roma", "ethnic minority", "african americans", "latinos",
		"latinas", "caucasians", "asian americans", "native americans", "pacific islanders", "ethnic minorities"},
	SexualOrientationTerm: {"gay", "lesbian", "bisexual", "homosexual", "heterosexual", "transgender", "queer", "lgbt", "lgbtq", "lgbtq+",
		"pansexual", "asexual", "non-binary"},
	PoliticalTerm: {"democrat", "republican", "socialist", "communist", "libertarian", "democrats", "republicans", "socialists", "communists",
		"libertarians", "conservative party", "labour party",
		"green party", "far-right", "far-left", "voted for", "party member"},
	TradeUnionTerm: {"union member", "trade union", "labor union", "labour union", "teamsters", "unionized", "unionised", "shop steward",
		"afl-cio", "union dues", "union rep",
		// unions by their names, as a member says which (stop 33): "a member of SEIU Local 1199"
		"seiu", "afscme", "uaw", "ufcw", "ibew", "united auto workers", "united steelworkers", "nurses union", "nurses' union",
		"teachers union", "teachers' union", "unite here", "national education association", "american federation of teachers"},
}

// Terms finds listed terms (whole words, any case) and knows which terms are allowed.
type Terms struct {
	ac    ahocorasick.AhoCorasick
	types []string // pattern index -> entity type
	allow map[string]bool
}

var _ Recognizer = (*Terms)(nil)

// NewTerms builds a term recognizer: deny maps entity types to terms that are always found
// (score 1), allow lists terms that are never masked, whatever finds them.
func NewTerms(deny map[string][]string, allow []string) *Terms {
	t := &Terms{allow: map[string]bool{}}
	var patterns []string
	seen := map[string]bool{}
	for typ, terms := range deny {
		for _, term := range terms {
			key := strings.ToLower(strings.TrimSpace(term))
			if key == "" || seen[key] {
				continue
			}
			seen[key] = true
			patterns = append(patterns, key)
			t.types = append(t.types, typ)
		}
	}
	for _, a := range allow {
		t.allow[strings.ToLower(strings.TrimSpace(a))] = true
	}
	if len(patterns) > 0 {
		b := ahocorasick.NewAhoCorasickBuilder(ahocorasick.Opts{AsciiCaseInsensitive: true, MatchOnlyWholeWords: true, MatchKind: ahocorasick.LeftMostLongestMatch, DFA: len(patterns) < 20000})
		t.ac = b.Build(patterns)
	}
	return t
}

// Len is how many deny terms there are.
func (t *Terms) Len() int { return len(t.types) }

// Recognize implements Recognizer.
func (t *Terms) Recognize(ctx context.Context, text string, dst []Finding) ([]Finding, error) {
	if t == nil || len(t.types) == 0 {
		return dst, nil
	}
	it := t.ac.Iter(text)
	for m := it.Next(); m != nil; m = it.Next() {
		dst = append(dst, Finding{Type: t.types[m.Pattern()], Start: m.Start(), End: m.End(), Score: 1, Source: SourceTerms})
	}
	return dst, ctx.Err()
}

// Allowed reports whether text is on the allow list.
func (t *Terms) Allowed(text string) bool {
	return t != nil && len(t.allow) > 0 && t.allow[strings.ToLower(strings.TrimSpace(text))]
}
