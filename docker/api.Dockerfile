# syntax=docker/dockerfile:1
#
# The Linli API image: the Fastify API (run from TypeScript by tsx) serving the built admin and
# kiosk apps at /admin/ and /kiosk/. Build from the repository root:
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
COPY packages/api-client/package.json packages/api-client/
COPY packages/contracts/package.json packages/contracts/
COPY e2e/package.json e2e/

# Everything, dev tools included, to build the two front ends.
FROM manifests AS deps
RUN --mount=type=cache,target=/root/.npm npm ci

FROM deps AS build
COPY tsconfig.base.json turbo.json ./
COPY packages/ packages/
COPY apps/ apps/
RUN npx turbo run build --filter=@linli/admin --filter=@linli/kiosk

# Runtime dependencies only. tsx is one of them: the API runs its TypeScript directly.
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM base AS runtime
# npm runs scripts through `sh -c`; dash forks, and on SIGTERM it dies and leaves the server
# running as an orphan until the container is killed. bash execs a lone command, so SIGTERM goes
# npm -> tsx -> API, which closes its sockets and database pool before exiting.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    NPM_CONFIG_SCRIPT_SHELL=/bin/bash
COPY --from=prod-deps /app/ ./
COPY tsconfig.base.json ./
COPY packages/ packages/
COPY apps/api/ apps/api/
COPY --from=build /app/apps/admin/dist/ apps/admin/dist/
COPY --from=build /app/apps/kiosk/dist/ apps/kiosk/dist/
# Code stays root-owned and read-only to the server; only the embedded-database directory (used
# when DATABASE_URL is unset, e.g. a one-container demo) is writable. Mount a volume there to keep it.
RUN mkdir -p /app/data && chown node:node /app/data
USER node

EXPOSE 3000
# /healthz says the process answers; the slim image has no curl, so ask Node.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["npm", "start", "-w", "@linli/api"]
