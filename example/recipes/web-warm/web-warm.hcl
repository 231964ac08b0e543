# The example web server for a fleet behind an Auto Scaling group with a warm pool: the three
# phases. What every instance shares is baked; what needs the instance's own identity, but not a
# value that may change, is done while the instance warms in the pool, off the scale-out's path;
# what must be read as the instance goes in service runs then (docs/warm.md).
#
# The group needs the launching hook below and a warm pool in the same state:
#
#   aws autoscaling put-lifecycle-hook --auto-scaling-group-name web-asg \
#     --lifecycle-hook-name web-launching --lifecycle-transition autoscaling:EC2_INSTANCE_LAUNCHING \
#     --heartbeat-timeout 600 --default-result ABANDON
#   aws autoscaling put-warm-pool --auto-scaling-group-name web-asg --pool-state Stopped --min-size 2
#
# Build it with example/aws: packer build -var recipe=web-warm .

variable "domain" {
  description = "Public DNS name of the instance; each instance has its own, from its Name tag."
  boot        = true
  from        = "imds:tags/instance/Name"
}

variable "notice" {
  description = "A notice the site shows, changed without a rebuild: read as the instance goes in service."
  boot        = true
  from        = "ssm:/web/notice" # fresh: SSM values may change between warming and service
}

policy {
  rebuild_every    = "168h"
  launches_per_day = 200
  warm_pool {
    state = "Stopped" # as the group's put-warm-pool says
  }
}

# The launching hook holds an instance while it warms and again as it goes in service: the group
# sends traffic only after the part that serves has passed.
ready {
  lifecycle_hook = "web-launching"
}

step "nginx" {
  description = "The web server, as every instance has it"
  packages    = ["nginx-light", "openssl"]
  run         = ["nginx -t"]
  service "nginx" {
    enable = true
    start  = true # held while the instance warms; started as it goes in service
  }
}

step "certificate" {
  description = "A certificate for the instance's own name: per instance, slow, and done before it is needed"
  after       = ["nginx"]
  estimate    = "20s"
  run = [
    "openssl req -x509 -newkey rsa:3072 -nodes -days 30 -subj \"/CN=${var.domain}\" -keyout /etc/ssl/private/site.key -out /etc/ssl/certs/site.pem 2>/dev/null",
    "chmod 0600 /etc/ssl/private/site.key",
  ]
  check = ["openssl x509 -noout -checkend 86400 -in /etc/ssl/certs/site.pem"]
}

step "site" {
  description = "The site under the instance's own name"
  after       = ["certificate"]
  file "/etc/nginx/sites-enabled/default" {
    content = "server {\n  listen 80 default_server;\n  listen 443 ssl default_server;\n  server_name ${var.domain};\n  ssl_certificate /etc/ssl/certs/site.pem;\n  ssl_certificate_key /etc/ssl/private/site.key;\n  root /var/www/html;\n  location = /whoami { default_type text/plain; return 200 \"${var.domain}\\n\"; }\n}\n"
  }
  run = ["nginx -t"]
}

step "notice" {
  description = "The notice, as it is when the instance goes in service"
  after       = ["site"]
  file "/var/www/html/notice.txt" {
    content = var.notice
  }
  check = ["curl -fsS http://127.0.0.1/whoami"]
}
