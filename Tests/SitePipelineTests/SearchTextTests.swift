@testable import SitePipeline
import Testing

@Suite struct SearchTextTests {
    @Test func snippetsKeepTheCommandButNotTheCodeLabelCopyButtonOrCheckFurniture() {
        let html = """
        <h2 id="a">安装</h2><p>先运行：</p>
        <div class="check" id="check-x"><div class="check-head"><span class="check-label">实测检查</span> <span class="check-needs">需要：pip</span></div>\
        <div class="code-block"><div class="code-header"><span class="code-lang">sh</span><button class="copy-button" type="button">复制</button></div>\
        <pre><code><span class="tok-prompt">$</span> python3 -m pip --version</code></pre></div>
        <p class="check-explain">输出 pip 的版本。</p><p class="check-runs-title">在这些机器上运行过：</p>\
        <ul class="check-runs"><li class="check-run"><details><summary>✓ NVIDIA H200</summary><p>退出码 0</p></details></li></ul>\
        <details class="check-how"><summary>自动判定规则</summary><p class="check-expect">输出匹配 /pip/</p></details></div>
        <p>之后继续。</p>
        """
        let sections = SearchText.sections(html: html, title: "页")
        let text = sections.map(\.text).joined(separator: " ")
        #expect(text.contains("python3 -m pip --version"))
        #expect(text.contains("输出 pip 的版本。"))
        #expect(text.contains("之后继续。"))
        for furniture in ["实测检查", "复制", "在这些机器上运行过", "NVIDIA H200", "退出码", "自动判定规则", "输出匹配", "$ python3"] {
            #expect(!text.contains(furniture), "\(furniture) is in the indexed text")
        }
    }
}
