using System.Text;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// The one entry point for reading a scenario from bytes or a file: checks size and encoding,
/// detects the format, parses, binds and validates, and returns either a valid scenario or every
/// problem found. Never throws for bad input.
/// </summary>
public static class ScenarioReader
{
    /// <summary>Inputs larger than this are refused before parsing.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    public static ParseResult<Scenario> ReadFile(string path, ScenarioFormat? format = null)
    {
        string display = path;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return Fail(display, Rules.FileNotFound, $"'{path}' is a directory, not a scenario file");
            if (!info.Exists) return Fail(display, Rules.FileNotFound, $"no such file: {path}");
            if (info.Length > MaxFileBytes) return Fail(display, Rules.FileTooLarge, $"the file is {info.Length / (1024.0 * 1024.0):F1} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB");
            // Devices and pipes report a length of 0: the limit is enforced while reading too.
            byte[]? bytes = BoundedFile.ReadAllBytes(path, MaxFileBytes);
            if (bytes is null) return Fail(display, Rules.FileTooLarge, $"the input holds more than {MaxFileBytes / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB");
            return Read(bytes, display, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(display, Rules.FileNotFound, $"cannot read '{path}': {e.Message}");
        }
    }

    public static ParseResult<Scenario> Read(ReadOnlySpan<byte> bytes, string fileName, ScenarioFormat? format = null)
    {
        var problems = new ProblemList(fileName);
        if (bytes.Length > MaxFileBytes)
        {
            problems.AddGeneral(Rules.FileTooLarge, $"the input is {bytes.Length / (1024.0 * 1024.0):F1} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB");
            return ParseResult<Scenario>.ForProblems(problems.Items);
        }
        string? text = TextDecoder.Decode(bytes, problems);
        if (text is null) return ParseResult<Scenario>.ForProblems(problems.Items);
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.AddGeneral(Rules.EmptyFile, "the file holds only white space");
            return ParseResult<Scenario>.ForProblems(problems.Items);
        }

        var detected = format ?? Detect(fileName, text);
        Scenario? scenario = detected switch
        {
            ScenarioFormat.Yaml => BindTree(YamlDocumentReader.Read(text, problems), problems),
            ScenarioFormat.Json => BindTree(JsonDocumentReader.Read(Encoding.UTF8.GetBytes(text), problems), problems),
            ScenarioFormat.KtabCsv => KtabCsvReader.Read(text, Path.GetFileNameWithoutExtension(fileName), problems),
            ScenarioFormat.KtabXml => KtabXmlReader.Read(text, Path.GetFileNameWithoutExtension(fileName), problems),
            ScenarioFormat.DecideCsv => DecideCsvReader.ReadScenario(text, Path.GetFileNameWithoutExtension(fileName), problems),
            ScenarioFormat.Csv or ScenarioFormat.BdmCsv => ReadCsv(text, fileName, detected, problems),
            _ => Unsupported(detected, problems),
        };

        if (scenario is not null) ScenarioValidator.Validate(scenario, problems);
        if (problems.Count == 0 && scenario is not null) return ParseResult<Scenario>.ForValue(scenario);
        if (problems.Count == 0) problems.AddGeneral(Rules.EmptyFile, "the file holds no scenario");
        // In file order, as an editor would list them; problems without a place come last.
        return ParseResult<Scenario>.ForProblems(problems.Items
            .Select((p, index) => (p, index))
            .OrderBy(x => x.p.Location?.Line ?? int.MaxValue)
            .ThenBy(x => x.p.Location?.Column ?? int.MaxValue)
            .ThenBy(x => x.index)
            .Select(x => x.p));
    }

    /// <summary>Picks the format from the extension, else from the first characters.</summary>
    public static ScenarioFormat Detect(string fileName, string text)
    {
        string extension = Path.GetExtension(fileName).ToLowerInvariant();
        // Decide's files (.csv or .txt) start with a tagged row such as '#A' or #/ whatever the extension.
        if (extension is not (".yaml" or ".yml" or ".json" or ".xml") && DecideCsvReader.Matches(text)) return ScenarioFormat.DecideCsv;
        switch (extension)
        {
            case ".yaml" or ".yml": return ScenarioFormat.Yaml;
            case ".json": return ScenarioFormat.Json;
            case ".xml": return ScenarioFormat.KtabXml;
            case ".csv": return DetectCsv(text);
        }
        string start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('{') || start.StartsWith('[')) return ScenarioFormat.Json;
        if (start.StartsWith('<')) return ScenarioFormat.KtabXml;
        string firstLine = start.Split('\n', 2)[0];
        return firstLine.Contains(',') && !firstLine.Contains(": ") ? DetectCsv(text) : ScenarioFormat.Yaml;
    }

    private static ScenarioFormat DetectCsv(string text)
    {
        string firstLine = text.TrimStart('\uFEFF').Split('\n', 2)[0].Trim().ToLowerInvariant();
        // Quote-aware: KTAB's title line may quote a description that holds commas.
        var fields = KtabCsvReader.Split(firstLine).Select(f => f.Trim()).ToArray();
        if (fields.Length >= 4 && fields.Take(4).SequenceEqual(BdmCsvReader.Header)) return ScenarioFormat.BdmCsv;
        // KTAB's first line is "<name>,<description>,<numActors>,<numDims>": two integers where a header would have names.
        if (fields.Length >= 4 && int.TryParse(fields[2], out _) && int.TryParse(fields[3], out _)) return ScenarioFormat.KtabCsv;
        return ScenarioFormat.Csv;
    }

    private static Scenario? BindTree(DocumentNode? root, ProblemList problems) =>
        root is null ? null : ScenarioBinder.Bind(root, problems);

    private static Scenario? ReadCsv(string text, string fileName, ScenarioFormat format, ProblemList problems)
    {
        var rows = CsvTable.Read(text, problems);
        if (rows is null) return null;
        if (rows.Count == 0)
        {
            problems.AddGeneral(Rules.EmptyFile, "the CSV has no rows");
            return null;
        }
        string title = Path.GetFileNameWithoutExtension(fileName);
        if (rows.Count < 2)
        {
            problems.AddGeneral(Rules.EmptyScenario, "the CSV has a header but no data rows", new SourceLocation(rows[0].Line, 1));
            return null;
        }
        return format == ScenarioFormat.BdmCsv || BdmCsvReader.Matches(rows[0])
            ? BdmCsvReader.Read(rows, title, problems)
            : ScenarioCsvReader.Read(rows, title, problems);
    }

    private static Scenario? Unsupported(ScenarioFormat format, ProblemList problems)
    {
        problems.AddGeneral(Rules.UnknownFormat, $"reading {format} files is not supported yet");
        return null;
    }

    private static ParseResult<Scenario> Fail(string file, string rule, string message) =>
        ParseResult<Scenario>.ForProblem(new Problem(rule, message, file));
}
