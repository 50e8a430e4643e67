/// The GitLab CI file of a new site (`.gitlab-ci.yml`): publishes with GitLab Pages from the
/// default branch, builds a browsable preview for merge requests, and keeps cmblog and
/// `.cmblog/cache/` in GitLab's cache.
struct GitLabPipeline {
    static let path = ".gitlab-ci.yml"

    let release: PublishingHost.Release

    var text: String {
        header + CISettings.release(release, indent: "  ", under: "variables:") + jobs
    }

    private let header = """
        # Builds the site with cmblog and publishes it with GitLab Pages from the default branch.
        # A merge request gets a preview with drafts and future posts, each marked "Draft" and
        # kept out of search engines, feeds and the sitemap: "View exposed artifact" > preview
        # on the merge request.
        #
        # Posts dated in the future go out at the first pipeline after their date, read in the
        # `timezone:` of cmblog.yml. For that, add a schedule (Build > Pipeline schedules): for
        # example "*/15 * * * *" on the default branch; GitLab asks for the schedule's own time
        # zone, any will do for an interval.
        #
        # cmblog is built once per version and kept in GitLab's cache (.cmblog/tools/), and so
        # are the last build's record and output (.cmblog/cache/, public/): a pipeline with
        # nothing new to publish does next to nothing. See docs/publishing.md in cmblog's source.

        """

    private let jobs = """

        default:
          image: swift:6.1-noble
          cache:
            - key: cmblog-$CMBLOG_VERSION
              paths: [.cmblog/tools/]
            - key: site-$CMBLOG_VERSION
              paths: [.cmblog/cache/, public/]
          before_script:
            - bash scripts/install-cmblog.sh
            - export PATH="$PWD/.cmblog/tools/$CMBLOG_VERSION/bin:$PATH"

        pages:
          stage: deploy
          script:
            - cmblog build --output public
            - if cmblog check --help 2>/dev/null | grep "cmblog check" >/dev/null; then cmblog check --output public; fi
          artifacts:
            paths: [public]
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        preview:
          stage: deploy
          script:
            - cmblog build --drafts --future --output public
            - if cmblog check --help 2>/dev/null | grep "cmblog check" >/dev/null; then cmblog check --output public; fi
          artifacts:
            paths: [public/]
            expose_as: preview
            expire_in: 1 week
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"

        """
}
