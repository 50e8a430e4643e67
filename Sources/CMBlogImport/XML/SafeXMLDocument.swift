import CMBlogCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an export file into a tree of `XMLNode`, refusing what an export never needs and an
/// attacker would use: a document type with entity declarations or an external DTD. Without
/// them no external entity can be read and no entity can expand without end. A file must be
/// well-formed to its end: one cut short is refused, never read in part. (`cmblog check` reads
/// feeds with it too.)
public enum SafeXMLDocument {
    /// The root element of `data`.
    /// - Throws: A `DiagnosticError` naming `path` and the line and column of the problem.
    public static func parse(_ data: Data, path: String) throws(DiagnosticError) -> XMLNode {
        if let line = DocumentTypeCheck.forbiddenDeclarationLine(in: data) {
            throw DiagnosticError(.error(
                "the file declares a document type with entities or an external DTD; exports from WordPress and Disqus never do, and cmblog refuses them (they can read local files or expand without end)",
                path: path, line: line))
        }
        try ExportEncoding.check(data, path: path)
        // A stream is fed to libxml2 in chunks; one chunk of more than 10 MB fails with "huge input lookup".
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = XMLTreeBuilder()
        parser.delegate = builder
        // `parse()` is true even when the parser reported errors on the way (a file cut short
        // among them): the errors the delegate heard decide, not its result.
        let parsed = parser.parse()
        if let refusal = builder.refusal {
            throw DiagnosticError(.error(refusal.message, path: path, line: refusal.line, column: refusal.column))
        }
        let end = endPosition(of: data)
        let error = builder.firstError
        if isCutShort(firstError: error, rootClosed: builder.rootClosed, lastLine: end.line) {
            let element = builder.rootName.map { "its <\($0)> element is closed" } ?? "its first element"
            throw DiagnosticError(.error(
                "the file ends before \(element): the export was cut short (export or download it again); nothing was imported",
                path: path, line: end.line, column: end.column))
        }
        guard let root = builder.root, error == nil, parser.parserError == nil, parsed else {
            let reason = (error?.error ?? parser.parserError.map { $0 as NSError })?.localizedDescription ?? "unreadable XML"
            let (line, column) = error.map { ($0.line, $0.column) } ?? (parser.lineNumber, parser.columnNumber)
            throw DiagnosticError(.error("malformed XML: \(reason)", path: path, line: max(1, line), column: max(1, column)))
        }
        return root
    }

    /// Whether the file stops before its end. With no error, when the root never closed: the
    /// file was too short for the parser to start. With an error, when the parser's first
    /// complaint is that the input ended inside the root, or lies on the file's last line (a
    /// tag cut in its middle; recovering, libxml2 may even close the root on a cut end tag),
    /// but not when it says the input went on after the root closed.
    private static func isCutShort(firstError: XMLTreeBuilder.ParseError?, rootClosed: Bool, lastLine: Int) -> Bool {
        guard let firstError else { return !rootClosed }
        if firstError.error.code == documentEndError { return !rootClosed }
        return firstError.line >= lastLine
    }

    /// The code of libxml2's `XML_ERR_DOCUMENT_END`, which `XMLParser` passes on as it is (its
    /// own `ErrorCode` enumeration is numbered from 0 on Linux): the input ended inside the
    /// root element, or went on after it.
    private static let documentEndError = 5

    /// The line and column just after the last byte: where a cut file stops. Columns count
    /// bytes, as libxml2's do and compilers' do.
    private static func endPosition(of data: Data) -> (line: Int, column: Int) {
        let lastNewline = data.lastIndex(of: UInt8(ascii: "\n"))
        let line = data.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return (line, data.endIndex - (lastNewline.map { $0 + 1 } ?? data.startIndex) + 1)
    }
}
