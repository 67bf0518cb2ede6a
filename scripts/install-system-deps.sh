#!/usr/bin/env bash
# Installs the Debian packages the tests need: Chromium (driven by playwright-core), Kerberos headers
# (code-server's native kerberos module), ripgrep (code-server's search), and python3 (with PyYAML), gcc, g++, rustc and Go
# for the notes' runnable examples (npm run test:examples), and a JDK (Debian 12's OpenJDK 17) for the Java ones.
# Go comes from Debian's backports (1.23 on bookworm, whose own 1.19 predates what the notes use); where
# that fails the Go examples are reported as skipped, as on any machine without Go.
# As root it installs them; otherwise it prints the exact command to run.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# PyYAML, for the YAML notes' examples (the parser's behaviour is what they show).
python3 -c 'import yaml' >/dev/null 2>&1 || need+=(python3-yaml)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
command -v g++ >/dev/null 2>&1 || need+=(g++)
need_go=0
command -v go >/dev/null 2>&1 || need_go=1
# rustc for the Rust notes' examples: Debian 12 ships a current one as rustc-web (its own rustc, 1.63, is older
# than the examples need, and run-examples skips the Rust examples on it).
need_rust=0
command -v rustc >/dev/null 2>&1 || need_rust=1
need_java=0
command -v javac >/dev/null 2>&1 || need_java=1
if [ ${#need[@]} -eq 0 ] && [ "$need_go" -eq 0 ] && [ "$need_rust" -eq 0 ] && [ "$need_java" -eq 0 ]; then
  exit 0
fi
codename=$(. /etc/os-release 2>/dev/null && [ "${ID:-}" = debian ] && echo "${VERSION_CODENAME:-}" || true)
if [ "$(id -u)" -ne 0 ]; then
  if [ ${#need[@]} -gt 0 ]; then
    echo "Missing system packages: ${need[*]}" >&2
    echo "Run: sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  [ "$need_go" -eq 1 ] && echo "Go is not installed: the Go examples will be skipped (on Debian: apt-get install -t ${codename:-bookworm}-backports golang-go)" >&2
  [ "$need_rust" -eq 1 ] && echo "rustc is not installed: the Rust examples will be skipped (on Debian 12: apt-get install rustc-web)" >&2
  [ "$need_java" -eq 1 ] && echo "javac is not installed: the Java examples will be skipped (on Debian 12: apt-get install openjdk-17-jdk-headless)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if [ ${#need[@]} -gt 0 ] || [ "$need_rust" -eq 1 ] || [ "$need_java" -eq 1 ]; then
  apt-get update -qq
fi
if [ ${#need[@]} -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  echo "Installed system packages: ${need[*]}"
fi
if [ "$need_rust" -eq 1 ]; then
  rust_package=rustc
  apt-cache show rustc-web >/dev/null 2>&1 && rust_package=rustc-web
  if apt-get install -y -qq --no-install-recommends "$rust_package" >/dev/null; then
    echo "Installed $rust_package: $(rustc --version)"
  else
    echo "Could not install $rust_package: the Rust examples will be skipped" >&2
  fi
fi
if [ "$need_java" -eq 1 ]; then
  if apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless >/dev/null; then
    echo "Installed openjdk-17-jdk-headless: $(javac -version 2>&1)"
  else
    echo "Could not install openjdk-17-jdk-headless: the Java examples will be skipped" >&2
  fi
fi
if [ "$need_go" -eq 1 ]; then
  if [ -z "$codename" ]; then
    echo "Go is not installed and this is not Debian: the Go examples will be skipped" >&2
    exit 0
  fi
  # The backports source is added for these two commands only, not to the machine's apt sources.
  backports=$(mktemp)
  { [ -f /etc/apt/sources.list ] && cat /etc/apt/sources.list; echo "deb http://deb.debian.org/debian ${codename}-backports main"; } >"$backports"
  if apt-get update -qq -o Dir::Etc::sourcelist="$backports" &&
    apt-get install -y -qq --no-install-recommends -t "${codename}-backports" -o Dir::Etc::sourcelist="$backports" golang-go >/dev/null; then
    echo "Installed Go from ${codename}-backports: $(go version)"
  else
    echo "Could not install Go from ${codename}-backports: the Go examples will be skipped" >&2
  fi
  rm -f "$backports"
fi
