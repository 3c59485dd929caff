namespace Platforma.Web.Infrastructure;

/// <summary>
/// The platform's calendar is Poland's: "today" for due dates and interest is the date in Europe/Warsaw, whatever
/// the server's own time zone. Time itself always comes from the registered <see cref="TimeProvider"/>.
/// </summary>
public static class WarsawClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static DateTime LocalNow(this TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime;

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.LocalNow());

    public static DateTime ToWarsaw(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>"27.11.2026, godz. 10:05" in Warsaw, whatever the server's culture.</summary>
    public static string Stamp(DateTimeOffset instant) =>
        ToWarsaw(instant).ToString("dd'.'MM'.'yyyy', godz. 'HH':'mm", System.Globalization.CultureInfo.InvariantCulture);
}
