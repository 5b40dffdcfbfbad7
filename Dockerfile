# syntax=docker/dockerfile:1
# Multi-stage: compile with the development dependencies, ship only the production ones.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim AS runtime
# Heap limits sized for the gateway (about 40 MB live): without them V8 sizes the heap from the host
# and lets garbage pile up (bench/RESULTS.md measures with the same flags).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    NODE_OPTIONS="--max-old-space-size=96 --max-semi-space-size=8"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The official image's unprivileged user; nothing here needs root.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=2s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM reaches node directly (exec form), which drains in-flight requests before exiting.
CMD ["node", "dist/main.js"]
