@testable import SitePipeline
import Testing

@Suite struct LinkAndSlugTests {
    @Test func slugsFollowGitHubRulesForChineseAndRepeats() {
        var slugger = Slugger()
        #expect(slugger.slug(for: "禁用 nouveau（开源驱动）") == "禁用-nouveau开源驱动")
        #expect(slugger.slug(for: "Step 1: Install CUDA 12.4") == "step-1-install-cuda-124")
        #expect(slugger.slug(for: "Step 1: Install CUDA 12.4") == "step-1-install-cuda-124-1")
        #expect(slugger.slug(for: "nvidia_smi --query") == "nvidia_smi---query")
    }

    @Test func relativePathsBetweenOutputFiles() {
        #expect(LinkResolver.relativePath(from: "cuda/toolkit/index.html", to: "driver/linux/index.html") == "../../driver/linux/index.html")
        #expect(LinkResolver.relativePath(from: "cuda/toolkit/index.html", to: "cuda/cudnn/index.html") == "../cudnn/index.html")
        #expect(LinkResolver.relativePath(from: "index.html", to: "cuda/index.html") == "cuda/index.html")
        #expect(LinkResolver.relativePath(from: "cuda/index.html", to: "index.html") == "../index.html")
        #expect(LinkResolver.normalize("cuda/../../x.md") == nil)
    }

    @Test func externalLinksAreRecognised() {
        #expect(LinkResolver.isExternal("https://docs.nvidia.com"))
        #expect(LinkResolver.isExternal("mailto:a@b.c"))
        #expect(!LinkResolver.isExternal("../driver/linux.md#a:b"))
    }
}
