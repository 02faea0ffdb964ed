using System.Text;
using Parley.Analysis.Uncertainty;
using Parley.Analysis.WhatIf;
using Parley.Core.Formats;
using Parley.Events.Import;

namespace Parley.Fuzz;

/// <summary>
/// One entry per reader a user's input reaches. Each target must return normally for ANY input:
/// bad input is a problem list (or, for event files, an <see cref="EventFileException"/>, the
/// documented way an import reports a file it cannot read). Any other exception is a bug, and the
/// fuzzer records the input as a crash.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["yaml"] = bytes => Scenario(bytes, "fuzz.yaml", ScenarioFormat.Yaml),
        ["json"] = bytes => Scenario(bytes, "fuzz.json", ScenarioFormat.Json),
        ["csv"] = bytes => Scenario(bytes, "fuzz.csv", ScenarioFormat.Csv),
        ["bdm-csv"] = bytes => Scenario(bytes, "fuzz.csv", ScenarioFormat.BdmCsv),
        ["ktab-csv"] = bytes => Scenario(bytes, "fuzz.csv", ScenarioFormat.KtabCsv),
        ["ktab-xml"] = bytes => Scenario(bytes, "fuzz.xml", ScenarioFormat.KtabXml),
        // Format detection on an unknown extension: every reader behind one door.
        ["scenario-any"] = bytes => ScenarioReader.Read(bytes, "fuzz.txt"),
        ["actor-snippet"] = bytes => ActorSnippetReader.Read(Text(bytes)),
        ["what-if-set"] = bytes => ScenarioEdit.ParseSet(Text(bytes)),
        ["threshold"] = bytes => Threshold.Parse(Text(bytes)),
        ["gdelt1"] = bytes => Events(bytes, EventFormat.Gdelt1),
        ["gdelt2"] = bytes => Events(bytes, EventFormat.Gdelt2),
        ["gdelt2-mentions"] = bytes => Events(bytes, EventFormat.Gdelt2Mentions),
        ["icews"] = bytes => Events(bytes, EventFormat.Icews),
        ["parley-csv"] = bytes => Events(bytes, EventFormat.ParleyCsv),
        ["parley-yaml"] = bytes => Events(bytes, EventFormat.ParleyYaml),
        // Detection plus gzip/zip containers: the bytes are a whole file as a user would pass it.
        ["events-any"] = bytes => Events(bytes, null),
    };

    private static void Scenario(byte[] bytes, string name, ScenarioFormat format) => ScenarioReader.Read(bytes, name, format);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>An event file, through the importer's own path from file to batches, without a database.</summary>
    private static void Events(byte[] bytes, EventFormat? format)
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-fuzz-{Environment.ProcessId}.dat");
        File.WriteAllBytes(path, bytes);
        try
        {
            IReadOnlyList<InputEntry> entries;
            try
            {
                entries = InputEntry.List(path);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                return; // What the importer reports as "cannot read" (EventImporter).
            }
            foreach (var entry in entries)
            {
                try
                {
                    var detected = format ?? FormatDetector.Detect(entry, out _);
                    if (detected is not { } chosen) continue;
                    var bad = new BadLines(entry.Display, strict: false);
                    if (chosen == EventFormat.Gdelt2Mentions)
                    {
                        EventFileReader.ProduceMentions(entry, bad, new MentionBatch(), b => { b.Clear(); return b; }, CancellationToken.None);
                    }
                    else
                    {
                        EventFileReader.ProduceEvents(entry, chosen, bad, new EventBatch(), b => { b.Clear(); return b; }, CancellationToken.None);
                    }
                }
                catch (Exception e) when (e is EventFileException or IOException or InvalidDataException)
                {
                    // Reported to the user as a file problem (EventImporter wraps IO/InvalidData the same way).
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
