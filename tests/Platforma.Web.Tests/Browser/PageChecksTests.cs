using Microsoft.Playwright;

namespace Platforma.Web.Tests.Browser;

/// <summary>The accessibility checks themselves can fail: on a page built to break them, they report each problem.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageChecksTests(BrowserFixture browser)
{
    [Fact]
    public async Task Report_axe_violations_hidden_focus_and_unreachable_controls_on_a_broken_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html><head><title>zła strona</title>
            <style>.plain:focus { outline: none; box-shadow: none; }</style></head>
            <body><main>
              <a class="skip-link" href="#x">Przejdź</a>
              <img src="herb.png">
              <input type="text">
              <a class="plain" href="/gdzies">bez fokusu</a>
              <button tabindex="-1">pominięty</button>
            </main></body></html>
            """);

        var violations = await PageChecks.AxeViolationsAsync(page);
        Assert.Contains(violations, v => v.Contains("image-alt"));
        Assert.Contains(violations, v => v.Contains("html-has-lang"));
        Assert.Contains(violations, v => v.Contains("label"));

        var keyboard = await PageChecks.KeyboardProblemsAsync(page);
        Assert.Contains(keyboard, p => p.Contains("no visible focus") && p.Contains("bez fokusu"));
        Assert.Contains(keyboard, p => p.Contains("never reached by Tab") && p.Contains("pominięty"));
    }
}
