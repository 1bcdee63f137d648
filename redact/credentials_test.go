package redact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCredentials: the credentials configurations, requests and command lines carry are found
// by their place (a key's last word, a header, a client's flag, a .netrc or .pgpass line), and
// a program's own names and values are not.
func TestCredentials(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, tc := range []struct {
		text string
		want []string
	}{
		// keys whose last word names a secret or an account
		{"DB_USER=slane\nDB_PASSWORD=KAqSJ4d_qhz\nJWT_SECRET=UWvoVjtkHtS0sDYk5LnF\nSMTP_PASS=6gwOoGPs*-m0gO",
			[]string{"USERNAME slane", "SECRET KAqSJ4d_qhz", "SECRET UWvoVjtkHtS0sDYk5LnF", "SECRET 6gwOoGPs*-m0gO"}},
		{`mailer:
  smtpPassword: "dcTzR09ewLd9mF"
  api-token: 7CEq6UEoCMYyvJ673C7U10EbmB1xPSj7`, []string{"SECRET dcTzR09ewLd9mF", "SECRET 7CEq6UEoCMYyvJ673C7U10EbmB1xPSj7"}},
		{`{"user": "ebarkholz", "dbPassword": "w9z91Mjbvo2V8", "refresh_token": "Dlc30qCHlOLdj8I1TIzG"}`,
			[]string{"USERNAME ebarkholz", "SECRET w9z91Mjbvo2V8", "SECRET Dlc30qCHlOLdj8I1TIzG"}},
		{"spring.datasource.username=kmorris\nspring.datasource.password=UY2P_e+-G8Gc", []string{"USERNAME kmorris", "SECRET UY2P_e+-G8Gc"}},
		{"PGPASSWORD=kGmKm2uyhUpkhx psql", []string{"SECRET kGmKm2uyhUpkhx"}},
		{"Cookie: JSESSIONID=8F3KD92JF83KDL20F9SK; csrftoken=9fj3kd0s9fk3ldkfj3k2l", []string{"SECRET 8F3KD92JF83KDL20F9SK", "SECRET 9fj3kd0s9fk3ldkfj3k2l"}},
		{"X-Api-Key: 9d8f7a6s5d4f3g2h1j0k9l8z", []string{"SECRET 9d8f7a6s5d4f3g2h1j0k9l8z"}},
		// a program's names and values
		{"RUN_AS_USER=nobody\nDB_USER=postgres\nPRIO_USER = 0x2", nil},
		{"earlySecret := tls13.NewEarlySecret(h, session.secret)\nhello.sessionId = make([]byte, 32)", nil},
		{"self.access_token = access_token\nrefresh_token = refresh_token or self.refresh_token\ntoken = None", nil},
		{`{"nextPageToken": "CiAKGjBpNDd2Nmp2Zml2", "public_key": "AAAAB3NzaC1yc2EAAA"}`, nil},
		// headers and SMTP
		{"curl -H 'Authorization: Basic YWxleGFuZHJlYW50b2luZUB0ZWxlMi5mcjp4TXArI3pVNTdGQmg=' https://api.acme.io",
			[]string{"SECRET YWxleGFuZHJlYW50b2luZUB0ZWxlMi5mcjp4TXArI3pVNTdGQmg="}},
		{"Authorization: token 8f3kd92jf83kdl20f9sk3ld0s9fk3l2d", []string{"SECRET 8f3kd92jf83kdl20f9sk3ld0s9fk3l2d"}},
		{`[{"name": "Authorization", "value": "Bearer hk3KeCJeh91UdlOdgT1McA3LZ32"}]`, []string{"SECRET hk3KeCJeh91UdlOdgT1McA3LZ32"}},
		{"Authorization: Bearer $TOKEN\nAuthorization: Bearer YOUR_API_KEY\nAuthorization: Basic notbase64!", nil},
		{`Authorization: Digest username="mgarcia", response="6629fae49393a05397450978507c4ef1"`, []string{"USERNAME mgarcia"}},
		{"C: AUTH PLAIN AGpkb2UAczNjcjN0UDRzcw==", []string{"SECRET AGpkb2UAczNjcjN0UDRzcw=="}},
		// command lines
		{"mysql -h db -u jaguirre -pJQ#cmmz8-I%h app", []string{"USERNAME jaguirre", "SECRET JQ#cmmz8-I%h"}},
		{"mysql -u root -p app", nil}, // -p alone asks; app is the database
		{"redis-cli -h cache.local -a Sup3rS3cret! ping", []string{"SECRET Sup3rS3cret!"}},
		{"sshpass -p 's3cr3tP4ss' ssh aleroy@10.0.4.7", []string{"SECRET s3cr3tP4ss", "USERNAME aleroy"}},
		{"docker login -u jdoe -p s3cr3tP4ss registry.example.com", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss"}},
		{"docker run -p 8080:80 -u 1000 nginx", nil},
		{"gcloud auth login --no-launch-browser", nil},
		{"curl -u mgarcia:Tr0ub4dor&3 https://x.io", []string{"USERNAME mgarcia", "SECRET Tr0ub4dor&3"}},
		{`curl --user "$USER:$PASS" https://x.io`, nil},
		{"smbclient //fs/share -U ACME\\jdoe%s3cr3tP4ss", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss"}},
		{"sqlplus -s scott/tiger@orcl\nsqlplus / as sysdba", []string{"USERNAME scott", "SECRET tiger"}},
		{"curl -s \\\n  -u jdoe:S3cr3tPw \\\n  https://x.io", []string{"USERNAME jdoe", "SECRET S3cr3tPw"}},
		// Windows', SQL's and the rest's
		{"cmdkey /generic:TERMSRV/server01 /user:ACME\\jdoe /pass:s3cr3tP4ss", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss"}},
		{"net use \\\\fs01\\share /user:ACME\\jdoe s3cr3tP4ss\nnet use Z: \\\\fs01\\share *", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss"}},
		{"$pw = ConvertTo-SecureString 'P@ssw0rd!2024' -AsPlainText -Force", []string{"SECRET P@ssw0rd!2024"}},
		{"htpasswd -b -c /etc/nginx/.htpasswd jdoe s3cr3tP4ss\nhtpasswd -c /etc/nginx/.htpasswd jdoe", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss", "USERNAME jdoe"}},
		{"rabbitmqctl add_user jdoe s3cr3tP4ss\nrabbitmqctl list_users", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss"}},
		{"vault login s.8f3kd92jf83kdl20f9sk3ld0", []string{"SECRET s.8f3kd92jf83kdl20f9sk3ld0"}},
		{"ALTER USER jdoe WITH PASSWORD 's3cr3tP4ss';\nCREATE USER 'mk'@'%' IDENTIFIED BY 'Tr0ub4dor&3';", []string{"SECRET s3cr3tP4ss", "SECRET Tr0ub4dor&3"}},
		{`<add key="SmtpPassword" value="s3cr3tP4ss" /><add key="SmtpUser" value="jdoe" /><add key="EnableSsl" value="true" />`,
			[]string{"SECRET s3cr3tP4ss", "USERNAME jdoe"}},
		{`{"name": "JSESSIONID", "value": "8F3KD92JF83KDL20F9SK"}, {"name": "Accept", "value": "text/html"}`, []string{"SECRET 8F3KD92JF83KDL20F9SK"}},
		{"jdbc:mysql://db.acme.io:3306/app?user=jdoe&password=s3cr3tP4ss&useSSL=true", []string{"SECRET s3cr3tP4ss"}},
		{"<Credentials><Password>s3cr3tP4ss</Password></Credentials>", []string{"SECRET s3cr3tP4ss"}},
		// credentials passed to code's calls, literals only
		{`req.SetBasicAuth("jdoe", "S3cretPw!2024"); var c = new NetworkCredential(user, pw);`, []string{"USERNAME jdoe", "SECRET S3cretPw!2024"}},
		{`r = requests.get(url, auth=('jdoe', 'S3cretPw!2024'))`, []string{"USERNAME jdoe", "SECRET S3cretPw!2024"}},
		{`ldap.simple_bind_s("cn=admin,dc=acme,dc=com", "S3cretPw!2024")`, []string{"SECRET S3cretPw!2024"}},
		{`new AuthenticationHeaderValue("Bearer", "k3Jd92jf83kdl20f9sk3ld0s")`, []string{"SECRET k3Jd92jf83kdl20f9sk3ld0s"}},
		{`auth := smtp.PlainAuth("", "jdoe", "S3cretPw!2024", "smtp.acme.io")`, []string{"USERNAME jdoe", "SECRET S3cretPw!2024"}},
		{`return login(request, "accounts/login.html")` + "\n" + `ftp.login(user, password)`, nil},
		// keys in other forms than PEM's
		{`{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","d":"jpsQnnGQmL-YBIffH1136cLYfoQ9lXGx73BuCkzA0lc"}`,
			[]string{"PRIVATE_KEY jpsQnnGQmL-YBIffH1136cLYfoQ9lXGx73BuCkzA0lc"}},
		{`{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbW","e":"AQAB"}`, nil},
		{"PuTTY-User-Key-File-2: ssh-rsa\nPublic-Lines: 1\nAAAAB3NzaC1yc2EAAAABJQAAAQEAhk3kd92jf83kdl20f9sk3\nPrivate-Lines: 2\nAAABAQCk3kd92jf83kdl20f9sk3ld0s9fk3l2d8\nf3kd92jf83kdl20f9sk3ld0s9\nPrivate-MAC: 3kd92jf83kdl20f9",
			[]string{"PRIVATE_KEY AAABAQCk3kd92jf83kdl20f9sk3ld0s9fk3l2d8\nf3kd92jf83kdl20f9sk3ld0s9"}},
		{"users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTi\n", nil},
		// the words in other languages
		{"Passwort: Xk9mP2vL8qRz\nmein Passwort ist Xk9mP2vL8qRz\nmot de passe : Xk9mP2vL8qRz", []string{"SECRET Xk9mP2vL8qRz", "SECRET Xk9mP2vL8qRz", "SECRET Xk9mP2vL8qRz"}},
		{"пароль: Xk9mP2vL8qRz\n密码：Xk9mP2vL8qRz\nBenutzername: jdoe", []string{"SECRET Xk9mP2vL8qRz", "SECRET Xk9mP2vL8qRz", "USERNAME jdoe"}},
		// .netrc and .pgpass
		{"machine api.acme.io login jdoe password hunter2hunter2", []string{"USERNAME jdoe", "SECRET hunter2hunter2"}},
		{"db.internal:5432:app:jdoe:s3cr3tP4ss", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss"}},
		{"my ~/.pgpass:\n    db.internal:5432:app:jdoe:s3cr3tP4ss", []string{"USERNAME jdoe", "SECRET s3cr3tP4ss"}}, // indented (stop 45)
		{"listening on 0.0.0.0:5432: ready", nil},
	} {
		var got []string
		for _, m := range masked(t, det, tc.text) {
			if m[:6] == "SECRET" || m[:8] == "USERNAME" || m[:11] == "PRIVATE_KEY" {
				got = append(got, m)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestSecretKeyWord(t *testing.T) {
	for key, want := range map[string]string{
		"DB_PASSWORD": "PASSWORD", "smtpPassword": "Password", "X-Api-Key": "Api-Key", "apiKey": "apiKey", "PGPASSWORD": "PASSWORD",
		"JSESSIONID": "SESSIONID", "ASP.NET_SessionId": "SessionId", "csrftoken": "token", "connect.sid": "sid", "--http-password": "password",
		"oauth2Token": "Token", "admin_username": "username",
		"nextPageToken": "", "public_key": "", "password_hash": "", "bypass": "", "max_tokens": "", "token_type": "",
	} {
		at, _, ok := secretKeyWord(key)
		got := ""
		if ok {
			got = key[at:]
		}
		if got != want {
			t.Errorf("secretKeyWord(%q) = %q, want %q", key, got, want)
		}
	}
}
