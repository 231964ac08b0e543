// Package awsimage looks up the AMI a boot will run on, through aws-sdk-go-v2, and reads the
// parbake tags that pair it with user data. It knows nothing of Packer.
package awsimage
