/// The shell scripts of a new site: one that installs cmblog for CI, one that publishes the
/// site to any host that takes files over SSH.
enum PublishScripts {
    static let installPath = "scripts/install-cmblog.sh"
    static let publishPath = "scripts/publish.sh"

    /// Builds cmblog `$CMBLOG_VERSION` from `$CMBLOG_SOURCE` into `.cmblog/tools/<version>/`,
    /// unless a working copy is already there (CI restores that folder from its cache).
    static let install = #"""
        #!/usr/bin/env bash
        # Installs cmblog $CMBLOG_VERSION, built from the git repository $CMBLOG_SOURCE, into
        # .cmblog/tools/$CMBLOG_VERSION/ (run it as .cmblog/tools/$CMBLOG_VERSION/bin/cmblog),
        # unless a working copy is already there. CI keeps that folder in its cache, keyed by the
        # version: only the first run of a version builds cmblog (a few minutes), later runs
        # find it in seconds. Building needs git and Swift 6; the cmark-gfm packages are
        # installed if missing (Debian, Ubuntu). The copy carries the cmark-gfm libraries it
        # uses, so it runs on the same system without them.
        set -euo pipefail

        : "${CMBLOG_VERSION:?set CMBLOG_VERSION (a tag of cmblog) at the top of your CI file}"
        : "${CMBLOG_SOURCE:?set CMBLOG_SOURCE (the git URL of cmblog) at the top of your CI file}"
        home="${CMBLOG_TOOLS:-.cmblog/tools}/$CMBLOG_VERSION"

        if "$home/bin/cmblog" --version >/dev/null 2>&1; then
          echo "cmblog $CMBLOG_VERSION is installed: $home/bin/cmblog"
          exit 0
        fi

        run_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
        if ! pkg-config --exists libcmark-gfm 2>/dev/null; then
          run_as_root apt-get update -qq
          DEBIAN_FRONTEND=noninteractive run_as_root apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
        fi

        work="$(mktemp -d)"
        trap 'rm -rf "$work"' EXIT
        git clone --quiet --depth 1 --branch "$CMBLOG_VERSION" "$CMBLOG_SOURCE" "$work/cmblog"
        swift build -c release --product cmblog --static-swift-stdlib --package-path "$work/cmblog"

        # Put the copy together beside its final place, then move it there in one step: an
        # interrupted install leaves no half copy for the cache to keep.
        staged="$home.partial"
        rm -rf "$staged"
        mkdir -p "$staged/bin" "$staged/libexec" "$staged/lib"
        cp "$work/cmblog/.build/release/cmblog" "$staged/libexec/cmblog"
        ldd "$staged/libexec/cmblog" | awk '/cmark/ { print $3 }' | while read -r library; do
          cp -L "$library" "$staged/lib/"
        done
        cat > "$staged/bin/cmblog" <<'LAUNCHER'
        #!/bin/sh
        here="$(dirname "$(readlink -f "$0")")/.."
        LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" exec "$here/libexec/cmblog" "$@"
        LAUNCHER
        chmod +x "$staged/bin/cmblog"
        rm -rf "$home"
        mv "$staged" "$home"
        "$home/bin/cmblog" --version

        """#

    /// Builds the site (or a preview with `--preview`) and copies it with rsync.
    static let publish = #"""
        #!/usr/bin/env bash
        # Builds the site and copies it to any host that serves files and takes them over SSH.
        #
        #   PUBLISH_TARGET=user@example.com:/var/www/blog/ scripts/publish.sh
        #   PUBLISH_TARGET=user@example.com:/var/www/preview/ scripts/publish.sh --preview
        #
        # --preview builds drafts and posts dated in the future too (each marked "Draft" and
        # kept out of search engines, feeds and the sitemap). Without PUBLISH_TARGET the site is
        # only built, into $PUBLISH_FOLDER (default: public/).
        #
        # Posts dated in the future go out at the first run after their date, in the time zone
        # of cmblog.yml: run this script from cron, say every 15 minutes:
        #   */15 * * * * cd /path/to/site && git pull -q && PUBLISH_TARGET=... scripts/publish.sh
        #
        # cmblog is the one on PATH, else the copy scripts/install-cmblog.sh made, else it is
        # installed first (CMBLOG_VERSION and CMBLOG_SOURCE must then be set).
        set -euo pipefail
        cd "$(dirname "$0")/.."

        folder="${PUBLISH_FOLDER:-public}"
        arguments=(build --output "$folder")
        case "${1:-}" in
          "") ;;
          --preview) arguments+=(--drafts --future) ;;
          *) echo "usage: scripts/publish.sh [--preview]" >&2; exit 2 ;;
        esac

        if command -v cmblog >/dev/null 2>&1; then
          cmblog=cmblog
        else
          bash scripts/install-cmblog.sh
          cmblog=".cmblog/tools/$CMBLOG_VERSION/bin/cmblog"
        fi

        "$cmblog" "${arguments[@]}"
        if "$cmblog" check --help 2>/dev/null | grep "cmblog check" >/dev/null; then "$cmblog" check --output "$folder"; fi

        if [ -n "${PUBLISH_TARGET:-}" ]; then
          # Pages and files first, removals last, so no link leads nowhere in between.
          rsync --archive --compress --delete-after "$folder/" "$PUBLISH_TARGET"
        fi

        """#
}
