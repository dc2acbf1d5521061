import Foundation
import Diagnostics
import Testing
@testable import SitePipeline

/// A site with a translation (`translations:` in site.yaml): the second edition in its own folder, translated guides
/// in place of their originals, untranslated ones shown in the original language and saying so, a language switch
/// and alternate links on every page.
@Suite struct EditionTests {
    static let siteYAML = SiteFixture.siteYAML + """
    translations:
      - language: en
        title: Test site
        description: A test
        sections:
          s: One section

    """

    static let files = [
        "content/site.yaml": siteYAML,
        "content/s/a.md": "---\ntitle: 甲\nweight: 2\n---\n\n## 安装驱动\n\n正文。\n",
        "content/s/a.en.md": "---\ntitle: Alpha\nweight: 2\n---\n\n## Install the driver {#安装驱动}\n\nBody.\n\n## Checking\n\nSee [beta](b.md).\n",
        "content/s/b.md": "---\ntitle: 乙\nweight: 1\n---\n\n见[甲](a.md#安装驱动)。\n",
    ]

    @Test func aTranslatedGuideIsBuiltInTheEditionsFolderWithItsOriginalsHeadingIDs() throws {
        let site = try SiteFixture.build(Self.files)
        #expect(site.errors.isEmpty, "\(site.errors)")
        let page = try #require(site.pages["en/s/a/index.html"])
        #expect(page.contains("<html lang=\"en\""))
        #expect(page.contains("<title>Alpha · Test site</title>"))
        #expect(page.contains("<h2 id=\"安装驱动\">Install the driver<a class=\"heading-anchor\" href=\"#安装驱动\""), "the explicit id replaces the slug")
        #expect(page.contains("<h2 id=\"checking\">"), "a heading without one gets its slug")
        #expect(page.contains("<a href=\"../b/index.html\">beta</a>"), "links stay inside the edition")
        #expect(page.contains("<a href=\"../../s/index.html\">One section</a>"), "the section title comes from the translation")
        #expect(!page.contains("untranslated-notice"))
        #expect(site.pages["en/s/a.en/index.html"] == nil, "a translation is not a guide of its own")
        #expect(site.pages["s/a.en/index.html"] == nil)
    }

