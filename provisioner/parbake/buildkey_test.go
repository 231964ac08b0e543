package parbake

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
)

func TestBuildPublicKey(t *testing.T) {
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	// amazon-ebs hands Packer EC2's key material: a PKCS#1 PEM RSA key.
	rsaPEM := string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(rsaKey)}))
	rsaPub, _ := ssh.NewPublicKey(&rsaKey.PublicKey)
	_, edKey, _ := ed25519.GenerateKey(rand.Reader)
	edBlock, _ := ssh.MarshalPrivateKey(edKey, "")
	edPub, _ := ssh.NewPublicKey(edKey.Public())
	line := func(k ssh.PublicKey) string { return strings.TrimSpace(string(ssh.MarshalAuthorizedKey(k))) }

	cases := []struct {
		name       string
		configured string
		generated  map[string]interface{}
		want       string
	}{
		{"configured wins", "ssh-ed25519 AAAAconfigured me ", map[string]interface{}{"SSHPublicKey": "ssh-rsa AAAAgenerated"}, "ssh-ed25519 AAAAconfigured me"},
		{"generated public key", "", map[string]interface{}{"SSHPublicKey": "ssh-rsa AAAAgenerated packer\n", "SSHPrivateKey": rsaPEM}, "ssh-rsa AAAAgenerated packer"},
		{"from EC2's RSA key material", "", map[string]interface{}{"SSHPublicKey": "", "SSHPrivateKey": rsaPEM}, line(rsaPub)},
		{"from an OpenSSH ed25519 key", "", map[string]interface{}{"SSHPrivateKey": string(pem.EncodeToMemory(edBlock))}, line(edPub)},
		{"an unreadable key", "", map[string]interface{}{"SSHPrivateKey": "not a key"}, ""},
		{"no key at all", "", map[string]interface{}{}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := buildPublicKey(c.configured, c.generated); got != c.want {
				t.Errorf("buildPublicKey = %q, want %q", got, c.want)
			}
		})
	}
}
