using Parley.Fuzz;
using SharpFuzz;

// parley-fuzz TARGET            — run under afl-fuzz (input on stdin, SharpFuzz out-of-process mode)
// parley-fuzz TARGET FILE|DIR…  — replay inputs in-process (corpus check, reproducing a crash)
// parley-fuzz --list            — the target names
if (args.Length == 0 || args[0] == "--list")
{
    foreach (var name in FuzzTargets.All.Keys) Console.WriteLine(name);
    return args.Length == 0 ? 2 : 0;
}
if (!FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"error: unknown fuzz target '{args[0]}'; --list shows them");
    return 2;
}
if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        target(buffer.ToArray());
    });
    return 0;
}
int replayed = 0;
foreach (var path in args.Skip(1).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal))
{
    target(File.ReadAllBytes(path));
    replayed++;
}
Console.WriteLine($"{args[0]}: {replayed} input(s) replayed without an unhandled exception");
return 0;
