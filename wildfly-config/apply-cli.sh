#!/usr/bin/env bash
# Applies every configure-*.cli script, in name order, to the standalone-full profile of the given
# WildFly, offline (embedded server). The scripts are idempotent: applying them twice changes nothing.
# The embedded server runs at the "community" stability level, as the server does (WildFlyServer,
# arquillian.xml): the configuration uses features of that level (the micrometer subsystem's
# Prometheus registry, configure-70-metrics.cli).
# usage: apply-cli.sh WILDFLY_HOME POSTGRESQL_JAR
set -euo pipefail
home=$1
driver=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  echo "embed-server --server-config=standalone-full.xml --std-out=discard --stability=community"
  for script in "$here"/configure-*.cli; do
    echo "echo applying $(basename "$script")"
    cat "$script"
    echo
  done
  echo "stop-embedded-server"
} > "$work/all.cli"
printf 'postgresql.driver.jar=%s\n' "$driver" > "$work/cli.properties"
JAVA_OPTS="${JAVA_OPTS:-} -Djava.awt.headless=true" \
  "$home/bin/jboss-cli.sh" --file="$work/all.cli" --properties="$work/cli.properties"
