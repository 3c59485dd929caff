using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Platforma.Web.Tenancy;

/// <summary>One problem in tenants.json, named by its JSON path (<c>gminy[3].branding.primaryColor</c>).</summary>
public sealed record TenantsFileError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

public sealed class TenantsFileException(string path, IReadOnlyList<TenantsFileError> errors)
    : Exception($"{path} is invalid and was not applied:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
{
    public IReadOnlyList<TenantsFileError> Errors { get; } = errors;
}

/// <summary>
/// Reads and validates tenants.json (shape: tenants.schema.json; meaning and precedence: docs/tenants.md). Every
/// rule is checked before anything is applied, so an invalid file is rejected whole.
/// </summary>
public static partial class TenantsFile
{
    public sealed record Content(string Path, IReadOnlyList<Gmina> Gminy);

    public sealed record Gmina(string Slug, string Name, string ShortName, string? Teryt, Branding Branding, Contact Contact,
        Bank Bank, Taxes Taxes, Imports Imports, Payments Payments)
    {
        /// <summary>Absolute path of the coat-of-arms file, resolved against the folder of tenants.json.</summary>
        [JsonIgnore] public string CoatOfArmsPath { get; init; } = "";
    }

    public sealed record Branding(string PrimaryColor, string CoatOfArms, bool CoatOfArmsIsPlaceholder);
    public sealed record Contact(bool IsExampleData, string OfficeName, string Address, string PostalCode, string City,
        string Phone, string Email, string Website, string OpeningHours);
    public sealed record Bank(bool IsExampleData, string BankName, string RecipientName, string RecipientNip,
        string AccountNumber, VirtualAccounts VirtualAccounts);
    public sealed record VirtualAccounts(string SortCode, string FixedPart, int PayerIdLength);
    public sealed record Taxes(string WasteFeeSchedule);
    public sealed record Imports(string Schedule, string? Inbox);
    public sealed record Payments(bool OnlinePayments, string? Provider);

    private sealed record FileShape([property: JsonPropertyName("$schema")] string? Schema = null, List<Gmina>? Gminy = null);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static Content Load(string path)
    {
        if (!File.Exists(path))
            throw new TenantsFileException(path, [new("(file)", $"nie ma pliku {path}")]);
        return Parse(File.ReadAllText(path), path);
    }

    public static Content Parse(string json, string path)
    {
        FileShape? shape;
        try
        {
            shape = JsonSerializer.Deserialize<FileShape>(json, Json);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "(file)" : ToField(e.Path);
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
            throw new TenantsFileException(path, [new(field, FirstSentence(e.Message) + where)]);
        }
        if (shape?.Gminy is not { Count: > 0 } gminy)
            throw new TenantsFileException(path, [new("gminy", "the list of gminy is missing or empty")]);

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var errors = new List<TenantsFileError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var resolved = new List<Gmina>();
        for (var i = 0; i < gminy.Count; i++)
        {
            var g = gminy[i];
            var at = $"gminy[{i}]";
            Validate(g, at, errors);
            if (seen.TryGetValue(g.Slug, out var first))
                errors.Add(new($"{at}.slug", $"'{g.Slug}' is already used by gminy[{first}]"));
            else
                seen[g.Slug] = i;
            var arms = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, g.Branding.CoatOfArms));
            if (!arms.StartsWith(folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
                errors.Add(new($"{at}.branding.coatOfArms", "must be a path inside the folder of tenants.json"));
            else if (!File.Exists(arms))
                errors.Add(new($"{at}.branding.coatOfArms", $"file {g.Branding.CoatOfArms} does not exist"));
            resolved.Add(g with { CoatOfArmsPath = arms });
        }
        if (errors.Count > 0) throw new TenantsFileException(path, errors);
        return new Content(path, resolved);
    }

    private static void Validate(Gmina g, string at, List<TenantsFileError> errors)
    {
        void Require(bool ok, string field, string message)
        {
            if (!ok) errors.Add(new($"{at}.{field}", message));
        }

        Require(SlugPattern().IsMatch(g.Slug) && g.Slug.Length <= 63, "slug",
            "must be lower-case letters a–z, digits and single hyphens, at most 63 characters");
        Require(!HostResolver.ReservedSlugs.Contains(g.Slug), "slug", $"'{g.Slug}' is reserved");
        Require(!string.IsNullOrWhiteSpace(g.Name) && g.Name.Length <= 200, "name", "must be 1–200 characters");
        Require(!string.IsNullOrWhiteSpace(g.ShortName) && g.ShortName.Length <= 100, "shortName", "must be 1–100 characters");
        Require(g.Teryt is null || TerytPattern().IsMatch(g.Teryt), "teryt", "must be 7 digits or null");

        if (!ColorContrast.TryParse(g.Branding.PrimaryColor, out _))
            Require(false, "branding.primaryColor", "must be #rrggbb");
        else
        {
            var ratio = ColorContrast.WithWhite(g.Branding.PrimaryColor);
            Require(ratio >= ColorContrast.AaNormalText, "branding.primaryColor",
                $"white text on {g.Branding.PrimaryColor} has contrast {ratio.ToString("0.00", CultureInfo.InvariantCulture)}:1, below the 4.5:1 WCAG AA needs");
        }

        Require(PostalCodePattern().IsMatch(g.Contact.PostalCode), "contact.postalCode", "must be NN-NNN or empty");
        Require(g.Contact.Email.Length == 0 || EmailPattern().IsMatch(g.Contact.Email), "contact.email", "is not an e-mail address");
        Require(g.Contact.Website.Length == 0 || Uri.TryCreate(g.Contact.Website, UriKind.Absolute, out var site) && site.Scheme is "http" or "https",
            "contact.website", "must be an http(s) address or empty");

        var bank = g.Bank;
        Require(bank.RecipientNip.Length == 0 || bank.RecipientNip.Length == 10 && bank.RecipientNip.All(char.IsAsciiDigit),
            "bank.recipientNip", "must be 10 digits or empty");
        Require(bank.AccountNumber.Length == 0 || AccountNumbers.IsValidNrb(bank.AccountNumber),
            "bank.accountNumber", "must be a 26-digit NRB with correct check digits, or empty");
        var va = bank.VirtualAccounts;
        Require(va.SortCode.Length == 8 && va.SortCode.All(char.IsAsciiDigit), "bank.virtualAccounts.sortCode", "must be 8 digits");
        Require(va.FixedPart.All(char.IsAsciiDigit), "bank.virtualAccounts.fixedPart", "must be digits");
        Require(va.SortCode.Length + va.FixedPart.Length + va.PayerIdLength == 24, "bank.virtualAccounts.payerIdLength",
            "sortCode + fixedPart + payer id must make the 24 digits of an account number");

        Require(WasteSchedulePattern().IsMatch(g.Taxes.WasteFeeSchedule), "taxes.wasteFeeSchedule",
            "must be monthly:DD, quarterly:DD.MM,DD.MM,DD.MM,DD.MM or yearly:DD.MM");
        Require(IsCron(g.Imports.Schedule), "imports.schedule", "must be a 5-field cron expression");
        Require(!g.Payments.OnlinePayments || !string.IsNullOrWhiteSpace(g.Payments.Provider), "payments.provider",
            "is required when onlinePayments is true");
    }

    private static bool IsCron(string expression)
    {
        try
        {
            Cronos.CronExpression.Parse(expression);
            return true;
        }
        catch (Cronos.CronFormatException)
        {
            return false;
        }
    }

    /// <summary><c>$.gminy[3].branding.primaryColor</c> → <c>gminy[3].branding.primaryColor</c>.</summary>
    private static string ToField(string jsonPath) => jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex SlugPattern();
    [GeneratedRegex("^[0-9]{7}$")] private static partial Regex TerytPattern();
    [GeneratedRegex("^([0-9]{2}-[0-9]{3})?$")] private static partial Regex PostalCodePattern();
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")] private static partial Regex EmailPattern();
    [GeneratedRegex(@"^(monthly:(0?[1-9]|[12][0-9]|3[01])|quarterly:(0[1-9]|[12][0-9]|3[01])\.(0[1-9]|1[0-2])(,(0[1-9]|[12][0-9]|3[01])\.(0[1-9]|1[0-2])){3}|yearly:(0[1-9]|[12][0-9]|3[01])\.(0[1-9]|1[0-2]))$")]
    private static partial Regex WasteSchedulePattern();
}
