#!/usr/bin/env bash
# Builds the platform (skipping tests) and runs it with PostgreSQL, Keycloak, WildFly and the demo
# province. Needs only a JDK 17+. Ctrl-C stops everything; data stays in var/ for the next run.
#   ./run.sh backup DIR    backs up the running platform into DIR (docs/operations.md)
#   ./run.sh restore DIR   restores DIR into var/ while the platform is stopped
#   ./run.sh production-realm FILE   writes the realm for a production Keycloak (README)
set -euo pipefail
cd "$(dirname "$0")"
classpath="launcher/target/launcher.jar:launcher/target/lib/*"
case "${1:-}" in
  backup | restore)
    if [ $# -ne 2 ]; then
      echo "usage: ./run.sh $1 DIR" >&2
      exit 2
    fi
    [ -f launcher/target/launcher.jar ] || ./mvnw -q -B -DskipTests install
    exec java -cp "$classpath" cn.nhjc.province.launcher.PlatformBackup "$PWD" "$1" "$2"
    ;;
  production-realm)
    if [ $# -ne 2 ]; then
      echo "usage: ./run.sh production-realm FILE" >&2
      exit 2
    fi
    [ -f launcher/target/launcher.jar ] || ./mvnw -q -B -DskipTests install
    exec java -cp "$classpath" cn.nhjc.province.launcher.ProductionRealm "$PWD" "$2"
    ;;
esac
./mvnw -q -B -DskipTests install
exec java -cp "$classpath" cn.nhjc.province.launcher.Main "$PWD"
