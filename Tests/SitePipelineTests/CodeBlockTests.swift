@testable import SitePipeline
import Testing

@Suite struct CodeBlockTests {
    @Test func consoleCopyTextDropsPromptsAndOutputButKeepsContinuations() throws {
        let lines = ["$ sudo apt install nvidia-driver-580 \\", "    nvidia-utils-580", "Reading package lists... Done", "# reboot", "$ nvidia-smi"]
        let session = try #require(SessionParser.parse(lines, language: "console"))
        #expect(session.copyText == "sudo apt install nvidia-driver-580 \\\n    nvidia-utils-580\nreboot\nnvidia-smi")
        #expect(session.roles[2] == .output)
    }

    @Test func powershellAndPythonPromptsAreStripped() throws {
        #expect(SessionParser.parse(["PS C:\\Users\\me> nvidia-smi -L", "GPU 0: NVIDIA"], language: "powershell")?.copyText == "nvidia-smi -L")
        #expect(SessionParser.parse([">>> import torch", ">>> for i in range(2):", "...     print(i)", "0"], language: "pycon")?.copyText
                == "import torch\nfor i in range(2):\n    print(i)")
    }

    @Test func plainScriptsAreNotSessions() {
        #expect(SessionParser.parse(["# comment", "export PATH=/usr/local/cuda/bin:$PATH"], language: "bash") == nil)
    }

    @Test func codeBlockCarriesCopyTextOnlyWhenItDiffers() {
        let session = CodeBlockRenderer.render(info: "console", code: "$ nvcc -V\nnvcc: NVIDIA (R) Cuda compiler driver\n", ui: SiteFixture.text)
        #expect(session.contains("data-copy=\"nvcc -V\""))
        #expect(session.contains("<span class=\"gp\">$ </span>"))
        #expect(session.contains("<span class=\"go\">nvcc: NVIDIA (R) Cuda compiler driver</span>"))
        let plain = CodeBlockRenderer.render(info: "sh", code: "nvidia-smi\n", ui: SiteFixture.text)
        #expect(!plain.contains("data-copy"))
    }

    @Test func highlightsEachSupportedLanguageAndLeavesUnknownPlain() {
        #expect(CodeBlockRenderer.render(info: "python", code: "import torch  # 注释\n", ui: SiteFixture.text).contains("<span class=\"tok-kw\">import</span>"))
        #expect(CodeBlockRenderer.render(info: "yaml", code: "channels:\n  - defaults\n", ui: SiteFixture.text).contains("<span class=\"tok-key\">channels</span>"))
        #expect(CodeBlockRenderer.render(info: "json", code: "{\"a\": 1}\n", ui: SiteFixture.text).contains("<span class=\"tok-key\">&quot;a&quot;</span>"))
        #expect(CodeBlockRenderer.render(info: "ini", code: "[global]\nindex-url = x\n", ui: SiteFixture.text).contains("<span class=\"tok-kw\">[global]</span>"))
        #expect(CodeBlockRenderer.render(info: "powershell", code: "Get-Service sshd # x\n", ui: SiteFixture.text).contains("<span class=\"tok-com\"># x</span>"))
        #expect(CodeBlockRenderer.render(info: "bat", code: "set PATH=%CUDA_PATH%\\bin\n", ui: SiteFixture.text).contains("<span class=\"tok-var\">%CUDA_PATH%</span>"))
        #expect(CodeBlockRenderer.render(info: "sh", code: "export A=\"$HOME\"\n", ui: SiteFixture.text).contains("<span class=\"tok-kw\">export</span>"))
        let unknown = CodeBlockRenderer.render(info: "brainfuck", code: "<+>\n", ui: SiteFixture.text)
        #expect(unknown.contains("<code class=\"language-brainfuck\">&lt;+&gt;</code>"))
        #expect(!unknown.contains("tok-"))
    }
}
