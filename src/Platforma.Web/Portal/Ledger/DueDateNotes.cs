using Platforma.Domain;

namespace Platforma.Web.Portal.Ledger;

/// <summary>Says why a due date moved (art. 12 §5 OP), for a resident who wonders why it is not the 15th.</summary>
public static class DueDateNotes
{
    public static string WhyMoved(DateOnly statutory) =>
        PolishCalendar.Holidays(statutory.Year).FirstOrDefault(h => h.Date == statutory) is { } holiday
            ? $"termin {PolishFormat.Date(statutory)} przypadał w święto ({holiday.Name})"
            : statutory.DayOfWeek == DayOfWeek.Saturday ? $"termin {PolishFormat.Date(statutory)} przypadał w sobotę"
            : $"termin {PolishFormat.Date(statutory)} przypadał w niedzielę";
}
