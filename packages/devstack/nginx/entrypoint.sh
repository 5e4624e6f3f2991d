#!/bin/sh
# Starts nginx for a built front end (storefront/Dockerfile, admin/Dockerfile). Where the backend
# is and the public keys are read from the environment when the container starts, so one image
# serves every deployment: they go into imece-config.js, which index.html loads, and into the
# Content-Security-Policy, the same one `npm start` sends (packages/devstack/src/serve-static.mjs).
# Arguments, when given, run instead of nginx after the same preparation.
set -eu

RUN_DIR="${IMECE_RUN_DIR:-/srv/imece/run}"
HTML_DIR="${IMECE_HTML_DIR:-/srv/imece/html}"
NGINX_CONF="${IMECE_NGINX_CONF:-/etc/imece/nginx.conf}"

port="${PORT:-8080}"
backend_url="${MEDUSA_BACKEND_URL:-http://localhost:9000}"
publishable_key="${MEDUSA_PUBLISHABLE_KEY:-}"
stripe_key="${STRIPE_PUBLISHABLE_KEY:-}"

. "$(dirname "$0")/imece-checks.sh"

# The values end up in a script and in a header: only characters that cannot break out of either.
matches "$port" '[0-9]{1,5}' || fail "PORT must be a port number, not \"$port\""
matches "$backend_url" 'https?://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?' ||
  fail "MEDUSA_BACKEND_URL must be an http(s) URL such as https://api.example.org, not \"$backend_url\""
matches "$publishable_key" '[A-Za-z0-9_]*' ||
  fail "MEDUSA_PUBLISHABLE_KEY must be a key such as pk_0123abcd, not \"$publishable_key\""
matches "$stripe_key" '[A-Za-z0-9_]*' ||
  fail "STRIPE_PUBLISHABLE_KEY must be a key such as pk_live_0123abcd, not \"$stripe_key\""

# The backend's origin as browsers compare it: lower case, without a default port or a path.
backend_origin=$(printf '%s\n' "$backend_url" |
  sed -E 's#^(https?://[^/]+).*$#\1#; s#^(http://.+):80$#\1#; s#^(https://.+):443$#\1#' |
  tr 'A-Z' 'a-z')

script_src="'self'"
img_src="'self' data: blob: $backend_origin"
connect_src="'self' $backend_origin"
frame_src="'none'"
if [ -n "$stripe_key" ]; then
  script_src="$script_src https://js.stripe.com https://*.js.stripe.com"
  img_src="$img_src https://*.stripe.com"
  connect_src="$connect_src https://api.stripe.com"
  frame_src="https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com"
fi
csp="default-src 'self'; script-src $script_src; style-src 'self' 'unsafe-inline'; img-src $img_src; font-src 'self' data:; connect-src $connect_src; frame-src $frame_src; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

mkdir -p "$RUN_DIR/config" "$RUN_DIR/tmp"
ln -sfn "$HTML_DIR" "$RUN_DIR/html"
cp "$NGINX_CONF" "$RUN_DIR/nginx.conf"
printf 'listen %s;\n' "$port" >"$RUN_DIR/listen.conf"
printf 'window.__IMECE_CONFIG__={"backendUrl":"%s","publishableKey":"%s","stripePublishableKey":"%s"}\n' \
  "$backend_url" "$publishable_key" "$stripe_key" >"$RUN_DIR/config/imece-config.js"
cat >"$RUN_DIR/security-headers.conf" <<HEADERS
add_header Content-Security-Policy "$csp" always;
add_header X-Frame-Options "DENY" always;
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;
HEADERS

if [ "$#" -gt 0 ]; then
  exec "$@"
fi
exec nginx -p "$RUN_DIR/" -c "$RUN_DIR/nginx.conf" -e stderr -g "daemon off;"
