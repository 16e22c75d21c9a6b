using DirectoryPortal.Bench;

try
{
    return args.FirstOrDefault() switch
    {
        "--help" or "-h" => Help(),
        "generate" => Modes.Generate(args[1..]),
        "profile" => await Modes.ProfileAsync(args[1..]),
        "search" => await Modes.SearchAsync(args[1..]),
        "languages" => Modes.Languages(args[1..]),
        "search-languages" => await Modes.SearchLanguagesAsync(args[1..]),
        "search-page" => await Modes.SearchPageAsync(args[1..]),
        "search-rounds" => await Modes.SearchRoundsAsync(args[1..]),
        _ => Modes.Bench(BenchOptions.Parse(args)),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

static int Help()
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
