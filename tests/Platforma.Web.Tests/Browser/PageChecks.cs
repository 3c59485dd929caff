using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Platforma.Web.Tests.Browser;

/// <summary>What every resident page must pass in the browser: axe at WCAG 2.1 AA, and a keyboard-only walk.</summary>
public static class PageChecks
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The axe violations of the page as "rule: target (help)" lines; empty when the page passes.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags }, ResultTypes = [ResultType.Violations] });
        return result.Violations
            .SelectMany(v => v.Nodes.Select(n => $"{page.Url} — {v.Id}: {n.Target} {n.Html} ({v.Help})"))
            .ToList();
    }

    /// <summary>
    /// Presses Tab from the top of the page until focus comes back round, and returns the problems: focusable elements
    /// never reached, and elements reached without a visible focus indicator. The skip link must come first.
    /// </summary>
    public static async Task<IReadOnlyList<string>> KeyboardProblemsAsync(IPage page)
    {
        var problems = new List<string>();
        var count = await page.EvaluateAsync<int>("""
            () => {
              const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])')]
                .filter(e => !e.disabled && e.getClientRects().length > 0 || e.classList.contains('skip-link'));
              all.forEach((e, i) => e.setAttribute('data-kb', String(i)));
              document.activeElement?.blur();
              window.scrollTo(0, 0);
              return all.length;
            }
            """);
        var reached = new HashSet<int>();
        for (var press = 0; press < count + 3; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return ['', '', ''];
                  const s = getComputedStyle(e);
                  const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                  return [e.getAttribute('data-kb') ?? '', visible ? 'yes' : 'no', e.outerHTML.slice(0, 120)];
                }
                """);
            if (focused[0] == "") continue;
            var index = int.Parse(focused[0]);
            if (press == 0 && !focused[2].Contains("skip-link")) problems.Add($"{page.Url}: the first Tab reaches {focused[2]}, not the skip link");
            if (focused[1] != "yes") problems.Add($"{page.Url}: no visible focus on {focused[2]}");
            if (!reached.Add(index)) break; // wrapped round
        }
        for (var i = 0; i < count; i++)
            if (!reached.Contains(i))
                problems.Add($"{page.Url}: never reached by Tab: " + await page.EvaluateAsync<string>($"() => document.querySelector('[data-kb=\"{i}\"]').outerHTML.slice(0, 120)"));
        return problems;
    }
}
