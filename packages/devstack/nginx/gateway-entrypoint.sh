#!/bin/sh
# Starts the gateway (gateway.conf) in front of the API servers: API_SERVERS names them, as
# host:port separated by spaces. UPLOADS_BUCKET_URL, when set, is the S3-compatible bucket the
# servers keep photos in (http://minio:9000/imece): the gateway serves its photos read-only at
# /uploads/, so photos come from the API's own origin, and never a list of what it holds. Arguments, when given, run instead of nginx after the
# same preparation.
set -eu

RUN_DIR="${IMECE_RUN_DIR:-/srv/imece/run}"
NGINX_CONF="${IMECE_NGINX_CONF:-/etc/imece/gateway.conf}"

port="${PORT:-8080}"
servers="${API_SERVERS:-server-a:9000 server-b:9000}"
uploads="${UPLOADS_BUCKET_URL:-}"

. "$(dirname "$0")/imece-checks.sh"

matches "$port" '[0-9]{1,5}' || fail "PORT must be a port number, not \"$port\""
[ -n "$(printf '%s' "$servers" | tr -d ' ')" ] ||
  fail "API_SERVERS must name at least one API server, as host:port"
for server in $servers; do
  matches "$server" '([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):[0-9]{1,5}' ||
    fail "API_SERVERS must be host:port separated by spaces, such as \"server-a:9000 server-b:9000\", not \"$servers\""
done

[ -z "$uploads" ] ||
  matches "$uploads" 'https?://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?/[A-Za-z0-9._-]+' ||
  fail "UPLOADS_BUCKET_URL must be a bucket's address such as http://minio:9000/imece, not \"$uploads\""

mkdir -p "$RUN_DIR/tmp"
cp "$NGINX_CONF" "$RUN_DIR/nginx.conf"
printf 'listen %s;\n' "$port" >"$RUN_DIR/listen.conf"
# A server that fails to answer is left alone for a few seconds, then tried again.
for server in $servers; do
  printf 'server %s max_fails=1 fail_timeout=5s;\n' "$server"
done >"$RUN_DIR/api-servers.conf"
if [ -n "$uploads" ]; then
  cat <<UPLOADS
location = /uploads/ {
  return 404;
}
location /uploads/ {
  limit_except GET HEAD { deny all; }
  proxy_pass $uploads/;
  proxy_set_header Host \$proxy_host;
  proxy_set_header Connection "";
}
UPLOADS
fi >"$RUN_DIR/uploads.conf"

if [ "$#" -gt 0 ]; then
  exec "$@"
fi
exec nginx -p "$RUN_DIR/" -c "$RUN_DIR/nginx.conf" -e stderr -g "daemon off;"
