import Testing
@testable import Compat

@Suite struct NotAModelTests {
    @Test func capabilitiesAreReadInTheWaysPeopleWriteThem() {
        for (typed, cc) in [("sm_120", "12.0"), ("SM120", "12.0"), ("sm 86", "8.6"), ("compute_90", "9.0"), ("8.9", "8.9"),
                            ("compute capability 7.5", "7.5"), ("cc 10.3", "10.3"), ("计算能力 6.1", "6.1"), (" sm_61 ", "6.1")] {
            #expect(NotAModel.capability(in: typed)?.description == cc, "\(typed)")
        }
    }

    @Test func modelNamesAndVersionsThatAreNotCapabilitiesAreLeftAlone() {
        for typed in ["RTX 4090", "4090", "A100 80GB", "sm_1", "12.8.1", "sm_1200", "8", "RTX 5090 12.0", "T4"] {
            #expect(NotAModel.capability(in: typed) == nil, "\(typed)")
        }
    }
}
