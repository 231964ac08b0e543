# CI: decide whether the image must be baked at all. Run this before `packer build example/aws`:
#
#   packer init example/aws/ci && packer build -var "out=needs-bake.txt" example/aws/ci
#   if grep -q '^needs_bake=false' needs-bake.txt; then echo "the image exists: skip the bake"; fi
#   cat plan.md >> "$GITHUB_STEP_SUMMARY"   # the plan table and a Mermaid gantt; plan.svg beside it
#
# It plans the recipe and looks for an AMI tagged with the plan's bake digest (parbake:digest,
# which example/aws puts on every image). A change to a boot step only gives needs_bake=false and
# new user data; a change to a baked step gives needs_bake=true, and the report names it. It needs
# only DescribeImages, and works the same under Packer 1.9 and 1.10+: a null build with no
# communicator, whose one local step writes the data source's outputs to a file.

packer {
  required_plugins {
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

variable "recipe" {
  type        = string
  default     = ""
  description = "The recipe; defaults to the example web recipe."
}

variable "role" {
  type    = string
  default = "web"
}

variable "previous_manifest" {
  type        = string
  default     = ""
  description = "The bake manifest of the image last approved, for the change report."
}

variable "ec2_endpoint" {
  type        = string
  default     = ""
  description = "Another EC2 endpoint (a VPC endpoint; a test server)."
}

variable "out" {
  type    = string
  default = "needs-bake.txt"
}

variable "plan_summary" {
  type        = string
  default     = "plan.md"
  description = "Where the plan goes as Markdown (table and Mermaid gantt), for a pull-request comment or a CI job summary, e.g. cat plan.md >> \"$GITHUB_STEP_SUMMARY\"."
}

variable "plan_picture" {
  type        = string
  default     = "plan.svg"
  description = "Where the picture of the plan goes (SVG), to attach to the pull request or keep as a CI artefact."
}

data "parbake" "web" {
  recipe            = var.recipe != "" ? var.recipe : "${path.root}/../../recipes/web"
  role              = var.role
  previous_manifest = var.previous_manifest
  plan_svg_output   = var.plan_picture

  # Neither id nor filters: look for an image of this account tagged with the plan's digest.
  image {
    region   = var.region
    endpoint = var.ec2_endpoint
  }
}

source "null" "decide" {
  communicator = "none"
}

build {
  sources = ["source.null.decide"]

  provisioner "shell-local" {
    environment_vars = ["CHANGES=${data.parbake.web.changes}", "PLAN_MARKDOWN=${data.parbake.web.plan_markdown}"]
    inline = [
      "echo 'needs_bake=${data.parbake.web.needs_bake}' > '${var.out}'",
      "echo 'existing_image_id=${data.parbake.web.existing_image_id}' >> '${var.out}'",
      "echo 'bake_digest=${data.parbake.web.bake_digest}' >> '${var.out}'",
      "printf 'changes=%s\\n' \"$CHANGES\" >> '${var.out}'",
      "cat '${var.out}'",
      "printf '%s' \"$PLAN_MARKDOWN\" > '${var.plan_summary}'",
      "echo 'the plan for the pull request: ${var.plan_summary} and ${var.plan_picture}'",
    ]
  }
}
