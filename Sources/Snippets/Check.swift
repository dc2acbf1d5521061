import Diagnostics

/// A live check: a fenced code block a runner executes, compares with what it should print, and records together
/// with the machine it ran on. Written as ```` ```sh check id=… requires=… expect="…" explain="…" ````.
public struct Check: Sendable, Hashable {
    /// How the runner executes the code.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        case sh, python, powershell, cmd

        /// The language of an info string's first word, if a check may use it.
        init?(infoWord: String) {
            switch infoWord.lowercased() {
            case "sh", "bash", "shell": self = .sh
            case "python", "py", "python3": self = .python
            case "powershell", "ps1", "pwsh": self = .powershell
            case "cmd", "bat", "batch": self = .cmd
            default: return nil
            }
        }
    }

    /// What a machine must have for the check to run; otherwise it is skipped and the record says which.
    public enum Requirement: String, Sendable, Hashable, CaseIterable {
        case gpu, nvcc, torch, torchCUDA = "torch-cuda", docker, nvidiaDocker = "nvidia-docker", conda, pip, linux, windows, wsl
    }

    /// Stable id, the key of recorded results.
    public var id: String
    public var language: Language
    /// The script, as written in the guide.
    public var code: String
    public var requires: [Requirement]
    /// Seconds before the runner kills it.
    public var timeout: Int
    /// Regular expressions that must each match standard output.
    public var expectations: [String]
    /// The expected exit code.
    public var exitCode: Int
    /// What the output means, for the reader.
    public var explanation: String
    /// The `output` block after the check: what it printed on one real machine.
    public var sampleOutput: String?
    /// Where the block starts.
    public var location: SourceLocation

    /// Creates a check.
    public init(id: String, language: Language, code: String, requires: [Requirement] = [], timeout: Int = Check.defaultTimeout,
                expectations: [String] = [], exitCode: Int = 0, explanation: String, sampleOutput: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.language = language
        self.code = code
        self.requires = requires
        self.timeout = timeout
        self.expectations = expectations
        self.exitCode = exitCode
        self.explanation = explanation
        self.sampleOutput = sampleOutput
        self.location = location
    }

    /// Seconds a check may run when it names no `timeout`.
    public static let defaultTimeout = 30
    /// The longest `timeout` allowed.
    public static let maximumTimeout = 600

    /// Identifies what the check runs and accepts: language, code, expectations and exit code. A record made with
    /// another hash is stale. FNV-1a (64 bit) over the fields joined by NUL; stable across runs and platforms.
    public var hash: String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        let fields = [language.rawValue, code] + expectations + [String(exitCode)]
        for (index, field) in fields.enumerated() {
            if index > 0 { value = (value ^ 0) &* 0x0000_0100_0000_01b3 }
            for byte in field.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        let hex = String(value, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
