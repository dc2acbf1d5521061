@testable import GPUKBCommands
import Testing

@Suite struct CommandParsingTests {
    @Test func buildIsTheDefaultSubcommandWithContentAndSiteDefaults() throws {
        let command = try #require(try GPUKBCommand.parseAsRoot([]) as? BuildCommand)
        #expect(command.root == ".")
        #expect(command.out == nil)
        #expect(!command.timings)
    }

    @Test func buildAcceptsRootOutTimingsAndThemes() throws {
        let command = try #require(try GPUKBCommand.parseAsRoot(["build", "--root", "kb", "--out", "public", "--timings", "--themes", "t"]) as? BuildCommand)
        #expect(command.root == "kb")
        #expect(command.out == "public")
        #expect(command.themes == "t")
        #expect(command.timings)
    }

    @Test func unknownOptionsAreRejected() {
        #expect(throws: (any Error).self) { try GPUKBCommand.parseAsRoot(["build", "--fast"]) }
    }

    @Test func millisecondsAreRoundedAndLongTimesShownInSeconds() {
        #expect(Console.milliseconds(0.0126) == "13 ms")
        #expect(Console.milliseconds(12.34) == "12.3 s")
    }
}
