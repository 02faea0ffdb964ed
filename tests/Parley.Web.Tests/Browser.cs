using Microsoft.Playwright;

namespace Parley.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser). Missing locally → the test
/// is skipped; missing in CI (CI=true) → the test fails, because .ci/run installs it.
/// </summary>
internal static class Browser
{
    public const string Executable = "/usr/bin/chromium";

    public static readonly string[] Arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Executable))
        {
            string why = $"Chromium is not installed at {Executable} (apt-get install -y chromium)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(why);
            Assert.Skip(why);
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable, Headless = true, Args = Arguments });
        return (playwright, browser);
    }
}
