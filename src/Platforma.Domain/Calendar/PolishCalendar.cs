namespace Platforma.Domain;

/// <summary>A statutory non-working day in Poland.</summary>
public sealed record PublicHoliday(DateOnly Date, string Name);

/// <summary>
/// Polish statutory holidays (ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy, as amended) and
/// the art. 12 §5 OP rule: a deadline that falls on a Saturday, Sunday or holiday moves to the next day
/// that is none of these.
/// <para>Covers years 1990–9999 under today's list, with the two later additions dated: 6 January from
/// 2011 and 24 December from 2025. Earlier changes (3 May restored in 1990, 22 July abolished in 1990)
/// are not modelled, so years before 1990 are refused with <see cref="ArgumentOutOfRangeException"/>.</para>
/// </summary>
public static class PolishCalendar
{
    public const int FirstSupportedYear = 1990;

    const int EpiphanyFrom = 2011;
    const int ChristmasEveFrom = 2025;

    /// <summary>All holidays of a year in date order (Sunday holidays included).</summary>
    public static IReadOnlyList<PublicHoliday> Holidays(int year)
    {
        CheckYear(year);
        var easter = EasterSunday(year);
        var list = new List<PublicHoliday>(14)
        {
            new(new DateOnly(year, 1, 1), "Nowy Rok"),
        };
        if (year >= EpiphanyFrom) list.Add(new(new DateOnly(year, 1, 6), "Święto Trzech Króli"));
        list.Add(new(easter, "Wielkanoc"));
        list.Add(new(easter.AddDays(1), "Poniedziałek Wielkanocny"));
        list.Add(new(new DateOnly(year, 5, 1), "Święto Pracy"));
        list.Add(new(new DateOnly(year, 5, 3), "Święto Narodowe Trzeciego Maja"));
        list.Add(new(easter.AddDays(49), "Zielone Świątki"));
        list.Add(new(easter.AddDays(60), "Boże Ciało"));
        list.Add(new(new DateOnly(year, 8, 15), "Wniebowzięcie Najświętszej Maryi Panny"));
        list.Add(new(new DateOnly(year, 11, 1), "Wszystkich Świętych"));
        list.Add(new(new DateOnly(year, 11, 11), "Narodowe Święto Niepodległości"));
        if (year >= ChristmasEveFrom) list.Add(new(new DateOnly(year, 12, 24), "Wigilia Bożego Narodzenia"));
        list.Add(new(new DateOnly(year, 12, 25), "Boże Narodzenie (pierwszy dzień)"));
        list.Add(new(new DateOnly(year, 12, 26), "Boże Narodzenie (drugi dzień)"));
        list.Sort((a, b) => a.Date.CompareTo(b.Date));
        return list;
    }

    /// <summary>True for a statutory holiday (whatever the day of the week).</summary>
    public static bool IsHoliday(DateOnly date)
    {
        CheckYear(date.Year);
        switch (date.Month, date.Day)
        {
            case (1, 1) or (5, 1) or (5, 3) or (8, 15) or (11, 1) or (11, 11) or (12, 25) or (12, 26):
                return true;
            case (1, 6):
                return date.Year >= EpiphanyFrom;
            case (12, 24):
                return date.Year >= ChristmasEveFrom;
        }
        if (date.Month is < 3 or > 6) return false;
        var afterEaster = date.DayNumber - EasterSunday(date.Year).DayNumber;
        return afterEaster is 0 or 1 or 49 or 60;
    }

    /// <summary>Neither a Saturday, a Sunday nor a holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>Art. 12 §5 OP: the date itself when it is a working day, else the next working day.</summary>
    public static DateOnly DueDateOrNextWorkingDay(DateOnly date)
    {
        while (!IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    static void CheckYear(int year)
    {
        if (year < FirstSupportedYear)
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"Kalendarz świąt obejmuje lata od {FirstSupportedYear}; wcześniejsze zmiany ustawy nie są odwzorowane.");
    }
}
