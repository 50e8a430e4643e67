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

    @Test("a reply chain tens of thousands deep is laid out, flattened at the deepest level shown", arguments: [8_000, 50_000])
    func deepChain(length: Int) {
        let chain = (1...length).map { comment("\($0)", parent: $0 == 1 ? nil : "\($0 - 1)", minute: $0) }
        let layout = ThreadLayout(chain.reversed())
        #expect(layout.conversation.map(\.comment.id) == chain.map(\.id))
        #expect(layout.conversation.map(\.depth) == (1...length).map { min($0, ThreadLayout.maximumDepth) })
        #expect(layout.conversation.last?.parent?.id == "\(length - 1)")
        #expect(layout.conversation.last?.isDeeperThanShown == true)
    }

    @Test("a long cycle of replies is shown at the top, and a reply to one of its comments stays under it")
    func longCycle() {
        let length = 20_000
        let cycle = (1...length).map { comment("\($0)", parent: "\($0 == length ? 1 : $0 + 1)", minute: $0) }
        let layout = ThreadLayout(cycle + [comment("reply", parent: "7", minute: length + 1)])
        #expect(layout.conversation.count == length + 1)
        #expect(layout.conversation.filter { $0.depth == 1 }.count == length)
        let reply = layout.conversation.firstIndex { $0.comment.id == "reply" }
        #expect(reply.map { layout.conversation[$0 - 1].comment.id } == "7")
        #expect(reply.map { layout.conversation[$0].depth } == 2)
    }
}
