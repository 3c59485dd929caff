using Platforma.Data.Gmina;
using Platforma.Web.Jobs;

namespace Platforma.Web.Imports;

/// <summary>Polish words for import history on the office and operator pages and in the API.</summary>
public static class ImportTexts
{
    public static string Status(ImportStatus status) => status switch
    {
        ImportStatus.Received => "przyjęty, czeka na import",
        ImportStatus.Running => "w toku",
        ImportStatus.Applied => "zastosowany",
        ImportStatus.Unchanged => "bez zmian — ten sam pakiet co ostatnio",
        ImportStatus.Rejected => "odrzucony",
        ImportStatus.Stale => "odrzucony jako nieaktualny",
        ImportStatus.Failed => "błąd techniczny — będzie ponowiony",
        _ => status.ToString(),
    };

    public static string Source(ImportSource source) => source switch
    {
        ImportSource.Inbox => "skrzynka (folder)",
        ImportSource.Api => "API",
        _ => "przesłany w urzędzie",
    };

    public static string Time(DateTimeOffset? at) => at is { } t
        ? TimeZoneInfo.ConvertTime(t, RecurringJobs.Warsaw).ToString("dd.MM.yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
        : "—";

    public static string Duration(long? ms) => ms is { } d ? (d < 1000 ? $"{d} ms" : $"{d / 1000.0:0.0} s".Replace('.', ',')) : "—";
}
