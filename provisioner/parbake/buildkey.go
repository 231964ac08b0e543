package parbake

import (
	"strings"

	"golang.org/x/crypto/ssh"
)

// buildPublicKey is the public half of the key this build logs in with, as an authorized_keys
// line: build_public_key when given, else Packer's generated SSHPublicKey, else derived from
// its SSHPrivateKey. Builders that have the cloud make the key pair (amazon-ebs's CreateKeyPair)
// hand Packer only the private key; cloud-init put the public half in authorized_keys.
func buildPublicKey(configured string, generated map[string]interface{}) string {
	if configured != "" {
		return strings.TrimSpace(configured)
	}
	if key, _ := generated["SSHPublicKey"].(string); strings.TrimSpace(key) != "" {
		return strings.TrimSpace(key)
	}
	private, _ := generated["SSHPrivateKey"].(string)
	if private == "" {
		return ""
	}
	signer, err := ssh.ParsePrivateKey([]byte(private))
	if err != nil {
		// An encrypted or unreadable key: nothing to match, as with no key at all.
		return ""
	}
	return strings.TrimSpace(string(ssh.MarshalAuthorizedKey(signer.PublicKey())))
}
