import CMBlogManifest
import CMBlogTestSupport
import Foundation
import Testing

/// The source commit is read from a fixture `.git` the way git lays it out, without git.
@Suite("Source commit")
struct SourceCommitTests {
    let commit = "3f786850e387550fdab836ed7e6dc881de23001b"
    let other = "89e6c98d92887913cadf06b2adb97f26cde4849b"

    @Test("HEAD naming a branch whose ref is a loose file")
    func looseRef() throws {
        let root = try InlineFixture("""
            -- .git/HEAD --
            ref: refs/heads/main
            -- .git/refs/heads/main --
            \(commit)
            """).write()
        #expect(SourceCommit.of(repository: root) == commit)
    }

    @Test("a branch found only in packed-refs, peeled tags skipped")
    func packedRef() throws {
        let root = try InlineFixture("""
            -- .git/HEAD --
            ref: refs/heads/release
            -- .git/packed-refs --
            # pack-refs with: peeled fully-peeled sorted
            \(other) refs/heads/main
            \(commit) refs/heads/release
            ^\(other)
            """).write()
        #expect(SourceCommit.of(repository: root) == commit)
    }

    @Test("a detached HEAD is the commit itself")
    func detached() throws {
        let root = try InlineFixture("""
            -- .git/HEAD --
            \(commit.uppercased())
            """).write()
        #expect(SourceCommit.of(repository: root) == commit)
    }

    @Test("a worktree's .git file: its own HEAD, the branches of the common folder")
    func worktree() throws {
        let root = try InlineFixture("""
            -- site/.git --
            gitdir: ../main/.git/worktrees/site
            -- main/.git/worktrees/site/HEAD --
            ref: refs/heads/feature
            -- main/.git/worktrees/site/commondir --
            ../..
            -- main/.git/refs/heads/feature --
            \(commit)
            """).write()
        #expect(SourceCommit.of(repository: root.appending(path: "site")) == commit)
    }

    @Test("no commit: not a repository, a folder inside one, a branch without commits, a damaged ref")
    func absent() throws {
        let root = try InlineFixture("""
            -- plain/cmblog.yml --
            title: x
            -- repo/.git/HEAD --
            ref: refs/heads/main
            -- repo/site/cmblog.yml --
            title: x
            -- broken/.git/HEAD --
            ref: refs/heads/main
            -- broken/.git/refs/heads/main --
            not a commit
            -- escape/.git/HEAD --
            ref: refs/../../secret
            """).write()
        for folder in ["plain", "repo", "repo/site", "broken", "escape"] {
            #expect(SourceCommit.of(repository: root.appending(path: folder)) == nil, "\(folder)")
        }
    }
}
