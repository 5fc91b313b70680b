#!/usr/bin/env bash
# Builds the platform (skipping tests) and runs it with PostgreSQL, Keycloak, WildFly and the demo
# province. Needs only a JDK 17+. Ctrl-C stops everything; data stays in var/ for the next run.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests install
exec java -cp "launcher/target/launcher.jar:launcher/target/lib/*" cn.nhjc.province.launcher.Main "$PWD"
