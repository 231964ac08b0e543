package ec2box

import (
	"crypto/ed25519"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/crypto/ssh"
)

type xmlKeyPair struct {
	Name        string   `xml:"keyName"`
	ID          string   `xml:"keyPairId"`
	Fingerprint string   `xml:"keyFingerprint"`
	Type        string   `xml:"keyType"`
	Tags        []xmlTag `xml:"tagSet>item"`
}

// CreateKeyPair returns a real private key, PEM-encoded as EC2 does (PKCS#1 for RSA, OpenSSH
// for ED25519), and keeps the public half for the instances' metadata.
func (b *Box) createKeyPair(form url.Values) (any, error) {
	name := form.Get("KeyName")
	if name == "" {
		return nil, missingParameter("KeyName")
	}
	keyType := form.Get("KeyType")
	if keyType == "" {
		keyType = "rsa"
	}
	var private []byte
	var public ssh.PublicKey
	var fingerprint string
	switch keyType {
	case "rsa":
		key, err := rsa.GenerateKey(rand.Reader, 2048)
		if err != nil {
			return nil, err
		}
		private = pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})
		if public, err = ssh.NewPublicKey(&key.PublicKey); err != nil {
			return nil, err
		}
		der, _ := x509.MarshalPKCS8PrivateKey(key)
		fingerprint = colonHex(sha1Sum(der))
	case "ed25519":
		pub, key, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		block, err := ssh.MarshalPrivateKey(key, "")
		if err != nil {
			return nil, err
		}
		private = pem.EncodeToMemory(block)
		if public, err = ssh.NewPublicKey(pub); err != nil {
			return nil, err
		}
		fingerprint = ssh.FingerprintSHA256(public)
	default:
		return nil, invalidParameter("KeyType %q is not rsa or ed25519", keyType)
	}
	kp, err := b.addKeyPair(name, keyType, public, fingerprint, tagSpecs(form, "TagSpecification")["key-pair"])
	if err != nil {
		return nil, err
	}
	return struct {
		xmlKeyPair
		Material string `xml:"keyMaterial"`
	}{b.keyPairXML(kp), string(private)}, nil
}

func colonHex(sum []byte) string {
	var parts []string
	for _, c := range sum {
		parts = append(parts, fmt.Sprintf("%02x", c))
	}
	return strings.Join(parts, ":")
}

func (b *Box) addKeyPair(name, keyType string, public ssh.PublicKey, fingerprint string, tags map[string]string) (*KeyPair, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.keyPairs[name] != nil {
		return nil, invalidParameter("The keypair '%s' already exists.", name).withCode("InvalidKeyPair.Duplicate")
	}
	kp := &KeyPair{ID: newID("key"), Name: name, Type: keyType, Fingerprint: fingerprint,
		PublicKey: strings.TrimSpace(string(ssh.MarshalAuthorizedKey(public))) + " " + name}
	b.keyPairs[name] = kp
	b.setTags(kp.ID, tags)
	return kp, nil
}

func (b *Box) keyPairXML(kp *KeyPair) xmlKeyPair {
	return xmlKeyPair{kp.Name, kp.ID, kp.Fingerprint, kp.Type, xmlTags(b.tags[kp.ID])}
}

func (b *Box) importKeyPair(form url.Values) (any, error) {
	name := form.Get("KeyName")
	material, err := base64.StdEncoding.DecodeString(form.Get("PublicKeyMaterial"))
	if err != nil {
		material = []byte(form.Get("PublicKeyMaterial"))
	}
	public, _, _, _, err := ssh.ParseAuthorizedKey(material)
	if err != nil {
		return nil, invalidParameter("Key is not in valid OpenSSH public key format").withCode("InvalidKey.Format")
	}
	sum := md5.Sum(public.Marshal())
	keyType := map[string]string{ssh.KeyAlgoED25519: "ed25519"}[public.Type()]
	if keyType == "" {
		keyType = "rsa"
	}
	kp, err := b.addKeyPair(name, keyType, public, colonHex(sum[:]), tagSpecs(form, "TagSpecification")["key-pair"])
	if err != nil {
		return nil, err
	}
	return b.keyPairXML(kp), nil
}

func (b *Box) deleteKeyPair(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	name := form.Get("KeyName")
	for n, kp := range b.keyPairs {
		if n == name || kp.ID == form.Get("KeyPairId") {
			delete(b.keyPairs, n)
			delete(b.tags, kp.ID)
		}
	}
	// EC2 answers true for a key pair that does not exist.
	return struct {
		Return bool `xml:"return"`
	}{true}, nil
}

func (b *Box) describeKeyPairs(form url.Values) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	names := list(form, "KeyName")
	for _, n := range names {
		if b.keyPairs[n] == nil {
			return nil, notFound("InvalidKeyPair.NotFound", "The key pair '%s' does not exist", n)
		}
	}
	var out struct {
		KeyPairs []xmlKeyPair `xml:"keySet>item"`
	}
	for _, n := range sortedKeys(b.keyPairs) {
		if len(names) == 0 || contains(names, n) {
			out.KeyPairs = append(out.KeyPairs, b.keyPairXML(b.keyPairs[n]))
		}
	}
	return out, nil
}

func sha1Sum(b []byte) []byte { s := sha1.Sum(b); return s[:] }
