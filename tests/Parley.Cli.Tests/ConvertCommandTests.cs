using Parley.Core.Formats;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests;

public class ConvertCommandTests
{
    [Fact]
    public async Task Yaml_to_json_and_back_preserves_the_scenario()
    {
        string folder = Directory.CreateTempSubdirectory("parley-convert").FullName;
        try
        {
            string json = Path.Combine(folder, "korea.json");
            string yaml = Path.Combine(folder, "korea.yaml");
            Assert.Equal(0, (await CliRunner.RunAsync("convert", Fixtures.Repo("examples", "korea-2019.yaml"), "-o", json)).ExitCode);
            Assert.Equal(0, (await CliRunner.RunAsync("convert", json, "-o", yaml)).ExitCode);
            var original = ScenarioReader.ReadFile(Fixtures.Repo("examples", "korea-2019.yaml")).Value;
            Assert.Equal(original, ScenarioReader.ReadFile(yaml).Value);
            Assert.Equal(original, ScenarioReader.ReadFile(json).Value);
            Assert.Equal(["korea.json", "korea.yaml"], Directory.GetFiles(folder).Select(Path.GetFileName).Order());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Converting_a_broken_file_writes_nothing()
    {
        string folder = Directory.CreateTempSubdirectory("parley-convert").FullName;
        try
        {
            var result = await CliRunner.RunAsync("convert", Fixtures.Path("scenarios", "broken", "range-inverted.yaml"), "-o", Path.Combine(folder, "out.json"));
            Assert.Equal(2, result.ExitCode);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Writing_into_a_missing_folder_is_an_input_error()
    {
        var result = await CliRunner.RunAsync("convert", Fixtures.Repo("examples", "hand-check.yaml"), "-o", "/nonexistent-folder/x.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }
}
