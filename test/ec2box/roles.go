package ec2box

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// roleMetadata adds an instance profile's role credentials to an instance's metadata, as IMDS
// serves them, and makes the box accept them. The role is named after the profile. Called with
// b.mu held.
func (b *Box) roleMetadata(profile string, md map[string]string) {
	var creds aws.Credentials
	for _, c := range b.roles {
		if c.Source == profile {
			creds = c
		}
	}
	if creds.AccessKeyID == "" {
		creds = aws.Credentials{AccessKeyID: "ASIA" + strings.ToUpper(randomHex(8)), SecretAccessKey: randomHex(20),
			SessionToken: randomHex(32), Source: profile}
		b.roles[creds.AccessKeyID] = creds
	}
	now := time.Now().UTC()
	doc, _ := json.Marshal(map[string]string{
		"Code": "Success", "LastUpdated": now.Format(time.RFC3339), "Type": "AWS-HMAC",
		"AccessKeyId": creds.AccessKeyID, "SecretAccessKey": creds.SecretAccessKey, "Token": creds.SessionToken,
		"Expiration": now.Add(6 * time.Hour).Format(time.RFC3339),
	})
	md["iam/security-credentials/"+profile] = string(doc)
	info, _ := json.Marshal(map[string]string{
		"Code": "Success", "LastUpdated": now.Format(time.RFC3339),
		"InstanceProfileArn": "arn:aws:iam::" + b.cfg.AccountID + ":instance-profile/" + profile,
		"InstanceProfileId":  "AIPA" + strings.ToUpper(randomHex(8)),
	})
	md["iam/info"] = string(info)
}

func randomHex(n int) string {
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		panic(err)
	}
	return hex.EncodeToString(buf)
}
