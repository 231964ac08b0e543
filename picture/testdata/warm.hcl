# A recipe with a warm pool: a baked package, warm steps that need the instance's name, and a
# boot step with a fresh value.
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}

variable "release" {
  boot = true
  from = "ssm:/app/release"
}

policy {
  launches_per_day = 300
  warm_pool {
    state = "Stopped"
  }
}

ready {
  lifecycle_hook = "web-launching"
}

step "packages" {
  estimate = "90s"
  packages = ["nginx-light"]
}

step "tls" {
  after    = ["packages"]
  estimate = "12s"
  run      = ["echo ${var.domain}"]
}

step "motd" {
  estimate = "100ms"
  run      = ["true"]
}

step "release" {
  after    = ["tls"]
  estimate = "2s"
  run      = ["echo ${var.release}"]
}
