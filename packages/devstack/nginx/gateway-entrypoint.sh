#!/bin/sh
# Starts the gateway (gateway.conf) in front of the API servers: API_SERVERS names them, as
# host:port separated by spaces. Arguments, when given, run instead of nginx after the same
# preparation.
set -eu

RUN_DIR="${IMECE_RUN_DIR:-/srv/imece/run}"
NGINX_CONF="${IMECE_NGINX_CONF:-/etc/imece/gateway.conf}"

port="${PORT:-8080}"
servers="${API_SERVERS:-server-a:9000 server-b:9000}"

. "$(dirname "$0")/imece-checks.sh"

matches "$port" '[0-9]{1,5}' || fail "PORT must be a port number, not \"$port\""
[ -n "$(printf '%s' "$servers" | tr -d ' ')" ] ||
  fail "API_SERVERS must name at least one API server, as host:port"
for server in $servers; do
  matches "$server" '([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):[0-9]{1,5}' ||
    fail "API_SERVERS must be host:port separated by spaces, such as \"server-a:9000 server-b:9000\", not \"$servers\""
done

mkdir -p "$RUN_DIR/tmp"
cp "$NGINX_CONF" "$RUN_DIR/nginx.conf"
printf 'listen %s;\n' "$port" >"$RUN_DIR/listen.conf"
# A server that fails to answer is left alone for a few seconds, then tried again.
for server in $servers; do
  printf 'server %s max_fails=1 fail_timeout=5s;\n' "$server"
done >"$RUN_DIR/api-servers.conf"

if [ "$#" -gt 0 ]; then
  exec "$@"
fi
exec nginx -p "$RUN_DIR/" -c "$RUN_DIR/nginx.conf" -e stderr -g "daemon off;"
