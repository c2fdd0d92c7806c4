# syntax=docker/dockerfile:1
#
# The Linli API image: the Fastify API (compiled to apps/api/dist/server.js and run by node, under
# tini) serving the built admin, lobby-screen and residents' apps at /admin/, /kiosk/ and /m/. Build from the repository root:
#
#   docker build -f docker/api.Dockerfile -t linli-api .
#
# The root .dockerignore must keep node_modules, dist, data and .git out of the context:
# host node_modules would overwrite the ones installed here, with the wrong native binaries.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    TURBO_TELEMETRY_DISABLED=1

# Only the manifests, so the dependency layers are rebuilt when dependencies change and not on
# every source edit. npm ci needs every workspace named in package-lock.json: keep this list in
# step with the root "workspaces".
FROM base AS manifests
COPY package.json package-lock.json .npmrc ./
COPY apps/admin/package.json apps/admin/
COPY apps/api/package.json apps/api/
COPY apps/kiosk/package.json apps/kiosk/
COPY apps/resident/package.json apps/resident/
COPY packages/api-client/package.json packages/api-client/
COPY packages/contracts/package.json packages/contracts/
COPY packages/schedule/package.json packages/schedule/
COPY packages/web-shared/package.json packages/web-shared/
COPY e2e/package.json e2e/
COPY bench/package.json bench/

# Everything, dev tools included, to build the three front ends and the API bundle.
FROM manifests AS deps
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
COPY tsconfig.base.json turbo.json ./
COPY packages/ packages/
COPY apps/ apps/
RUN npx turbo run build --filter=@linli/admin --filter=@linli/kiosk --filter=@linli/resident --filter=@linli/api

# Runtime dependencies only: the bundle imports the installed packages (PGlite, argon2, ...) at run
# time; our own code and the workspace packages are inside it.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM base AS runtime
# tini is PID 1: it hands `docker stop`'s SIGTERM to node and reaps zombies. No npm or shell in
# between, so the signal reaches the server itself, which answers what is in flight and closes its
# sockets and database before exiting.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
COPY --from=prod-deps /app/ ./
COPY --from=build /app/apps/api/dist/ apps/api/dist/
COPY --from=build /app/apps/admin/dist/ apps/admin/dist/
COPY --from=build /app/apps/kiosk/dist/ apps/kiosk/dist/
COPY --from=build /app/apps/resident/dist/ apps/resident/dist/
# Code stays root-owned and read-only to the server; only the embedded-database directory (used
# when DATABASE_URL is unset, e.g. a one-container demo) is writable. Mount a volume there to keep it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node

EXPOSE 3000
# /healthz says the process answers; the slim image has no curl, so ask Node.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
# The command `npm start` ends in (apps/api "start") and the process tests run.
CMD ["node", "--enable-source-maps", "apps/api/dist/server.js"]
