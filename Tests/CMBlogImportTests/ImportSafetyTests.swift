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

    @Test func bytesThatAreNotUTF8AreRefusedAtTheirPlace() async throws {
        let folder = try Subprocess.temporaryFolder()
        let input = folder.appending(path: "export.xml")
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss>\n<channel><"
        try (Data(head.utf8) + Data([0xFF, 0xFE, 0xE9]) + Data("x/></channel></rss>\n".utf8)).write(to: input)
        do {
            _ = try await Importer(target: folder.appending(path: "site")).plan(.wordpress, from: input)
            Issue.record("an export with bytes that are not UTF-8 was accepted")
        } catch let error as DiagnosticError {
            #expect(error.description.hasPrefix("\(input.path):3:11: error: the file is not valid UTF-8"), "\(error)")
        }
        let latin1 = folder.appending(path: "latin1.xml")
        try (Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><title>Caf".utf8) + Data([0xE9]) + Data("</title></channel></rss>\n".utf8)).write(to: latin1)
        do {
            _ = try await Importer(target: folder.appending(path: "site")).plan(.wordpress, from: latin1)
        } catch let error as DiagnosticError {
            #expect(error.description.contains("wxr_version"), "a Latin-1 export is read as Latin-1: \(error)")
        }
    }

    @Test func aFileThatIsNotAnExportSaysSo() async throws {
        let notWXR = try #require(try await attempt("<?xml version=\"1.0\"?>\n<rss><channel><title>A plain feed</title></channel></rss>"))
        #expect(notWXR.description.contains("wxr_version"))
        let notDisqus = try #require(try await attempt("<?xml version=\"1.0\"?>\n<feed/>", .disqus))
        #expect(notDisqus.description.contains("not a Disqus export"))
    }

    @Test func exportsOverTenMegabytesAreRead() async throws {
        let paragraph = String(repeating: "Un paragraphe assez long pour remplir l'export. ", count: 20) + "\n\n"
        var xml = "<?xml version=\"1.0\"?>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Gros</title><wp:wxr_version>1.2</wp:wxr_version>\n"
        for id in 1...12 {
            xml += "<item><title>Billet \(id)</title><content:encoded><![CDATA[" + String(repeating: paragraph, count: 1000) + "]]></content:encoded>"
            xml += "<wp:post_id>\(id)</wp:post_id><wp:post_date>2012-01-01 10:00:00</wp:post_date><wp:post_name>billet-\(id)</wp:post_name><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>\n"
        }
        xml += "</channel></rss>\n"
        #expect(xml.utf8.count > 10_000_000)
        #expect(try await attempt(xml) == nil)
    }

    @Test func aDoctypeWithoutDeclarationsIsAccepted() async throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss>\n<rss xmlns:wp=\"http://wordpress.org/export/1.0/\"><channel><title>x</title><wp:wxr_version>1.0</wp:wxr_version></channel></rss>"
        #expect(try await attempt(xml) == nil)
    }

    @Test func textFromTheFileReachesTheTerminalOnlyThroughDiagnostics() async throws {
        let forged = "menu\u{9B}2J\nerror: forged line"
        let xml = """
            <?xml version="1.0"?>
            <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>x</title><wp:wxr_version>1.2</wp:wxr_version>
            <item><title>Menu</title><wp:post_id>7</wp:post_id><wp:post_type>\(forged)</wp:post_type></item>
            <item><title>Billet</title><wp:post_id>8</wp:post_id><wp:post_date>2012-01-01 10:00:00</wp:post_date><wp:post_type>post</wp:post_type>
            <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_date>2012-01-02 10:00:00</wp:comment_date><wp:comment_type>\(forged)</wp:comment_type></wp:comment>
            <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_date>2012-01-02 10:00:00</wp:comment_date><wp:comment_type>pingback_plus</wp:comment_type></wp:comment></item>
            </channel></rss>
            """
        let folder = try Subprocess.temporaryFolder()
        let input = folder.appending(path: "export.xml")
        try Data(xml.utf8).write(to: input)
        let report = try await Importer(target: folder.appending(path: "site")).plan(.wordpress, from: input).report
        let summary = report.summary.joined(separator: "\n")
        #expect(!summary.contains("\u{9B}") && !summary.contains("forged"), "\(summary)")
        #expect(report.skipped == ["items of another type": 1, "comments of another type": 1, "pingback_plus comments": 1])
        let warnings = report.warnings.filter { $0.message.contains(forged) }
        #expect(warnings.map(\.location.line) == [3, 6], "named, with its line, in a warning the diagnostic printer shows")
    }
}
