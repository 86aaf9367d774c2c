import XCTest
@testable import WartaClean
@testable import WartaPage

/// A small outlet-like page: every furniture kind the cleaner must drop sits
/// next to article text it must keep.
final class CleanerTests: XCTestCase {
    static let page = """
    <!DOCTYPE html><html><head><meta charset="utf-8">
    <title>Pemkab Sigi salurkan bantuan untuk 1.250 warga - Contoh News</title>
    <meta property="og:site_name" content="Contoh News">
    <meta property="og:title" content="Pemkab Sigi salurkan bantuan untuk 1.250 warga">
    <link rel="canonical" href="https://contoh.example/berita/2024/03/14/pemkab-sigi-salurkan-bantuan">
    </head><body>
    <header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/daerah">Daerah</a></li><li><a href="/politik">Politik</a></li></ul></nav></header>
    <div class="breadcrumb"><a href="/">Home</a> › <a href="/daerah">Daerah</a></div>
    <main><article>
    <h1>Pemkab Sigi salurkan bantuan untuk 1.250 warga</h1>
    <div class="date">Kamis, 14 Maret 2024 10:15 WIB</div>
    <figure><img src="a.jpg"><figcaption>Warga menerima bantuan di Kecamatan Dolo. (ANTARA/Nama Fotografer)</figcaption></figure>
    <div class="share-bar"><a href="#">Bagikan</a> <a href="#">WhatsApp</a></div>
    <p>Sigi (ANTARA) - Pemerintah Kabupaten Sigi menyalurkan bantuan pangan kepada 1.250 warga terdampak banjir di Kecamatan Dolo, Kamis.</p>
    <p><strong>Baca juga: <a href="/x">Banjir rendam ratusan rumah di Sigi</a></strong></p>
    <p>Kepala Dinas Sosial Sigi Rina Marlina mengatakan bantuan berupa beras, minyak goreng dan air bersih senilai Rp2,8 miliar.</p>
    <div class="ads"><div id="div-gpt-ad-123">ADVERTISEMENT</div></div>
    <p>ADVERTISEMENT</p>
    <p style="display:none">Teks tersembunyi yang tidak boleh masuk ke badan berita sama sekali.</p>
    <h2>Pendataan berlanjut</h2>
    <p>“Kami masih mendata warga yang belum menerima bantuan,” ujar Rina di Sigi.</p>
    <blockquote class="twitter-tweet"><p>Cuitan tentang banjir Sigi yang disematkan di halaman ini.</p>— Akun (@akun) March 14, 2024</blockquote>
    <p>Video: Banjir bandang di Sigi</p>
    <div class="pagination">Halaman 1 2 3 Selanjutnya</div>
    <p>Pewarta: Andi Saputra<br>Editor: Budi Santoso</p>
    <p>Copyright © ANTARA 2024</p>
    <div class="tags">Tag: <a href="/t/sigi">Sigi</a> <a href="/t/banjir">banjir</a></div>
    </article>
    <aside><h3>Terpopuler</h3><ul><li><a href="/1">Berita lain yang sangat populer hari ini di Palu</a></li></ul></aside>
    <section class="berita-terkait"><h3>Berita Terkait</h3><ul><li><a href="/2">Banjir juga melanda Donggala dan Parigi Moutong</a></li></ul></section>
    </main><footer>© 2024 Contoh News. All rights reserved.</footer></body></html>
    """

    func cleaned(_ html: String = CleanerTests.page) throws -> Article {
        try Cleaner().clean(Page(source: "t", content: .html(bytes: Array(html.utf8), charset: "UTF-8")))
    }

    func testKeepsExactlyTheArticleParagraphs() throws {
        XCTAssertEqual(try cleaned().paragraphs, [
            "Sigi (ANTARA) - Pemerintah Kabupaten Sigi menyalurkan bantuan pangan kepada 1.250 warga terdampak banjir di Kecamatan Dolo, Kamis.",
            "Kepala Dinas Sosial Sigi Rina Marlina mengatakan bantuan berupa beras, minyak goreng dan air bersih senilai Rp2,8 miliar.",
            "Pendataan berlanjut",
            "“Kami masih mendata warga yang belum menerima bantuan,” ujar Rina di Sigi.",
        ])
    }

    func testReadsMetadata() throws {
        let a = try cleaned()
        XCTAssertEqual(a.title, "Pemkab Sigi salurkan bantuan untuk 1.250 warga")
        XCTAssertEqual(a.published, "2024-03-14")
        XCTAssertEqual(a.publisher, "Contoh News")
        XCTAssertEqual(a.authors, ["Andi Saputra"], "editors are not authors")
        XCTAssertEqual(a.dateline, "Sigi")
    }

