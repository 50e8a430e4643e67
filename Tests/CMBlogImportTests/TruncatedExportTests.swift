import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// Exports cut short, as a download or a copy that stopped: refused with the line where the
/// file stops, and nothing written; never read in part.
@Suite struct TruncatedExportTests {
    /// Every file below `folder` with its contents.
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try ImportFixtures.files(in: folder).map { ($0, try Data(contentsOf: folder.appending(path: $0))) })
    }

    /// Imports `export` cut at every `step`th byte into `target` (prepared by `prepare`), and
    /// checks each cut is refused as cut short with its line and column, leaving `target` as it was, or
    /// (when the cut leaves a whole document) imports what the whole export imports.
    private func cutEverywhere(_ source: Importer.Source, _ export: URL, step: Int, prepare: (URL) async throws -> Void) async throws {
        let data = try Data(contentsOf: export)
        let folder = try Subprocess.temporaryFolder()
        let whole = folder.appending(path: "whole")
        try await prepare(whole)
        let (wholePlan, _) = try await ImportFixtures.run(source, export, into: whole)
        var refused = 0
        for cut in stride(from: 0, to: data.count, by: step) {
            let input = folder.appending(path: "cut-\(cut).xml")
            try data.prefix(cut).write(to: input)
            let target = folder.appending(path: "site-\(cut)")
            try await prepare(target)
            let before = try snapshot(target)
            do {
                let (plan, _) = try await ImportFixtures.run(source, input, into: target)
                #expect(plan.files.map(\.path) == wholePlan.files.map(\.path), "a cut at byte \(cut) imported only part of the export")
            } catch let error as DiagnosticError {
                refused += 1
                let location = try #require(error.diagnostics.first?.location)
                #expect(location.path == input.path)
                #expect(location.line != nil && location.column != nil, "a cut at byte \(cut) is refused without its position: \(error)")
                #expect(error.description.contains("was cut short"), "a cut at byte \(cut) is refused for another reason: \(error)")
                #expect(try snapshot(target) == before, "a cut at byte \(cut) changed the folder")
            }
        }
        #expect(refused >= data.count / step - 1, "every cut but one after the last end tag is refused")
    }

    @Test func aWordPressExportCutAnywhereIsRefused() async throws {
        try await cutEverywhere(.wordpress, ImportFixtures.wordpress, step: 37) { _ in }
    }

    @Test func aDisqusExportCutAnywhereIsRefused() async throws {
        try await cutEverywhere(.disqus, ImportFixtures.disqus, step: 37) { target in
            try await ImportFixtures.run(.wordpress, ImportFixtures.wordpress, into: target)
        }
    }

    @Test func theErrorSaysWhereTheFileStops() async throws {
        let folder = try Subprocess.temporaryFolder()
        let input = folder.appending(path: "export.xml")
        let text = try String(contentsOf: ImportFixtures.wordpress, encoding: .utf8)
        let cut = try #require(text.range(of: "<title>Ancienne"))
        try Data(text[..<cut.upperBound].utf8).write(to: input)
        let target = folder.appending(path: "site")
        let error = try await #require(throws: DiagnosticError.self) { try await ImportFixtures.run(.wordpress, input, into: target) }
        let lines = text[..<cut.upperBound].split(separator: "\n", omittingEmptySubsequences: false)
        #expect(error.diagnostics.first?.location == SourceLocation(path: input.path, line: lines.count, column: lines.last!.utf8.count + 1))
        #expect(error.description.contains("cut short") && error.description.contains("<rss>"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func commentsAndSpaceAfterTheRootAreAccepted() async throws {
        let folder = try Subprocess.temporaryFolder()
        let input = folder.appending(path: "export.xml")
        var data = try Data(contentsOf: ImportFixtures.wordpress)
        data.append(Data("<!-- generator: WordPress -->\n<?cache done?>\n\n".utf8))
        try data.write(to: input)
        let (plan, _) = try await ImportFixtures.run(.wordpress, input, into: folder.appending(path: "site"))
        #expect(plan.report.posts == 3)
        data.append(Data("<!-- cut".utf8))
        try data.write(to: input)
        await #expect(throws: DiagnosticError.self) { try await ImportFixtures.run(.wordpress, input, into: folder.appending(path: "other")) }
    }

    @Test func contentAfterTheRootIsMalformedNotCutShort() async throws {
        var data = try Data(contentsOf: ImportFixtures.wordpress)
        data.append(Data("<rss/>\n".utf8))
        let (input, target) = try ImportFixtures.write(String(decoding: data, as: UTF8.self))
        let error = try await #require(throws: DiagnosticError.self) { try await ImportFixtures.run(.wordpress, input, into: target) }
        #expect(error.description.contains("malformed XML") && !error.description.contains("cut short"), "\(error)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }
}
