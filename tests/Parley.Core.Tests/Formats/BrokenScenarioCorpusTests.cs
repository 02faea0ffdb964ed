using Parley.Core.Formats;
using Parley.Tests.Shared;

namespace Parley.Core.Tests.Formats;

/// <summary>
/// Every file under tests/fixtures/scenarios/broken is rejected with the rule and field listed in
/// expectations.tsv, with the file named and, where the format has them, a line and column.
/// </summary>
public class BrokenScenarioCorpusTests
{
    public static TheoryData<string, string, string> Cases() => BrokenCorpus.Cases();

    [Fact]
    public void The_corpus_holds_at_least_thirty_broken_files_each_with_an_expectation()
    {
        var listed = Cases().Select(row => row.Data.Item1).ToHashSet();
        var files = Directory.GetFiles(Fixtures.Path("scenarios", "broken")).Select(Path.GetFileName).Where(f => f != "expectations.tsv").ToList();
        Assert.True(listed.Count >= 30, $"only {listed.Count} broken files");
        Assert.Equal(listed.Order(), files.Order()!);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_file_is_rejected_with_the_expected_rule_and_field(string file, string rule, string field)
    {
        string path = Fixtures.Path("scenarios", "broken", file);
        var result = ScenarioReader.ReadFile(path);

        Assert.False(result.Success);
        var match = result.Problems.FirstOrDefault(p => p.Rule == rule && (field.Length == 0 || (p.Field ?? "").Contains(field, StringComparison.Ordinal)));
        Assert.True(match is not null, $"expected [{rule}] on '{field}', got:\n{string.Join("\n", result.Problems)}");
        Assert.Equal(path, match.File);
        if (rule is not ("empty-file" or "file-too-large"))
        {
            Assert.True(match.Location is not null, $"no line/column in: {match}");
        }
    }

    [Theory]
    [InlineData("minimal.yaml")]
    [InlineData("minimal.json")]
    [InlineData("minimal.csv")]
    public void The_valid_originals_read_without_problems(string file)
    {
        var result = ScenarioReader.ReadFile(Fixtures.Path("scenarios", "valid", file));
        Assert.True(result.Success, string.Join("\n", result.Problems));
        Assert.Equal(3, result.Value.Actors.Count);
    }
}
