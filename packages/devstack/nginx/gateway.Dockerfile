# The gateway in front of the API servers (gateway.conf): Debian's nginx with brotli, as the front
# ends' images use. API_SERVERS names the servers when the container starts.
FROM debian:bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-filter \
  && rm -rf /var/lib/apt/lists/*
COPY gateway.conf /etc/imece/gateway.conf
COPY gateway-entrypoint.sh /usr/local/bin/imece-gateway
COPY imece-checks.sh /usr/local/bin/imece-checks.sh
ENV PORT=8080
EXPOSE 8080
ENTRYPOINT ["/bin/sh", "/usr/local/bin/imece-gateway"]