    @Test func anUntranslatedGuideIsShownInItsLanguageAndSaysSoWithALinkToTheOriginal() throws {
        let site = try SiteFixture.build(Self.files)
        let page = try #require(site.pages["en/s/b/index.html"])
        #expect(page.contains("<p class=\"untranslated-notice\" role=\"note\">This page has not been translated into English yet; below is the original, in 中文. <a href=\"../../../s/b/index.html\">Open the original page</a>.</p>"))
        #expect(page.contains("<h1 lang=\"zh-CN\">乙</h1>"))
        #expect(page.contains("<div lang=\"zh-CN\">\n<p>见<a href=\"../a/index.html#安装驱动\">甲</a>。</p>"), "its links go to the edition's pages")
        #expect(!page.contains("rel=\"alternate\""), "an untranslated copy names no alternates")
        #expect(site.pages["en/s/a/index.html"]?.contains("<a href=\"../../s/b/index.html\" lang=\"zh-CN\">乙</a>") == true,
                "navigation marks the untranslated page's title as Chinese")
        #expect(site.pages["en/s/a/index.html"]?.contains("<span>Previous</span><span lang=\"zh-CN\">乙</span></a>") == true, "and so does the pager")
    }

    @Test func everyPageHasALanguageSwitchToTheSamePageAndAlternateLinks() throws {
        let site = try SiteFixture.build(Self.files)
        let chinese = try #require(site.pages["s/a/index.html"])
        #expect(chinese.contains("<nav class=\"lang-switch\" aria-label=\"语言\"><span lang=\"zh-CN\" aria-current=\"true\">中文</span><a href=\"../../en/s/a/index.html\" hreflang=\"en\" lang=\"en\">English</a></nav>"))
        #expect(chinese.contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/kb/s/a/\">"))
        #expect(chinese.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/kb/en/s/a/\">"))
        #expect(chinese.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/kb/s/a/\">"))
        let english = try #require(site.pages["en/index.html"])
        #expect(english.contains("<a href=\"../index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a><span lang=\"en\" aria-current=\"true\">English</span>"))
        let untranslated = try #require(site.pages["s/b/index.html"])
        #expect(untranslated.contains("href=\"../../en/s/b/index.html\" hreflang=\"en\""), "the switch goes to the copy, which says it is not translated")
        #expect(!untranslated.contains("hreflang=\"en\" href="), "but no alternate names it")
        #expect(site.pages["en/404.html"]?.contains("<base href=\"https://example.org/kb/en/\">") == true)
    }

    @Test func theSitemapListsTranslatedPagesWithTheirAlternatesAndLeavesOutUntranslatedCopies() throws {
        let site = try SiteFixture.build(Self.files)
        let sitemap = try #require(site.pages["sitemap.xml"])
        #expect(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""))
        #expect(sitemap.contains("<url><loc>https://example.org/kb/en/s/a/</loc><xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://example.org/kb/s/a/\"/><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/kb/en/s/a/\"/><xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/kb/s/a/\"/></url>"))
        #expect(sitemap.contains("<loc>https://example.org/kb/s/b/</loc>"))
        #expect(!sitemap.contains("<loc>https://example.org/kb/en/s/b/</loc>"))
        #expect(site.pages["en/sitemap.xml"] == nil, "one sitemap for the site")
    }

    @Test func eachEditionHasItsOwnSearchIndex() throws {
        let site = try SiteFixture.build(Self.files)
        #expect(site.pages["search/index.js"] != nil)
        let english = try #require(site.pages["en/search/index.js"])
        #expect(english.contains("en/") == false, "its URLs are relative to the edition")
        #expect(site.pages["en/assets/text.en.js"] != nil)
    }

    @Test func aSiteInOneLanguageHasNoSwitchAndNoAlternates() throws {
        let site = try SiteFixture.build(["content/s/a.md": "---\ntitle: 甲\n---\n\n正文。\n", "content/s/a.en.md": "---\ntitle: x\n---\n"])
        #expect(site.errors.isEmpty)
        let page = try #require(site.pages["s/a/index.html"])
        #expect(!page.contains("lang-switch"))
        #expect(!page.contains("rel=\"alternate\""))
        #expect(site.pages["s/a.en/index.html"] != nil, "without translations, a.en.md is a guide like any other")
    }

    @Test func translationMistakesAreReportedAtTheirLines() throws {
        var files = Self.files
        files["content/s/c.en.md"] = "---\ntitle: Orphan\n---\n"
        files["content/s/b.en.md"] = "---\ntitle: Beta\nslug: beta\nweight: 5\n---\n\n## A {#x}\n\n## B {#x}\n"
        let site = try SiteFixture.build(files)
        let messages = site.errors.map { "\($0.location.description): \($0.message)" }
        #expect(messages.contains("content/s/c.en.md:1:1: 's/c.en.md' translates content/s/c.md, which does not exist; expected a translation beside its original"), "\(messages)")
        #expect(messages.contains("content/s/b.en.md:3:1: a translation takes 'slug' from its original; remove it here"))
        #expect(messages.contains("content/s/b.en.md:4:1: a translation takes 'weight' from its original (1); remove it here or make them equal"))
        #expect(messages.contains("content/s/b.en.md:9:1: heading id 'x' is used twice on this page; expected each '{#id}' to be unique"))
        #expect(site.pages.isEmpty)
    }

    @Test func aTranslationsFolderMayNotBeOneTheMainEditionWritesInto() throws {
        for folder in ["search", "assets", "img"] {
            var files = Self.files
            files["content/site.yaml"] = Self.siteYAML.replacingOccurrences(of: "  - language: en\n", with: "  - language: en\n    folder: \(folder)\n")
            files["content/img/a.txt"] = "static"
            let site = try SiteFixture.build(files)
            #expect(site.errors.map { "\($0.location.description): \($0.message)" }
                    == ["content/site.yaml:9:15: translation folder '\(folder)' is also a folder of the main edition's site; expected another 'folder'"],
                    "\(site.errors)")
        }
    }

    @Test func aTranslationNeedsTheThemesTextsForItsLanguageAndAPlainTag() throws {
        var files = Self.files
        files["content/site.yaml"] = Self.siteYAML.replacingOccurrences(of: "language: en", with: "language: fr")
            + "  - language: ../etc\n    title: x\n  - language: zh-CN\n    title: y\n"
        let site = try SiteFixture.build(files)
        let messages = site.errors.map { "\($0.location.description): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("content/site.yaml:9:15: the theme has no string table for language 'fr'") }, "\(messages)")
        #expect(messages.contains("content/site.yaml:14:15: expected 'language' to be a language tag such as en or pt-BR, found '../etc'"))
        #expect(messages.contains("content/site.yaml:16:15: translation language 'zh-CN' is the site's own language"))
        #expect(site.pages.isEmpty)
    }
}
