import CMBlogCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an export file into a tree of `XMLNode`, refusing what an export never needs and an
/// attacker would use: a document type with entity declarations or an external DTD. Without
/// them no external entity can be read and no entity can expand without end.
enum SafeXMLDocument {
    /// The root element of `data`.
    /// - Throws: A `DiagnosticError` naming `path` and the line of the problem.
    static func parse(_ data: Data, path: String) throws(DiagnosticError) -> XMLNode {
        if let line = DocumentTypeCheck.forbiddenDeclarationLine(in: data) {
            throw DiagnosticError(.error(
                "the file declares a document type with entities or an external DTD; exports from WordPress and Disqus never do, and cmblog refuses them (they can read local files or expand without end)",
                path: path, line: line))
        }
        // A stream is fed to libxml2 in chunks; one chunk of more than 10 MB fails with "huge input lookup".
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = TreeBuilder(parser: parser)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unreadable XML"
            let (line, column) = builder.errorPosition ?? (parser.lineNumber, parser.columnNumber)
            throw DiagnosticError(.error("malformed XML: \(reason)", path: path, line: max(1, line), column: max(1, column)))
        }
        return root
    }

    /// Collects the elements the parser reports into a tree.
    private final class TreeBuilder: NSObject, XMLParserDelegate {
        private unowned let parser: XMLParser
        private var stack: [XMLNode] = []
        var root: XMLNode?
        /// Where the parser first reported an error.
        var errorPosition: (Int, Int)?

        init(parser: XMLParser) {
            self.parser = parser
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = XMLNode(name: elementName, namespace: namespaceURI ?? "", attributes: attributes, line: parser.lineNumber)
            stack.last?.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.appendText(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.appendText(String(decoding: CDATABlock, as: UTF8.self))
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if errorPosition == nil { errorPosition = (parser.lineNumber, parser.columnNumber) }
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            parser.abortParsing()
        }
    }
}

/// Finds a document type declaration that declares entities or names an external DTD.
enum DocumentTypeCheck {
    /// The line of the `<!DOCTYPE` when it has an internal subset or an external identifier.
    static func forbiddenDeclarationLine(in data: Data) -> Int? {
        let bytes = [UInt8](data.prefix(1 << 20))
        guard let start = firstRange(of: Array("<!DOCTYPE".utf8), in: bytes) else { return nil }
        let firstElement = bytes.indices.first { index in
            bytes[index] == UInt8(ascii: "<") && index + 1 < bytes.count && isNameStart(bytes[index + 1])
        } ?? bytes.count
        guard start < firstElement else { return nil }
        let declaration = bytes[start..<min(bytes.count, firstElement)]
        let text = String(decoding: declaration, as: UTF8.self)
        guard text.contains("[") || text.contains("SYSTEM") || text.contains("PUBLIC") || text.contains("<!ENTITY") else { return nil }
        return bytes[..<start].filter { $0 == UInt8(ascii: "\n") }.count + 1
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
