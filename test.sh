#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, builds everything and runs every test.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

if ! command -v dotnet >/dev/null; then
  echo "test.sh: the .NET SDK (dotnet) is required" >&2
  exit 1
fi

if [[ -x "$ROOT/scripts/setup.sh" ]]; then
  "$ROOT/scripts/setup.sh"
fi

dotnet build Crosswire.slnx -c Release --nologo -v quiet
dotnet test Crosswire.slnx -c Release --no-build --nologo -v quiet "$@"
