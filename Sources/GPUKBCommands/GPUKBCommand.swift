import ArgumentParser

/// The `gpukb` command line.
public struct GPUKBCommand: AsyncParsableCommand {
    /// Command configuration.
    public static let configuration = CommandConfiguration(
        commandName: "gpukb",
        abstract: "Builds the GPU deep-learning knowledge base: Markdown guides in, an offline static site out.",
        subcommands: [BuildCommand.self, DataCommand.self, QueryCommand.self, ResolveCommand.self, BenchCommand.self, CheckCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Creates the command.
    public init() {}
}
