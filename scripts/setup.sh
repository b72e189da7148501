#!/usr/bin/env bash
# Installs what the tests need besides the .NET SDK. Called by test.sh; safe to run again.
#
# WordNet's exception lists (Debian/Ubuntu package wordnet-base, /usr/share/wordnet/*.exc): ROUGE-1.5.5's
# stemming looks irregular forms up in them, and the ROUGE reproduction test requires them under CI.
set -uo pipefail

if [[ -z "${CROSSWIRE_WORDNET:-}" && ! -f /usr/share/wordnet/verb.exc ]]; then
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    echo "setup.sh: installing wordnet-base (WordNet exception lists for ROUGE)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends wordnet-base; } >/dev/null \
      || echo "setup.sh: could not install wordnet-base; the ROUGE reproduction test will be skipped (or fail under CI)" >&2
  else
    echo "setup.sh: WordNet exception lists not found; install wordnet-base or set CROSSWIRE_WORDNET to a folder with *.exc files" >&2
  fi
fi

# Chromium (Debian package chromium, /usr/bin/chromium): the web page's end-to-end tests drive it headless
# with Playwright. Quiet when it is already there.
if ! command -v chromium >/dev/null 2>&1 && [[ ! -x /usr/bin/chromium ]]; then
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    echo "setup.sh: installing chromium (browser tests of the web page)..." >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >/dev/null 2>&1 \
      || echo "setup.sh: could not install chromium; the browser tests will be skipped (or fail under CI)" >&2
  else
    echo "setup.sh: chromium not found; install the chromium package (the browser tests need /usr/bin/chromium)" >&2
  fi
fi
