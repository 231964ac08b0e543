# Bake the example web recipe into an AMI with amazon-ebs, tag the AMI with its bake digest, and
# write the user data that instances launched from it need, ready for a launch template:
#
#   packer init . && packer build .
#   aws ec2 create-launch-template --launch-template-name web \
#     --launch-template-data "{\"ImageId\":\"ami-…\",\"UserData\":\"$(base64 -w0 build/web.userdata)\"}"
#
# Instances read their domain from their Name tag through IMDS, so enable instance tags in
# metadata (`instance_metadata_tags = "enabled"` in the launch template's metadata options).

packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.2.0"
    }
    parbake = {
      source  = "github.com/parbake/parbake"
      version = ">= 0.1.0"
    }
  }
}

variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "role" {
  type    = string
  default = "web"
}

variable "ec2_endpoint" {
  type        = string
  default     = ""
  description = "Another EC2 endpoint (a VPC endpoint; the EC2 box of test/sandbox). Credentials come from the usual AWS environment."
}

# The plan, the AMI's tags, and the user data for what the AMI will still lack.
data "parbake" "web" {
  recipe      = "${path.root}/../recipes/web"
  role        = var.role
  output_file = "${path.root}/build/web.userdata"
  # Measure, then decide: boot durations read from the consoles of running instances of the
  # image, bake durations from the provisioner, kept in a file committed with the template.
  timings = "${path.root}/parbake-timings.json"
}

source "amazon-ebs" "web" {
  region        = var.region
  instance_type = "t3.small"
  ssh_username  = "admin"
  ami_name      = "web-${formatdate("YYYYMMDD-hhmmss", timestamp())}"

  # Only for another endpoint: its credentials and region are not AWS's to check.
  custom_endpoint_ec2        = var.ec2_endpoint
  skip_credential_validation = var.ec2_endpoint != ""
  skip_region_validation     = var.ec2_endpoint != ""
  skip_metadata_api_check    = var.ec2_endpoint != ""

  source_ami_filter {
    filters = {
      name                = "debian-13-amd64-*"
      virtualization-type = "hvm"
    }
    owners      = ["136693071363"] # Debian
    most_recent = true
  }

  # parbake:digest and parbake:steps let the data source's image block pair user data with it.
  tags          = merge(data.parbake.web.image_tags, { Name = "web" })
  snapshot_tags = data.parbake.web.image_tags
}

build {
  sources = ["source.amazon-ebs.web"]

  # Debian's cloud images log in as admin, so the bake runs with sudo.
  provisioner "parbake" {
    recipe          = "${path.root}/../recipes/web"
    role            = var.role
    manifest_output = "${path.root}/build/web.bake.json"
    timings         = "${path.root}/parbake-timings.json"
    # Last provisioner: generalize (on by default) removes amazon-ebs's temporary SSH key from
    # authorized_keys and empties /etc/machine-id. A step that reboots (reboot = "if_required"
    # after a kernel update) has the bake wait up to reboot_timeout for the instance.
    reboot_timeout = "15m"
  }
}
