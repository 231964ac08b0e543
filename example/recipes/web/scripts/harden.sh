#!/bin/sh
set -eu
# Hide the NGINX version in responses and error pages.
sed -i 's/^\([[:space:]]*\)# server_tokens off;/\1server_tokens off;/' /etc/nginx/nginx.conf
