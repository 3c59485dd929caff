namespace Platforma.Domain;

/// <summary>Which rate of art. 56 OP applies.</summary>
public enum InterestRateKind
{
    /// <summary>Art. 56 §1: 200% of the NBP lombard rate + 2 pp, never below 8%.</summary>
    Standard,
    /// <summary>Art. 56 §1a: 50% of the standard rate (e.g. a corrected declaration within 6 months).</summary>
    Reduced,
    /// <summary>Art. 56a: 150% of the standard rate (since 2016).</summary>
    Increased,
}

/// <summary>
/// One change of the interest rate: in force from <see cref="From"/> until the next row.
/// Rates are annual, in percent. <see cref="Source"/> names where the change was published;
/// <see cref="SourceConfirmed"/> is false when that reference (or the date) has not been checked
/// against the official publication.
/// </summary>
public sealed record InterestRateRow(DateOnly From, decimal StandardRate, decimal LombardRate, string Source, bool SourceConfirmed = false)
{
    /// <summary>50% of <see cref="StandardRate"/> (art. 56 §1a).</summary>
    public decimal ReducedRate => StandardRate * 0.5m;

    /// <summary>150% of <see cref="StandardRate"/> (art. 56a).</summary>
    public decimal IncreasedRate => StandardRate * 1.5m;

