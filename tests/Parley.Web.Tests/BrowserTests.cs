using System.Globalization;
using Microsoft.Playwright;
using Parley.Tests.Shared;

namespace Parley.Web.Tests;

public sealed class BrowserTests
{
    [Fact]
    public async Task The_page_opens_on_the_flagship_and_a_slider_moves_forecast_and_chart()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var host = await WebHost.KestrelAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
            await page.GotoAsync(host.Address + "/");
            var value = page.GetByTestId("headline-value");
            await Assertions.Expect(page.Locator("#title")).ToContainTextAsync("Six-party diplomacy");
            await Assertions.Expect(value).ToHaveTextAsync("55.8");
            string chartBefore = await page.GetByTestId("chart").InnerHTMLAsync();
            Assert.Contains("<svg", chartBefore);

            var slider = page.GetByTestId("slider-USA.denuclearisation.position");
            await slider.FillAsync("40");
            await Assertions.Expect(value).Not.ToHaveTextAsync("55.8");
            double moved = double.Parse(await value.InnerTextAsync(), CultureInfo.InvariantCulture);
            Assert.True(moved < 55.8, $"moving the US position down should lower the weighted mean, got {moved}");
            await Assertions.Expect(page.GetByTestId("chart")).Not.ToHaveJSPropertyAsync("innerHTML", chartBefore);

            // Slider latency: from the input event to forecast and chart in the page, measured by the page itself.
            for (int step = 0; step < 20; step++)
            {
                int count = await page.EvaluateAsync<int>("window.parley.latencies.length");
                await slider.FillAsync((30 + step * 2).ToString(CultureInfo.InvariantCulture));
                // Polled from the test: the page's Content-Security-Policy forbids the string evaluation WaitForFunction uses.
                var deadline = DateTime.UtcNow.AddSeconds(30);
                while (!await page.EvaluateAsync<bool>($"window.parley.latencies.length > {count} && !window.parley.inFlight"))
                {
                    Assert.True(DateTime.UtcNow < deadline, "the page did not update after a slider move");
                    await Task.Delay(10);
                }
            }
            var latencies = (await page.EvaluateAsync<double[]>("window.parley.latencies")).Skip(1).Order().ToArray();
            string line = string.Create(CultureInfo.InvariantCulture,
                $"slider update (input → forecast and chart in the page), {latencies.Length} moves: median {latencies[latencies.Length / 2]:0} ms, max {latencies[^1]:0} ms");
            Measurements.Record(line);

            await page.GetByRole(AriaRole.Tab, new() { Name = "Sanctions pressure on the DPRK" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("headline")).ToContainTextAsync("sanctions");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [Fact]
    public async Task Uploading_a_broken_file_shows_the_problems_beside_the_lines()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        await using var host = await WebHost.KestrelAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(host.Address + "/");
            await Assertions.Expect(page.GetByTestId("headline-value")).ToHaveTextAsync("55.8");
            await page.GetByTestId("upload").SetInputFilesAsync(Fixtures.Path("scenarios", "broken", "position-out-of-scale.yaml"));
            var problems = page.GetByTestId("problems");
            await Assertions.Expect(problems).ToContainTextAsync("position-out-of-scale");
            await Assertions.Expect(problems).ToContainTextAsync("line 20:45");
            await Assertions.Expect(page.GetByTestId("validation")).ToHaveTextAsync("1 problem");
            await Assertions.Expect(page.Locator("#gutter .bad")).ToHaveTextAsync("20");

            // Fixing the line in the editor clears the messages.
            var editor = page.GetByTestId("editor");
            string text = await editor.InputValueAsync();
            await editor.FillAsync(text.Replace("position: 150", "position: 50"));
            await Assertions.Expect(page.GetByTestId("validation")).ToHaveTextAsync("valid");
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
