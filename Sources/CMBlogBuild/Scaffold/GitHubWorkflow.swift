import CMBlogCore

/// The GitHub Actions workflow of a new site (`.github/workflows/publish.yml`): builds with a
/// cached cmblog and a cached `.cmblog/cache/`, on pushes to main, on a schedule and by hand,
/// then deploys to the host; builds a preview (drafts and future posts) for pull requests.
struct GitHubWorkflow {
    static let path = ".github/workflows/publish.yml"

    let host: PublishingHost
    let release: PublishingHost.Release

    var text: String {
        [header, trigger, CISettings.release(release, indent: "  ", under: "env:"), build, deploy, backfeed].joined()
    }

    private var header: String {
        let (target, preview) = switch host {
        case .netlify: ("Netlify", "deployed to Netlify at its own address, pr-<number>--<site>.netlify.app")
        case .cloudflare: ("Cloudflare Pages", "deployed to Cloudflare Pages as the branch's preview, <branch>.<project>.pages.dev")
        case .github, .gitlab: ("GitHub Pages", "kept as the artifact \"preview\" of the run, to download and open")
        }
        return """
            # Builds the site with cmblog and publishes it to \(target): on every push to main, every
            # hour (so posts dated in the future go out on time) and by hand (Actions > Publish >
            # Run workflow). A pull request gets a preview with drafts and future posts, each
            # marked "Draft" and kept out of search engines, feeds and the sitemap:
            # \(preview).
            #
            # cmblog is built once per version and kept in the Actions cache, so later runs
            # install it in seconds. The last build's record (.cmblog/cache/) and output are
            # kept too, so a run with nothing new to publish (most scheduled runs) does next to
            # nothing. See docs/publishing.md in cmblog's source.
            name: Publish


            """
    }

    private var trigger: String {
        """
        on:
          push:
            branches: [main]
          pull_request:
          schedule:
            # Every hour at minute 7, in UTC: GitHub's schedules are in UTC, and may start some
            # minutes late. A post is due once its `date:` has passed, read in the `timezone:`
            # of cmblog.yml; the first run after that publishes it. For every 15 minutes, write
            # "*/15 * * * *". (GitHub pauses schedules of a repository without commits for 60 days.)
            - cron: "7 * * * *"
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: publish-${{ github.ref }}
          cancel-in-progress: true


        """
    }

    /// Fork pull requests get no secrets, so no preview deploy.
    private static let sameRepository = "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository"

    private var build: String {
        """

        jobs:
          build:
            runs-on: ubuntu-24.04
            env:
              PREVIEW: ${{ github.event_name == 'pull_request' }}
            steps:
        \(Self.installSteps)      - name: Restore the build cache
                uses: actions/cache@v4
                with:
                  # The last build's record, parses and output: cmblog checks them against the
                  # sources' bytes, so a stale or damaged cache costs time, never a wrong page.
                  # A build renders again only what changed since. Previews keep their own.
                  path: |
                    .cmblog/cache
                    public
                  key: site-${{ env.CMBLOG_VERSION }}-preview-${{ env.PREVIEW }}-${{ github.run_id }}
                  restore-keys: site-${{ env.CMBLOG_VERSION }}-preview-${{ env.PREVIEW }}-
              - name: Build the site
                run: |
                  if [ "$PREVIEW" = true ]; then
                    cmblog build --drafts --future --output public
                  else
                    cmblog build --output public
                  fi
              - name: Check the site
                # Links, anchors, feeds, pages, signatures and share cards of what was just built.
                run: if cmblog check --help 2>/dev/null | grep "cmblog check" >/dev/null; then cmblog check --output public --format github; fi

        """
    }

    /// Checks out the repository and puts the cached cmblog on the PATH (built the first time).
    private static let installSteps = """
              - uses: actions/checkout@v4
              - name: Restore cmblog
                id: cmblog
                uses: actions/cache@v4
                with:
                  path: .cmblog/tools/${{ env.CMBLOG_VERSION }}
                  key: cmblog-${{ env.CMBLOG_VERSION }}-ubuntu-24.04-${{ runner.arch }}
              - name: Build cmblog (the first run of a version only)
                if: steps.cmblog.outputs.cache-hit != 'true'
                run: |
                  mkdir -p .cmblog/tools .cmblog/cache
                  docker run --rm -v "$PWD:/site" -w /site -e CMBLOG_VERSION -e CMBLOG_SOURCE \\
                    swift:6.1-noble bash scripts/install-cmblog.sh
              - name: Put cmblog on the PATH
                run: echo "$PWD/.cmblog/tools/$CMBLOG_VERSION/bin" >> "$GITHUB_PATH"

        """

