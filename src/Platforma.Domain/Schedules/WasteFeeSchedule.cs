using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Platforma.Domain;

public enum WasteFeeFrequency
{
    Monthly,
    Quarterly,
    Yearly,
}

/// <summary>
/// A gmina's payment schedule for the waste fee (opłata za gospodarowanie odpadami komunalnymi), set by
/// its rada gminy and stored in the gmina's configuration as one of:
/// <list type="bullet">
/// <item><c>monthly:15</c> — by day 15 of each month (days 29–31 mean the month's last day in shorter months);</item>
/// <item><c>quarterly:15.03,15.05,15.09,15.11</c> — four DD.MM dates in calendar order (quarterly on the tax dates,
///   by 15 Mar/Jun/Sep/Dec, or in advance — whatever the resolution says);</item>
/// <item><c>yearly:15.03</c> — one lump sum (e.g. holiday homes).</item>
/// </list>
/// 29.02 is refused (it does not exist every year). Art. 12 §5 OP applies to every date. The fee is not
/// rounded to złoty (art. 63 does not reach it); shares are exact to the grosz.
/// </summary>
public sealed class WasteFeeSchedule
{
    readonly (int Day, int Month)[] dates;

    WasteFeeSchedule(WasteFeeFrequency frequency, (int Day, int Month)[] dates) => (Frequency, this.dates) = (frequency, dates);

    public WasteFeeFrequency Frequency { get; }

    /// <exception cref="FormatException">With the reason, in Polish.</exception>
    public static WasteFeeSchedule Parse(string? description) =>
        TryParse(description, out var schedule, out var error) ? schedule : throw new FormatException(error);

    public static bool TryParse(string? description, [NotNullWhen(true)] out WasteFeeSchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        error = null;
        var text = description?.Trim() ?? "";
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            error = $"Opis harmonogramu \"{text}\" ma postać monthly:DD, quarterly:DD.MM,DD.MM,DD.MM,DD.MM albo yearly:DD.MM.";
            return false;
        }
        var kind = text[..colon].Trim().ToLowerInvariant();
        var parts = text[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries);
        switch (kind)
        {
            case "monthly":
                if (parts.Length != 1 || !TryNumber(parts[0], 1, 31, out var day))
                {
                    error = $"monthly: podaj jeden dzień miesiąca 1–31 (podano \"{text[(colon + 1)..].Trim()}\").";
                    return false;
                }
                schedule = new WasteFeeSchedule(WasteFeeFrequency.Monthly, [(day, 0)]);
                return true;
            case "quarterly" or "yearly":
                var expected = kind == "quarterly" ? 4 : 1;
                if (parts.Length != expected)
                {
                    error = $"{kind}: podaj {(expected == 4 ? "cztery daty" : "jedną datę")} DD.MM (podano {parts.Length}).";
                    return false;
                }
                var parsed = new (int Day, int Month)[expected];
                for (var i = 0; i < expected; i++)
                {
                    if (!TryDayMonth(parts[i], out parsed[i]))
                    {
                        error = $"{kind}: \"{parts[i]}\" nie jest datą DD.MM istniejącą w każdym roku.";
                        return false;
                    }
                    if (i > 0 && (parsed[i].Month, parsed[i].Day).CompareTo((parsed[i - 1].Month, parsed[i - 1].Day)) <= 0)
                    {
                        error = $"{kind}: daty muszą iść w kolejności kalendarzowej ({parts[i - 1]} przed {parts[i]}).";
                        return false;
                    }
                }
                schedule = new WasteFeeSchedule(expected == 4 ? WasteFeeFrequency.Quarterly : WasteFeeFrequency.Yearly, parsed);
                return true;
            default:
                error = $"Nieznany rodzaj harmonogramu \"{kind}\" (dozwolone: monthly, quarterly, yearly).";
                return false;
        }
    }

    /// <summary>
    /// The instalments of <paramref name="annualAmount"/> in <paramref name="year"/>: twelve (numbered by month),
    /// four (1–4) or one single payment (0). Grosze left over go to <paramref name="remainder"/>.
    /// <para>Defined results: an annual amount of 0 → no instalments.</para>
    /// </summary>
    /// <exception cref="ArgumentException">A negative amount or a fraction of a grosz.</exception>
    public IReadOnlyList<Instalment> Instalments(int year, decimal annualAmount, RemainderPlacement remainder = RemainderPlacement.FirstInstalment)
    {
        Split.CheckYear(year);
        Split.CheckAmount(annualAmount, nameof(annualAmount));
        if (annualAmount == 0) return [];
        if (Frequency == WasteFeeFrequency.Yearly)
            return [new Instalment(0, Due(year, dates[0].Month, dates[0].Day), annualAmount)];
        var count = Frequency == WasteFeeFrequency.Monthly ? 12 : 4;
        Span<int> weights = stackalloc int[count];
        weights.Fill(1);
        var amounts = Split.Proportional(annualAmount, weights, remainder);
        var instalments = new Instalment[count];
        for (var i = 0; i < count; i++)
        {
            var (day, month) = Frequency == WasteFeeFrequency.Monthly ? (dates[0].Day, i + 1) : dates[i];
            instalments[i] = new Instalment(i + 1, Due(year, month, day), amounts[i]);
        }
        return instalments;
    }

    /// <summary>The canonical description, which <see cref="Parse"/> reads back.</summary>
    public override string ToString() => Frequency switch
    {
        WasteFeeFrequency.Monthly => $"monthly:{dates[0].Day}",
        WasteFeeFrequency.Quarterly => "quarterly:" + string.Join(',', dates.Select(d => $"{d.Day:D2}.{d.Month:D2}")),
        _ => $"yearly:{dates[0].Day:D2}.{dates[0].Month:D2}",
    };

    static DateOnly Due(int year, int month, int day) =>
        PolishCalendar.DueDateOrNextWorkingDay(new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))));

    static bool TryNumber(string text, int min, int max, out int value)
    {
        if (text.Length is 1 or 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
            return true;
        value = 0;
        return false;
    }

    static bool TryDayMonth(string text, out (int Day, int Month) date)
    {
        date = default;
        var dot = text.IndexOf('.');
        if (dot < 0 || !TryNumber(text[..dot], 1, 31, out var day) || !TryNumber(text[(dot + 1)..], 1, 12, out var month)) return false;
        if (day > DateTime.DaysInMonth(2001, month)) return false; // a non-leap year: refuses 29.02, 31.04 …
        date = (day, month);
        return true;
    }
}