    func testTitleSuffixIsStrippedWithoutH1() throws {
        let html = "<html><head><title>Harga beras naik di Palu - Contoh News</title><meta property=\"og:site_name\" content=\"Contoh News\"></head><body><p>Harga beras di pasar tradisional Kota Palu naik menjadi Rp14.000 per kilogram sejak pekan lalu.</p></body></html>"
        XCTAssertEqual(try cleaned(html).title, "Harga beras naik di Palu")
    }

    func testJSONLDGivesDateAuthorAndPublisher() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Judul","datePublished":"2023-03-14T08:00:00+08:00","author":[{"@type":"Person","name":"Siti Aminah"},{"@type":"Person","name":"Yusuf Lubis"}],"publisher":{"@type":"Organization","name":"Kabar Contoh"}}</script></head>
        <body><article><p>Pemerintah Provinsi Sulawesi Tengah menetapkan status tanggap darurat banjir selama 14 hari.</p></article></body></html>
        """
        let a = try cleaned(html)
        XCTAssertEqual(a.published, "2023-03-14")
        XCTAssertEqual(a.authors, ["Siti Aminah", "Yusuf Lubis"])
        XCTAssertEqual(a.publisher, "Kabar Contoh")
    }

    func testPageWithoutTextFails() {
        XCTAssertThrowsError(try cleaned("<html><body><nav><a href='/'>Beranda</a></nav></body></html>")) {
            XCTAssertEqual($0 as? InputError, .noArticleText)
        }
    }

    func testTextDumpDropsFurnitureLines() throws {
        let dump = """
        Pemkab Sigi salurkan bantuan untuk warga

        Tag: Sigi, banjir, bansos
        Warga menerima bantuan di Dolo, Kamis (14/3/2024). ANTARA/HO-Humas Pemkab Sigi
        Sigi (ANTARA) - Pemerintah Kabupaten Sigi menyalurkan bantuan kepada 1.250 warga terdampak banjir, Kamis.
        ADVERTISEMENT
        Baca juga: Banjir rendam rumah di Sigi
        Kepala Dinas Sosial Sigi Rina Marlina mengatakan pendataan masih berlangsung hingga pekan depan.
        Pewarta: Andi Saputra
        Editor: Budi Santoso
        Copyright © ANTARA 2024
        Berita Terkait
        Banjir juga melanda Donggala
        Harga beras naik di Palu
        """
        let a = TextDumpCleaner().clean(text: dump)
        XCTAssertEqual(a.paragraphs, [
            "Sigi (ANTARA) - Pemerintah Kabupaten Sigi menyalurkan bantuan kepada 1.250 warga terdampak banjir, Kamis.",
            "Kepala Dinas Sosial Sigi Rina Marlina mengatakan pendataan masih berlangsung hingga pekan depan.",
        ])
        XCTAssertEqual(a.title, "Pemkab Sigi salurkan bantuan untuk warga")
        XCTAssertEqual(a.publisher, "ANTARA")
        XCTAssertEqual(a.authors, ["Andi Saputra"])
        XCTAssertNil(a.published, "a caption's date is not the publication date")
    }

    func testBoilerplateLines() {
        for line in ["Baca juga: Banjir di Sigi", "Baca Juga : Harga beras", "ADVERTISEMENT", "Scroll to continue with content",
                     "Pewarta: Andi", "Editor : Budi", "(mdk/yan)", "(kid/fik)", "Copyright © ANTARA 2024",
                     "Halaman 1 2 3 Selanjutnya", "1 2 3 Next", "Simak juga Video: Banjir", "[Gambas:Video 20detik]",
                     "Artikel ini telah tayang di Tribunnews.com dengan judul Banjir", "Saksikan Video Pilihan Berikut Ini:"] {
            XCTAssertNotNil(BoilerplateLines.reason(line), line)
        }
        for line in ["Pemerintah Kabupaten Sigi menyalurkan bantuan.", "(*)", "Editor buku itu mengatakan penerbitan ditunda.",
                     "Halaman sekolah terendam banjir setinggi satu meter sejak pagi tadi, kata kepala sekolah."] {
            XCTAssertNil(BoilerplateLines.reason(line), line)
        }
    }

    func testDatelines() {
        XCTAssertEqual(Dateline.parse("Palu (ANTARA) - Pemerintah"), Dateline(place: "Palu", outlet: "ANTARA"))
        XCTAssertEqual(Dateline.parse("MAKASSAR, RAKYATSULBAR.COM – Penjabat"), Dateline(place: "Makassar", outlet: "RAKYATSULBAR.COM"))
        XCTAssertEqual(Dateline.parse("Liputan6.com, Jakarta - Warganet"), Dateline(place: "Jakarta", outlet: "Liputan6.com"))
        XCTAssertEqual(Dateline.parse("Jakarta, CNN Indonesia -- Menteri"), Dateline(place: "Jakarta", outlet: "CNN Indonesia"))
        XCTAssertNil(Dateline.parse("Pemerintah daerah diminta mendaftarkan pekerja - kata dia."))
    }
}
