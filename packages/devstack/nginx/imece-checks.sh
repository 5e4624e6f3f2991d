# What both entrypoints (entrypoint.sh, gateway-entrypoint.sh) check their settings with; they
# source it from their own folder, as the images put all three in /usr/local/bin.

fail() {
  echo "$(basename "$0"): $*" >&2
  exit 64
}

# True when all of $1, on one line, matches the extended regular expression $2.
matches() {
  case "$1" in *"
"*) return 1 ;; esac
  printf '%s\n' "$1" | grep -Eqx "$2"
}
