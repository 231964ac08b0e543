#!/bin/sh
# Exits 0 when NGINX answers on localhost.
exec curl -fsS -o /dev/null http://127.0.0.1/
