package ner

import "testing"

// TestNamesInTables: a table's cells are fields keyed by their column's header, in CSV, TSV,
// semicolon-separated and markdown tables; a "name" column is a person's only in a table of
// people; a table ends where the rows stop matching its header.
func TestNamesInTables(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"first_name,last_name,email\nSofía,Hernández,sofia.h@yahoo.es\nmei,\"ling\",ml@x.cn",
			[]string{"PERSON Sofía", "PERSON Hernández", "PERSON mei", "PERSON ling"}},
		{"patient_id;Nom;Prénom;Ville\r\n1;Dubois;Camille;Lyon\r\n2;N'Diaye;Awa;Marseille",
			[]string{"PERSON Dubois", "PERSON Camille", "LOCATION Lyon", "PERSON N'Diaye", "PERSON Awa", "LOCATION Marseille"}},
		{"| Name | Phone | City |\n|---|---|---|\n| Chidi Nwosu | 0803 555 0199 | Lagos |",
			[]string{"PERSON Chidi Nwosu", "LOCATION Lagos"}},
		{"First Name\tLast Name\tDOB\nRuth\tAbernathy\t04/12/1950", []string{"PERSON Ruth", "PERSON Abernathy"}},
		// psql's and MySQL's result tables, whose rules join their dashes with '+'
		{" id  | name | email\n-----+------+-------\n 765886 | Hanno Junk | hritter@example.com\n(1 row)", []string{"PERSON Hanno Junk"}},
		{"+----+----------+--------+\n| id | name     | city   |\n+----+----------+--------+\n|  1 | Vansha Bassi | Pune |\n+----+----------+--------+",
			[]string{"PERSON Vansha Bassi", "LOCATION Pune"}},
		{"id,givenName,familyName\n7,Kofi,Boateng\n\nnotes,for,later\nAma,Owusu,x", []string{"PERSON Kofi", "PERSON Boateng"}},
		// short headers of a given and a family name's columns, side by side; a staff list's
		// columns make its "name" a person's (stop 37)
		{"id,first,last,town\n1,Brian,Winters,Olsonport", []string{"PERSON Brian", "PERSON Winters", "LOCATION Olsonport"}},
		{"page,first,last\n1,1,20", nil},
		{"| Name | Role |\n| --- | :---: |\n| Guy Howarth | Engineer |", []string{"PERSON Guy Howarth"}},
		// a product's name; a row of another width; a placeholder
		{"id,name,price\n1,Gadget Pro,19.99", nil},
		{"first_name,last_name\nSofía,Hernández,extra\nAna,Lima", nil},
		{"first_name,last_name\nnull,N/A", nil},
		// SQL's inserts
		{"INSERT INTO patients (first_name, last_name, dob) VALUES ('Eleanor', 'Vasquez', '1957-08-30'), ('D''Arcy', 'Byrne', NULL);",
			[]string{"PERSON Eleanor", "PERSON Vasquez", "PERSON D''Arcy", "PERSON Byrne"}},
		{"insert into `users` (`id`, `name`, `email`, `city`) values (1, 'Olu Adeyemi', 'olu@x.ng', 'Ibadan')",
			[]string{"PERSON Olu Adeyemi", "LOCATION Ibadan"}},
		// prose with commas is no header
		{"We met, as planned, on the first day.\nAna, Bo and Cy came.", []string{"PERSON Ana"}}, // a lone given name (loneGivenNames)
	} {
		checkRuled(t, tc.text, nil, tc.want...)
	}
}

// TestMarkdownHeaders: a markdown header's cell that is a word is no name, whatever the model
// read in it; a header of names keeps them (stop 37).
func TestMarkdownHeaders(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	checkHolds(t, r, "| Name | Price |\n|---|---|\n| Apple Watch | 399 |", nil, []string{"PERSON:Price"})
	checkHolds(t, r, "| Alice | Bob |\n|---|---|\n| 1 | 2 |", []string{"PERSON:Alice", "PERSON:Bob"}, nil)
}