    /// The hourly job that brings replies home and opens a pull request for the team to review.
    private var backfeed: String {
        """

          backfeed:
            # Every hour, `cmblog backfeed` brings the public replies to the posts' Mastodon and
            # Bluesky copies (and their webmentions, when cmblog.yml sets `backfeed: webmention:`)
            # into comments/, as `status: pending`, and this job opens a pull request with them.
            # Nothing shows on the site until someone changes `pending` to `approved` in that pull
            # request (or deletes a reply, which is then never brought back) and merges it.
            # One review at a time: while the pull request is open, no run adds to it, so the
            # team's edits are never overwritten; the run after it is merged or closed brings
            # what came since. Secrets: MASTODON_TOKEN (optional: public posts need none) and
            # WEBMENTION_IO_TOKEN (when webmentions are read). Settings > Actions > General must
            # allow GitHub Actions to create pull requests.
            if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
            runs-on: ubuntu-24.04
            permissions:
              contents: write
              pull-requests: write
            steps:
        \(Self.installSteps)      - name: Is a review still open?
                id: review
                env:
                  GH_TOKEN: ${{ github.token }}
                run: echo "open=$(gh pr list --head cmblog/backfeed --state open --json number --jq length)" >> "$GITHUB_OUTPUT"
              - name: Bring the replies home
                if: steps.review.outputs.open == '0'
                # A network down or limiting the rate fails this step; what the others gave is kept
                # and proposed all the same, and the next hour tries again.
                continue-on-error: true
                env:
                  MASTODON_TOKEN: ${{ secrets.MASTODON_TOKEN }}
                  WEBMENTION_IO_TOKEN: ${{ secrets.WEBMENTION_IO_TOKEN }}
                run: cmblog backfeed
              - name: Propose them for review
                if: steps.review.outputs.open == '0'
                uses: peter-evans/create-pull-request@v7
                with:
                  branch: cmblog/backfeed
                  add-paths: comments/
                  commit-message: "Replies from the networks, pending review"
                  title: "Replies from the networks, pending review"
                  body: |
                    New public replies to the blog's posts on Mastodon, Bluesky and the web, brought by `cmblog backfeed`.
                    To publish a reply, change its `status: pending` to `status: approved`; to refuse one, delete it (it is never brought back). Then merge.
                    Replies left `pending` stay in the archive and off the site.
                  delete-branch: true

        """
    }

    private var deploy: String {
        switch host {
        case .netlify:
            """
                  - name: Deploy to Netlify
                    # Repository secrets: NETLIFY_AUTH_TOKEN (a personal access token) and
                    # NETLIFY_SITE_ID (the site's ID, in its settings).
                    if: \(Self.sameRepository)
                    env:
                      NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}
                      NETLIFY_SITE_ID: ${{ secrets.NETLIFY_SITE_ID }}
                      ALIAS: pr-${{ github.event.pull_request.number }}
                    run: |
                      if [ "$PREVIEW" = true ]; then
                        npx --yes netlify-cli deploy --dir public --alias "$ALIAS"
                      else
                        npx --yes netlify-cli deploy --dir public --prod
                      fi

            """
        case .cloudflare:
            """
                  - name: Deploy to Cloudflare Pages
                    # Repository secrets: CLOUDFLARE_API_TOKEN (with "Cloudflare Pages: Edit") and
                    # CLOUDFLARE_ACCOUNT_ID. The project is the `name` of wrangler.toml.
                    if: \(Self.sameRepository)
                    uses: cloudflare/wrangler-action@v3
                    with:
                      apiToken: ${{ secrets.CLOUDFLARE_API_TOKEN }}
                      accountId: ${{ secrets.CLOUDFLARE_ACCOUNT_ID }}
                      command: pages deploy public --branch=${{ github.head_ref || github.ref_name }}

            """
        case .github, .gitlab:
            """
                  - name: Keep the site for the deploy job
                    if: github.event_name != 'pull_request'
                    uses: actions/upload-pages-artifact@v5
                    with:
                      path: public
                      # /.well-known/ (the Bluesky handle file) is a hidden folder: publish it too.
                      include-hidden-files: true
                  - name: Keep the preview (download it from the run's page)
                    if: github.event_name == 'pull_request'
                    uses: actions/upload-artifact@v4
                    with:
                      name: preview
                      path: public
                      include-hidden-files: true

              deploy:
                if: github.event_name != 'pull_request'
                needs: build
                runs-on: ubuntu-24.04
                permissions:
                  pages: write
                  id-token: write
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - id: deployment
                    uses: actions/deploy-pages@v4

            """
        }
    }
}

/// What the CI files of a new site share.
enum CISettings {
    /// The block naming the cmblog to build with, once, at the top of a CI file.
    static func release(_ release: PublishingHost.Release, indent: String, under key: String) -> String {
        let source = release.source.isEmpty
            ? "\"\"  # required: the git URL of cmblog's source, such as https://git.example.com/cmblog.git"
            : "\"\(JSONString.escape(release.source))\""
        return """
            \(key)
            \(indent)# The cmblog this site is built with, named once, here: a tag (or branch) of cmblog's
            \(indent)# git repository, and that repository's URL. A new version is built once, then cached.
            \(indent)CMBLOG_VERSION: "\(JSONString.escape(release.version))"
            \(indent)CMBLOG_SOURCE: \(source)

            """
    }
}
