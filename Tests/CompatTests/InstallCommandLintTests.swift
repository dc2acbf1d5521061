import Testing
@testable import Compat

@Suite struct InstallCommandLintTests {
    let data = Fixture.dataset

    @Test func aVariantThatNeverShippedIsReported() {
        let findings = InstallCommandLint.check("pip install torch==2.1.2 --index-url https://download.pytorch.org/whl/cu117", data: data)
        #expect(findings.count == 1)
        #expect(findings.first?.message == "PyTorch 2.1.2 never shipped a 'cu117' build; it shipped cu118, cu121")
        #expect(findings.first?.column == 37)
    }

    @Test func localVersionLabelsAreCheckedToo() {
        #expect(InstallCommandLint.check("pip3 install \"torch==2.1.2+cu117\"", data: data).count == 1)
        #expect(InstallCommandLint.check("pip3 install torch==2.1.2+cu121", data: data).isEmpty)
    }

    @Test func unknownVersionsAndMismatchedCompanionsAreReported() {
        let text = """
        pip install torch==2.1.5
        pip install torch==2.1.2 torchvision==0.16.1 --index-url https://download.pytorch.org/whl/cu121
        conda install pytorch==2.1.2 pytorch-cuda=12.1 -c pytorch -c nvidia
        """
        let findings = InstallCommandLint.check(text, data: data)
        #expect(findings.map(\.line) == [0, 1, 2])
        #expect(findings[0].message.contains("PyTorch 2.1.5 does not exist"))
        #expect(findings[1].message.contains("torchvision 0.16.1 does not pair with PyTorch 2.1.2; it pairs with torchvision 0.16.2"))
        #expect(findings[2].message.contains("no conda build for CUDA 12.1"))
    }

    @Test func commandsThatShippedAndUnpinnedCommandsPass() {
        for command in data.pytorch.flatMap(\.variants).flatMap({ [$0.pip] + ($0.conda.map { [$0] } ?? []) }) {
            #expect(InstallCommandLint.check(command, data: data).isEmpty, "\(command)")
        }
        #expect(InstallCommandLint.check("pip install torch --index-url https://download.pytorch.org/whl/cu121", data: data).isEmpty)
        #expect(InstallCommandLint.check("echo torch==9.9.9", data: data).isEmpty, "only pip and conda lines")
    }
}

@Suite struct InstallCommandContinuationTests {
    @Test func continuationLinesAreReadAsOneCommand() {
        let text = "pip download torch==2.1.2 \\\n    --index-url https://download.pytorch.org/whl/cu117 \\\n    -d wheels\necho done"
        let findings = InstallCommandLint.check(text, data: Fixture.dataset)
        #expect(findings.count == 1)
        #expect(findings.first?.line == 1)
        #expect(findings.first?.column == 16)
    }

    @Test func rangesSkipVersionsThatDoNotExist() {
        let known = ["12.0", "12.1", "12.2", "12.8", "12.9"].compactMap { Version($0) }
        let listed = ["12.0", "12.1", "12.2", "12.8", "12.9"].compactMap { Version($0) }
        #expect(Matrices.versionRange(listed, known: known) == "12.0–12.9")
        #expect(Matrices.versionRange(Array(listed.dropFirst(2)), known: known) == "12.2–12.9")
        #expect(Matrices.versionRange([listed[0], listed[4]], known: known) == "12.0, 12.9")
    }
}
