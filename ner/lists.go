package ner

// Word lists written for Veil, added to gofakeit's at training time: nationalities and other
// groups (NRP), and the words that mark organisations, titles, common words and street words.
// The names and cities of many cultures are in package names.

var nrpTerms = []string{
	"American", "Americans", "Canadian", "Mexican", "Brazilian", "Argentinian", "Argentine", "Chilean", "Colombian", "Peruvian", "Venezuelan", "Cuban", "Haitian", "Jamaican",
	"British", "English", "Scottish", "Welsh", "Irish", "French", "German", "Germans", "Dutch", "Belgian", "Swiss", "Austrian", "Italian", "Italians", "Spanish", "Spaniard", "Portuguese",
	"Greek", "Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Serbian", "Croatian", "Bosnian", "Albanian", "Ukrainian", "Russian", "Russians", "Belarusian",
	"Lithuanian", "Latvian", "Estonian", "Finnish", "Swedish", "Norwegian", "Danish", "Icelandic", "Turkish", "Kurdish", "Armenian", "Georgian", "Azerbaijani",
	"Israeli", "Palestinian", "Lebanese", "Syrian", "Iraqi", "Iranian", "Persian", "Saudi", "Emirati", "Yemeni", "Egyptian", "Moroccan", "Algerian", "Tunisian", "Libyan",
	"Nigerian", "Ghanaian", "Kenyan", "Ethiopian", "Somali", "South African", "Zimbabwean", "Ugandan", "Tanzanian", "Rwandan", "Congolese", "Senegalese", "Sudanese",
	"Indian", "Pakistani", "Bangladeshi", "Sri Lankan", "Nepali", "Afghan", "Chinese", "Japanese", "Korean", "Vietnamese", "Thai", "Filipino", "Indonesian", "Malaysian",
	"Singaporean", "Taiwanese", "Mongolian", "Australian", "New Zealander", "Maori", "Māori",
	"Asian", "African", "European", "Hispanic", "Latino", "Latina", "Latinx", "Arab", "Arabs", "Jewish", "Jews", "Muslim", "Muslims", "Christian", "Christians", "Catholic",
	"Catholics", "Protestant", "Protestants", "Orthodox", "Evangelical", "Mormon", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Jain", "Atheist", "Agnostic",
	"Sunni", "Shia", "Baptist", "Methodist", "Lutheran", "Anglican", "Quaker", "Roma", "Caucasian", "Black", "Indigenous", "Native American", "Aboriginal", "Inuit",
	"Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives", "Liberal", "Liberals", "Socialist", "Socialists", "Communist", "Communists",
	"Labour", "Tory", "Tories", "Green", "Greens", "Libertarian", "Libertarians",
}

var orgSuffixes = []string{
	"Inc", "Inc.", "Incorporated", "LLC", "L.L.C.", "Ltd", "Ltd.", "Limited", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "Group", "Holdings", "PLC", "plc",
	"GmbH", "AG", "SA", "S.A.", "SAS", "SARL", "S.p.A.", "SpA", "BV", "B.V.", "NV", "N.V.", "AB", "ASA", "Oy", "KK", "Pty", "LLP", "LP", "Partners", "Associates",
	"Bank", "Foundation", "University", "Institute", "Hospital", "Clinic", "Agency", "Ministry", "Department", "Council", "Association", "Society", "Trust", "Fund",
	"Technologies", "Solutions", "Systems", "Services", "Labs", "Industries", "Enterprises", "Consulting", "Capital", "Insurance", "Pharmaceuticals", "Motors", "Airlines",
}

var personTitles = []string{
	"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Rev.", "Fr", "Fr.",
	"Herr", "Frau", "Monsieur", "Madame", "Mme", "Señor", "Señora", "Sr", "Sra", "Signor", "Signora", "Nurse", "Officer", "Captain", "Judge", "Senator",
}

// commonWords are frequent English words that are also names or places (May, Will, Bill,
// Mark, Chase, Reading), so the model learns to want more evidence for them.
var commonWords = []string{
	"the", "a", "an", "and", "or", "but", "if", "then", "so", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been",
	"it", "this", "that", "these", "those", "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "our", "their",
	"may", "will", "can", "could", "would", "should", "must", "might", "shall", "do", "does", "did", "have", "has", "had", "not", "no", "yes", "all", "any", "some",
	"new", "old", "good", "great", "best", "first", "last", "next", "my", "please", "thanks", "hello", "hi", "dear", "today", "tomorrow", "yesterday",
	"bill", "mark", "chase", "reading", "grace", "hope", "joy", "faith", "rose", "lily", "summer", "autumn", "winter", "spring", "june", "april", "august",
	"error", "null", "true", "false", "none", "nil", "string", "int", "func", "return", "import", "class", "def", "var", "const", "print", "test", "main", "user", "admin",
}

var streetWords = []string{
	"Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Place", "Pl", "Square", "Sq",
	"Terrace", "Way", "Highway", "Hwy", "Parkway", "Pkwy", "Circle", "Suite", "Apt", "Apartment", "Unit", "Floor", "Box", "PO", "Strasse", "Straße", "Str.", "Weg", "Platz",
	"Rue", "Avenida", "Calle", "Via", "Viale", "Piazza", "Rua", "Plaza", "Paseo", "Carrer", "Gasse", "Allee", "Ulica", "ul.", "Vej", "Gatan", "Gade", "Straat", "Laan",
}
