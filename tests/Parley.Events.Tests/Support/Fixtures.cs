namespace Parley.Events.Tests.Support;

/// <summary>Paths of the test fixtures copied next to the test assembly (see tests/fixtures/events/README.md).</summary>
internal static class Fixtures
{
    public const string Gdelt1Mixed = "gdelt1_events_mixed_eras_sample100.tsv";
    public const string Gdelt1Sample710 = "gdelt1_events_20160728_and_1982_sample710.tsv";
    public const string Gdelt2Export = "gdelt2_20150218230000_export_sample100.tsv";
    public const string Gdelt2Translation = "gdelt2_20150218224500_translation_export_sample100.tsv";
    public const string Gdelt2Mentions = "gdelt2_20150218230000_mentions_sample100.tsv";
    public const string IcewsEvents = "icews_events_2018-06-01_02.tab";
    public const string IcewsSixParty = "icews_six_party_dyads_2018-06-01_02.tsv";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "events", name);

    public static string Example(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "examples", name);

    /// <summary>The data lines of a fixture, split on tabs with no cleverness: an independent view for checks.</summary>
    public static List<string[]> Rows(string name, bool header = false) =>
        File.ReadLines(Path(name)).Skip(header ? 1 : 0).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
}
