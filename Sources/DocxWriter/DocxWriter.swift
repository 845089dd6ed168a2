import Foundation
import ZIPFoundation

/// Writes a `Document` as a Word .docx (Office Open XML WordprocessingML in a ZIP package), which Word,
/// WPS and LibreOffice open.
public enum DocxWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The .docx file's bytes.
    public static func data(for document: Document) throws -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", PackageParts.contentTypes),
            ("_rels/.rels", PackageParts.packageRelationships),
            ("docProps/core.xml", PackageParts.coreProperties(title: document.title)),
            ("docProps/app.xml", PackageParts.appProperties),
            ("word/_rels/document.xml.rels", PackageParts.documentRelationships),
            ("word/document.xml", BodyXML(document: document).xml),
            ("word/styles.xml", Styles.xml),
            ("word/settings.xml", PackageParts.settings),
            ("word/fontTable.xml", PackageParts.fontTable),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            // A fixed date keeps the same document byte-for-byte the same.
            let date = Date(timeIntervalSince1970: 1_577_836_800)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WriteError(description: "the document could not be packed") }
            return data
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(description: "the document could not be packed: \(error)")
        }
    }
}
