import GPUKBCommands

/// The executable: everything lives in GPUKBCommands.
@main enum GPUKB { static func main() async { await GPUKBCommand.main() } }
