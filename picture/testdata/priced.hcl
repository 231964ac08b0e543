# A recipe with a price, a boot-only value and a step after it, a cheap step, a costly one, and
# names that need escaping in XML, Markdown and Mermaid.
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}

policy {
  launches_per_day    = 40
  instance_hour_price = 0.0416
}

step "packages" {
  estimate = "90s"
  packages = ["nginx-light"]
}

step "tls" {
  description = "Certificates <for> the domain & \"friends\" | piped; #1: yes"
  after       = ["packages"]
  estimate    = "4s"
  run         = ["echo ${var.domain}"]
}

step "reload" {
  after    = ["tls"]
  estimate = "300ms"
  run      = ["true"]
}

step "motd" {
  estimate = "20ms"
  run      = ["true"]
}
