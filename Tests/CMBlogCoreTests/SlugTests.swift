import CMBlogCore
import Testing

@Suite("Slugs")
struct SlugTests {
    @Test("folds accents and ligatures", arguments: [
        ("Réseaux sociaux", "reseaux-sociaux"),
        ("Œuvre d’art & cœur", "oeuvre-d-art-coeur"),
        ("  L'été 2012 !  ", "l-ete-2012"),
        ("Straße", "strasse"),
        ("???", ""),
    ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(from: text) == slug)
    }
}
