import Testing
@testable import Compat

@Suite struct VersionTests {
    @Test func updateNamesAndDottedVersionsAreTheSameRelease() throws {
        #expect(Version("12.2 Update 1") == Version("12.2.1"))
        #expect(Version("12.8 GA") == Version("12.8.0"))
        #expect(Version("CUDA 12.4") == Version("12.4"))
        #expect(try #require(Version("12.2 Update 1")).text == "12.2.1")
    }

    @Test func driverVersionsCompareNumericallyPartByPart() throws {
        let newer = try #require(Version("535.86.10"))
        let older = try #require(Version("535.86.09"))
        #expect(older < newer)
        #expect(try #require(Version("535.104.05")) > newer)
        #expect(try #require(Version("572.61")) > #require(Version("572.16")))
        #expect(try #require(Version("12.10")) > #require(Version("12.9")))
    }

    @Test func localLabelIsKeptButIgnoredByOrdering() throws {
        let version = try #require(Version("2.1.2+cu121"))
        #expect(version.local == "cu121")
        #expect(version == Version("2.1.2"))
        #expect(version.description == "2.1.2+cu121")
    }

    @Test func missingTrailingPartsCountAsZero() throws {
        #expect(Version("12.2") == Version("12.2.0"))
        #expect(Set([Version("12.2"), Version("12.2.0")].compactMap { $0 }).count == 1)
        #expect(try #require(Version("12.2")) < #require(Version("12.2.1")))
    }

    @Test func rejectsTextThatIsNotAVersion() {
        for text in ["", "abc", "12..1", "12.x", "1.2.3.4.5", "12.2 Update", "12.2.1 Update 1", "-1.0", "2.1+"] {
            #expect(Version(text) == nil, "\(text)")
        }
    }
}
