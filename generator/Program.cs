using DirectoryPortal.Cli;

return CommandLine.Run(args);