    public decimal Rate(InterestRateKind kind) => kind switch
    {
        InterestRateKind.Standard => StandardRate,
        InterestRateKind.Reduced => ReducedRate,
        InterestRateKind.Increased => IncreasedRate,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>
/// The rates of interest on tax arrears over time — data, not code: the operator can load an edited
/// table (new rows as the Monetary Policy Council moves the lombard rate) without a release.
/// Rates before the first row are unknown: asking for them is an error, never a guess.
/// </summary>
public sealed class InterestRateTable
{
    readonly InterestRateRow[] rows;
    readonly decimal[] standardRateDaysBefore; // Σ standard rate × days of all rows before row i

    /// <exception cref="ArgumentException">No rows, dates not strictly ascending, a rate that is not positive, or a row without its source.</exception>
    public InterestRateTable(IEnumerable<InterestRateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        this.rows = [.. rows];
        if (this.rows.Length == 0) throw new ArgumentException("Tabela stawek odsetek jest pusta.", nameof(rows));
        for (var i = 0; i < this.rows.Length; i++)
        {
            var row = this.rows[i];
            if (row is null) throw new ArgumentException($"Wiersz {i + 1} tabeli stawek jest pusty.", nameof(rows));
            if (string.IsNullOrWhiteSpace(row.Source))
                throw new ArgumentException($"Wiersz od {row.From:yyyy-MM-dd}: podaj źródło stawki (np. pozycję Monitora Polskiego).", nameof(rows));
            if (row.StandardRate <= 0 || row.LombardRate < 0)
                throw new ArgumentException($"Wiersz od {row.From:yyyy-MM-dd}: stawka musi być dodatnia.", nameof(rows));
            if (i > 0 && row.From <= this.rows[i - 1].From)
                throw new ArgumentException(
                    $"Wiersze tabeli stawek muszą iść od najstarszego, bez powtórzeń (wiersz od {row.From:yyyy-MM-dd}).", nameof(rows));
        }
        standardRateDaysBefore = new decimal[this.rows.Length];
        for (var i = 1; i < this.rows.Length; i++)
            standardRateDaysBefore[i] = standardRateDaysBefore[i - 1]
                + this.rows[i - 1].StandardRate * (this.rows[i].From.DayNumber - this.rows[i - 1].From.DayNumber);
    }

    public IReadOnlyList<InterestRateRow> Rows => rows;

    /// <summary>The first day for which a rate is known.</summary>
    public DateOnly Start => rows[0].From;

    /// <summary>True when <paramref name="day"/> is on or after <see cref="Start"/>.</summary>
    public bool Covers(DateOnly day) => day >= Start;

    /// <summary>The annual rate in percent in force on a day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day precedes <see cref="Start"/>.</exception>
    public decimal RateOn(DateOnly day, InterestRateKind kind = InterestRateKind.Standard) => rows[IndexOn(day)].Rate(kind);

    /// <summary>Art. 56 §1: 200% of the lombard rate + 2 pp, not less than 8%. Used to check rows, not to compute interest.</summary>
    public static decimal StatutoryStandardRate(decimal lombardRate) => Math.Max(8m, 2m * lombardRate + 2m);

    internal int IndexOn(DateOnly day)
    {
        if (day < Start)
            throw new ArgumentOutOfRangeException(nameof(day), day,
                $"Stawki odsetek są znane od {Start:dd.MM.yyyy}; brak stawki na {day:dd.MM.yyyy}. Uzupełnij tabelę stawek.");
        int low = 0, high = rows.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (rows[middle].From <= day) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    internal InterestRateRow Row(int index) => rows[index];

    /// <summary>
    /// Σ standard rate × day over every day from <see cref="Start"/> through <paramref name="day"/> (0 for the day
    /// before <see cref="Start"/>). The difference of two of these is the rate-days between them: exact, since
    /// rates and day counts are exact decimals, and O(log n) however many rate changes lie between.
    /// </summary>
    internal decimal StandardRateDaysThrough(DateOnly day)
    {
        if (day.AddDays(1) == Start) return 0;
        var index = IndexOn(day);
        return standardRateDaysBefore[index] + rows[index].StandardRate * (day.DayNumber - rows[index].From.DayNumber + 1);
    }

    internal int Count => rows.Length;

    /// <summary>
    /// The table from DOMAIN.md §3. Each change was announced by an obwieszczenie of the Minister of Finance
    /// in Monitor Polski following an RPP resolution on the lombard rate; the exact M.P. positions have
    /// not been verified here, so every row says so and <see cref="InterestRateRow.SourceConfirmed"/> is false.
    /// Lombard changes between 18.03.2020 and 05.01.2022 are summarised by their first and last rows:
    /// the standard rate stayed at the 8% floor throughout, so interest does not depend on them.
    /// </summary>
    public static InterestRateTable Default { get; } = new(
    [
        Row(2016, 1, 1, 2.50m, 8.00m, "art. 56 §1 OP w brzmieniu od 01.01.2016, ustawa z 10.09.2015 (Dz.U. 2015 poz. 1649): minimum 8%"),
        Row(2020, 3, 18, 1.50m, 8.00m, "obniżka stopy lombardowej do 1,50%; stawka bez zmian – minimum 8%"),
        Row(2022, 1, 5, 2.75m, 8.00m, "podwyżka stopy lombardowej do 2,75%; stawka bez zmian – minimum 8%"),
        Row(2022, 2, 9, 3.25m, 8.50m),
        Row(2022, 3, 9, 4.00m, 10.00m),
        Row(2022, 4, 7, 5.00m, 12.00m),
        Row(2022, 5, 6, 5.75m, 13.50m),
        Row(2022, 6, 9, 6.50m, 15.00m, Unconfirmed + "; data zmiany niepotwierdzona [U]"),
        Row(2022, 7, 8, 7.00m, 16.00m, Unconfirmed + "; data zmiany niepotwierdzona [U]"),
        Row(2022, 9, 8, 7.25m, 16.50m),
        Row(2023, 9, 7, 6.50m, 15.00m, Unconfirmed + "; data zmiany niepotwierdzona [U]"),
        Row(2023, 10, 5, 6.25m, 14.50m),
        Row(2025, 5, 8, 5.75m, 13.50m),
        Row(2025, 7, 3, 5.50m, 13.00m),
        Row(2025, 9, 4, 5.25m, 12.50m),
        Row(2025, 10, 9, 5.00m, 12.00m),
        Row(2025, 11, 6, 4.75m, 11.50m),
        Row(2025, 12, 4, 4.50m, 11.00m),
        Row(2026, 3, 5, 4.25m, 10.50m, Unconfirmed + "; stawka wyliczona z lombardu (art. 56 §1) [Calc]"),
    ]);

    const string Unconfirmed = "obwieszczenie MF, M.P. – pozycja niepotwierdzona (wg DOMAIN.md §3)";

    static InterestRateRow Row(int year, int month, int day, decimal lombard, decimal standard, string source = Unconfirmed) =>
        new(new DateOnly(year, month, day), standard, lombard, source, SourceConfirmed: false);
}
