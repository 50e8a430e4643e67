import CMBlogCore
import CMBlogImport
import CMBlogTestSupport
import Foundation
import Testing

/// Hostile and broken export files: refused with the line, nothing read from outside.
@Suite struct ImportSafetyTests {
    private func attempt(_ xml: String, _ source: Importer.Source = .wordpress) async throws -> DiagnosticError? {
        let folder = try Subprocess.temporaryFolder()
        let input = folder.appending(path: "export.xml")
        try Data(xml.utf8).write(to: input)
        do {
            _ = try await Importer(target: folder.appending(path: "site")).plan(source, from: input)
            return nil
        } catch let error as DiagnosticError {
            #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "site").path))
            return error
        }
    }

    @Test func externalEntitiesAreNeverResolved() async throws {
        let secret = try Subprocess.temporaryFolder().appending(path: "secret.txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY leak SYSTEM "file://\(secret.path)"> ]>
            <rss><channel><wp:wxr_version xmlns:wp="http://wordpress.org/export/1.2/">1.2</wp:wxr_version><title>&leak;</title></channel></rss>
            """
        let error = try #require(try await attempt(xml))
        #expect(error.diagnostics.first?.location.line == 2)
        #expect(error.description.contains("entities"))
        #expect(!error.description.contains("TOP-SECRET"))
    }

    @Test func entityExpansionBombsStopAtOnce() async throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 { xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n" }
        xml += "]>\n<rss><channel><title>&lol9;</title></channel></rss>\n"
        let error = try #require(try await attempt(xml))
        #expect(error.diagnostics.first?.location.line == 2)
    }

    @Test func anExternalDTDIsRefused() async throws {
        let error = try #require(try await attempt("<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://evil.example/x.dtd\">\n<rss/>"))
        #expect(error.diagnostics.first?.location.line == 2)
    }

    @Test func malformedXMLNamesTheLine() async throws {
        let xml = "<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<title>Broken</titel>\n</channel>\n</rss>\n"
        let error = try #require(try await attempt(xml))
        #expect(error.diagnostics.first?.location.line == 4)
        #expect(error.description.contains("malformed XML"))
    }

    @Test func aFileThatIsNotAnExportSaysSo() async throws {
        let notWXR = try #require(try await attempt("<?xml version=\"1.0\"?>\n<rss><channel><title>A plain feed</title></channel></rss>"))
        #expect(notWXR.description.contains("wxr_version"))
        let notDisqus = try #require(try await attempt("<?xml version=\"1.0\"?>\n<feed/>", .disqus))
        #expect(notDisqus.description.contains("not a Disqus export"))
    }

    @Test func aDoctypeWithoutDeclarationsIsAccepted() async throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss>\n<rss xmlns:wp=\"http://wordpress.org/export/1.0/\"><channel><title>x</title><wp:wxr_version>1.0</wp:wxr_version></channel></rss>"
        #expect(try await attempt(xml) == nil)
    }
}
