import GPUKBCommands

GPUKBCommand.main()
