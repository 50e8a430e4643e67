import CMBlogComments
import Foundation
import Testing

@Suite struct ThreadLayoutTests {
    private func comment(_ id: String, parent: String? = nil, minute: Int, kind: CMBlogComments.Comment.Kind = .comment, status: CMBlogComments.Comment.Status = .approved) -> CMBlogComments.Comment {
        CMBlogComments.Comment(id: id, parentID: parent, author: "A\(id)", date: Date(timeIntervalSince1970: Double(minute) * 60), kind: kind, status: status, body: "b")
    }

    @Test func repliesFollowTheirParentOldestFirst() {
        let layout = ThreadLayout([
            comment("3", minute: 3), comment("1", minute: 1), comment("2", parent: "1", minute: 5), comment("4", parent: "1", minute: 2),
        ])
        #expect(layout.conversation.map(\.comment.id) == ["1", "4", "2", "3"])
        #expect(layout.conversation.map(\.depth) == [1, 2, 2, 1])
    }

    @Test func nestingStopsAtFiveLevelsAndNamesTheParentBeyond() {
        let chain = (1...7).map { comment("\($0)", parent: $0 == 1 ? nil : "\($0 - 1)", minute: $0) }
        let layout = ThreadLayout(chain)
        #expect(layout.conversation.map(\.depth) == [1, 2, 3, 4, 5, 5, 5])
        #expect(layout.conversation.map(\.isDeeperThanShown) == [false, false, false, false, false, true, true])
        #expect(layout.conversation[6].parent?.id == "6")
    }

    @Test func mentionsAreApartAndOnlyApprovedCommentsAreShown() {
        let layout = ThreadLayout([
            comment("1", minute: 1), comment("2", minute: 2, kind: .pingback), comment("3", minute: 3, status: .pending),
            comment("4", minute: 4, status: .spam), comment("5", minute: 5, kind: .trackback), comment("6", minute: 0, status: .trash),
        ])
        #expect(layout.conversation.map(\.comment.id) == ["1"])
        #expect(layout.mentions.map(\.id) == ["2", "5"])
    }

    @Test func orphansAndCyclesAreShownAtTheTop() {
        let layout = ThreadLayout([
            comment("1", parent: "99", minute: 1), comment("2", parent: "3", minute: 2), comment("3", parent: "2", minute: 3),
            comment("4", parent: "5", minute: 4), comment("5", minute: 0, status: .pending),
        ])
        #expect(Set(layout.conversation.map(\.comment.id)) == ["1", "2", "3", "4"])
        #expect(layout.conversation.allSatisfy { $0.depth == 1 })
    }
}
