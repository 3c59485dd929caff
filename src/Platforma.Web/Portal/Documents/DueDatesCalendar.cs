using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Platforma.Domain;
using Platforma.Web.Portal.Ledger;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Documents;

/// <summary>
/// The coming due dates as an iCalendar file: one all-day event per unpaid instalment on its effective due date (moved
/// off weekends and holidays), with a reminder three days before. Event ids are stable, so importing the file again
/// updates the events instead of doubling them.
/// </summary>
public static class DueDatesCalendar
{
    public static string Render(TenantInfo gmina, ResidentLedger ledger, PaymentInstructions pay, string portalUrl)
    {
        var calendar = new Calendar { ProductId = "-//Platforma//Portal mieszkanca//PL" };
        calendar.AddProperty("X-WR-CALNAME", $"Terminy płatności — {gmina.Name}");
        if (ledger.Statement is { } statement)
        {
            foreach (var line in statement.Lines.Where(l => l.EffectiveDueDate >= statement.AsOf && l.PrincipalOutstanding > 0)
                         .OrderBy(l => l.EffectiveDueDate))
            {
                var due = line.EffectiveDueDate;
                var item = pay.Find(line.Liability.Id);
                var description = $"Kwota: {PolishFormat.Money(line.PrincipalOutstanding)}.";
                if (pay.Account is not null && item is not null)
                    description += $"\nRachunek: {Nrb.Format(pay.Account)}\nTytuł przelewu: {item.Title}";
                description += $"\nSzczegóły i kod QR do przelewu: {portalUrl}/jak-zaplacic";
                var e = new CalendarEvent
                {
                    // The tax system's ids, not our row ids: rows are replaced on every import of their year, and a UID
                    // that changed would duplicate the event in a calendar that re-imports the file.
                    Uid = $"{gmina.Slug}-{ledger.Taxpayer.ExternalId}-{ledger.LiabilitiesById[line.Liability.Id].ExternalId}@platforma",
                    Summary = $"Termin: {line.Liability.Title} — {PolishFormat.Money(line.PrincipalOutstanding)}",
                    Description = description,
                    Start = new CalDateTime(due.Year, due.Month, due.Day),
                    End = new CalDateTime(due.Year, due.Month, due.Day).AddDays(1),
                    Transparency = TransparencyType.Transparent,
                    DtStamp = new CalDateTime(ledger.AsOf.UtcDateTime),
                };
                e.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = e.Summary, Trigger = new Trigger("-P3D") });
                calendar.Events.Add(e);
            }
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
