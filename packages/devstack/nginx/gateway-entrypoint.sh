#!/bin/sh
# Starts the gateway (gateway.conf) in front of the API servers: API_SERVERS names them, as
# host:port separated by spaces. Arguments, when given, run instead of nginx after the same
# preparation.
set -eu

RUN_DIR="${IMECE_RUN_DIR:-/srv/imece/run}"
NGINX_CONF="${IMECE_NGINX_CONF:-/etc/imece/gateway.conf}"

port="${PORT:-8080}"
servers="${API_SERVERS:-server-a:9000 server-b:9000}"

fail() {
  echo "imece-gateway: $*" >&2
  exit 64
}

# True when all of $1, on one line, matches the extended regular expression $2.
matches() {
  case "$1" in *"
"*) return 1 ;; esac
  printf '%s\n' "$1" | grep -Eqx "$2"
}

matches "$port" '[0-9]{1,5}' || fail "PORT must be a port number, not \"$port\""
[ -n "$servers" ] || fail "API_SERVERS must name at least one API server, as host:port"

mkdir -p "$RUN_DIR/tmp"
cp "$NGINX_CONF" "$RUN_DIR/nginx.conf"
printf 'listen %s;\n' "$port" >"$RUN_DIR/listen.conf"
: >"$RUN_DIR/api-servers.conf"
for server in $servers; do
  matches "$server" '([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]):[0-9]{1,5}' ||
    fail "API_SERVERS must be host:port separated by spaces, such as \"server-a:9000 server-b:9000\", not \"$servers\""
  # A server that fails to answer is left alone for a few seconds, then tried again.
  printf 'server %s max_fails=1 fail_timeout=5s;\n' "$server" >>"$RUN_DIR/api-servers.conf"
done

if [ "$#" -gt 0 ]; then
  exec "$@"
fi
exec nginx -p "$RUN_DIR/" -c "$RUN_DIR/nginx.conf" -e stderr -g "daemon off;"
