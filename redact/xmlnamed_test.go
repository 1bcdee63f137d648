package redact

import "testing"

func TestNamedValues(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []typed
	}{
		{"a Windows event's data", `<EventData><Data Name="SubjectUserName">WS042$</Data><Data Name="TargetUserName">mkowalczyk</Data>` +
			`<Data Name="TargetDomainName">CORP</Data><Data Name="SubjectUserName">-</Data><Data Name="TargetUserName">SYSTEM</Data></EventData>`,
			[]typed{{Username, "mkowalczyk"}}},
		{"SAML's attributes, a claim's URI, an OID's friendly name",
			`<saml:Attribute Name="givenName"><saml:AttributeValue>Tomasz</saml:AttributeValue></saml:Attribute>` +
				`<saml:Attribute Name="sn">` + "\n  " + `<saml:AttributeValue>Zielinski</saml:AttributeValue></saml:Attribute>` +
				`<Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"><AttributeValue>Kowal</AttributeValue></Attribute>` +
				`<Attribute Name="urn:oid:2.16.840.1.113730.3.1.3" FriendlyName="employeeNumber"><AttributeValue>E104477</AttributeValue></Attribute>`,
			[]typed{{Person, "Tomasz"}, {Person, "Zielinski"}, {Person, "Kowal"}, {IDNumber, "E104477"}}},
		{"CDA's birth time", `<patient><birthTime value="19750501"/></patient><hl7:birthTime value="19750501120000+0100"/>`,
			[]typed{{DateOfBirth, "19750501"}, {DateOfBirth, "19750501120000+0100"}}},
		{"other names and values", `<param name="timeout">30</param><Data Name="TargetUserName"/><Data Name="username"></Data><birthTime value="1975"/>`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkReader(t, namedValues, tc.text, tc.want) })
	}
}
