namespace Platforma.Web.Imports;

/// <summary>One finding about a package: which file, which line (null for the file as a whole), and why.</summary>
public sealed record ImportIssue(string File, int? Line, string Message, bool IsWarning)
{
    public override string ToString() =>
        $"{(IsWarning ? "OSTRZEŻENIE" : "BŁĄD")}: {File}{(Line is { } l ? $", wiersz {l}" : "")}: {Message}";
}

/// <summary>
/// Errors reject a package; warnings (identifier checksums and the like) are shown but do not. Both are capped, so
/// a package with a million bad lines cannot take the memory with it; the report says how many were left out.
/// </summary>
public sealed class ImportReport
{
    public const int MaxListed = 500;

    private readonly List<ImportIssue> _issues = [];

    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public bool HasErrors => ErrorCount > 0;
    public IReadOnlyList<ImportIssue> Issues => _issues;

    public void Error(string file, int? line, string message) => Add(new ImportIssue(file, line, message, false));
    public void Warning(string file, int? line, string message) => Add(new ImportIssue(file, line, message, true));

    private int _listedErrors;
    private int _listedWarnings;

    private void Add(ImportIssue issue)
    {
        // Errors and warnings have budgets of their own: a flood of warnings must not hide the error that rejected the package.
        if (issue.IsWarning)
        {
            WarningCount++;
            if (_listedWarnings++ < MaxListed / 2) _issues.Add(issue);
        }
        else
        {
            ErrorCount++;
            if (_listedErrors++ < MaxListed) _issues.Add(issue);
        }
    }

    /// <summary>One issue per line, errors first in file order, with a closing line when some were left out.</summary>
    public string? Format()
    {
        if (_issues.Count == 0) return null;
        var lines = _issues.OrderBy(i => i.IsWarning).ThenBy(i => FileOrder(i.File)).ThenBy(i => i.Line ?? 0).Select(i => i.ToString()).ToList();
        var omitted = ErrorCount + WarningCount - _issues.Count;
        if (omitted > 0) lines.Add($"… oraz {omitted} dalszych uwag (pominięte w raporcie).");
        return string.Join('\n', lines);
    }

    private static int FileOrder(string file) => Array.IndexOf(ImportFormat.AllFiles, file) is var i and >= 0 ? i + 1 : 0;
}
