import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects the elements an `XMLParser` reports into the flat list behind `XMLNode`, with a
/// stack of open elements instead of recursion, and stops the parse at the first element
/// nested deeper than `maximumDepth` or at any declaration of an entity.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    /// Deeper than any export nests (a WordPress comment's meta value is 6 levels down), and
    /// low enough that a file nesting thousands of elements is refused at once.
    static let maximumDepth = 256

    /// A reason to stop that the parser itself would not give, with where it was found.
    struct Refusal {
        let message: String
        let line: Int
        let column: Int
    }

    private(set) var records: [XMLNode.Record] = []
    /// The positions of the elements started and not yet ended, outermost first.
    private var open: [Int] = []
    /// The root element's name as written (`wp:rss` keeps its prefix), once it started.
    private(set) var rootName: String?
    /// Whether the root element started and ended.
    var rootClosed: Bool { !records.isEmpty && open.isEmpty }
    /// An error the parser reported (its code is libxml2's), and where.
    struct ParseError {
        let error: NSError
        let line: Int
        let column: Int
    }

    /// The first error the parser reported.
    private(set) var firstError: ParseError?
    private(set) var refusal: Refusal?

    /// The root element, once it started.
    var root: XMLNode? { records.isEmpty ? nil : XMLNode(records: records, index: 0) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard refusal == nil else { return }
        guard open.count < Self.maximumDepth else {
            refuse(parser, "elements are nested more than \(Self.maximumDepth) levels deep here; WordPress and Disqus exports nest a few levels, so this file is damaged or not an export")
            return
        }
        if records.isEmpty { rootName = qualifiedName ?? elementName }
        let position = records.count
        records.append(XMLNode.Record(name: elementName, namespace: namespaceURI ?? "", attributes: attributes, line: parser.lineNumber))
        if let parent = open.last { records[parent].children.append(position) }
        open.append(position)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        _ = open.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { records[current].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if let current = open.last { records[current].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if firstError == nil { firstError = ParseError(error: parseError as NSError, line: parser.lineNumber, column: parser.columnNumber) }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        parser.abortParsing()
    }

    private func refuse(_ parser: XMLParser, _ message: String) {
        refusal = Refusal(message: message, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
        parser.abortParsing()
    }
}
