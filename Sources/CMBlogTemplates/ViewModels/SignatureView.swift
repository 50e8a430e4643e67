import CMBlogContent
import CMBlogCore
import Foundation

/// The signature of an entry as its page shows it (`post.signature`), when it is verified:
/// who signed, the files to download and the command that checks them.
struct SignatureView: TemplateParent {
    let signedBy: String
    let text: String
    let name: String
    let authorURL: String
    let sourceURL: String
    let signatureURL: String
    let keyURL: String
    let command: String

    init?(_ resolved: ResolvedEntry, context: ViewContext) {
        guard let signerID = resolved.signerID, let signer = context.sources.author(signerID), let key = signer.key else { return nil }
        let strings = context.localization, source = resolved.signedSourcePath
        signedBy = strings.text("signed_by", ["name": signer.name])
        text = strings.text("signature_text", ["name": signer.name])
        name = signer.name
        authorURL = context.authorLink(signerID)
        sourceURL = context.link(source)
        signatureURL = context.link(resolved.publishedSignaturePath)
        keyURL = context.link(context.sources.authorKeyPath(signerID))
        command = ViewContext.verifyCommand(file: (source.value as NSString).lastPathComponent, key: key)
    }

    func child(named field: String) -> Any? {
        switch field {
        case "signedBy": signedBy
        case "text": text
        case "name": name
        case "authorURL": authorURL
        case "sourceURL": sourceURL
        case "signatureURL": signatureURL
        case "keyURL": keyURL
        case "command": command
        default: nil
        }
    }
}
