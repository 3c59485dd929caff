namespace Platforma.Domain.Tests.Interest;

public class InterestCalculatorTests
{
    static readonly InterestCalculator Calculator = new(InterestRateTable.Default);
    static readonly DateOnly Due = new(2025, 9, 15);
    static readonly DateOnly Paid = new(2025, 11, 20);

    [Fact] // DOMAIN.md §3
    public void Interest_on_1000_zl_from_15_September_to_20_November_2025_is_22_zl()
    {
        var result = Calculator.Compute(1000m, Due, Paid);

        Assert.Equal(
            [(23, 12.5m), (28, 12m), (15, 11.5m)],
            result.Periods.Select(p => (p.Days, p.AnnualRatePercent)));
        Assert.Equal(21.81m, Math.Round(result.Unrounded, 2));
        Assert.Equal(22m, result.Rounded);
        Assert.Equal(22m, result.Amount);
        Assert.Equal(66, result.Days);
    }

    [Fact] // DOMAIN.md §3
    public void Interest_is_not_charged_under_threshold()
    {
        var result = Calculator.Compute(100m, Due, Paid);

        Assert.Equal(2.18m, Math.Round(result.Unrounded, 2));
        Assert.Equal(0m, result.Amount);
        Assert.True(result.WaivedUnderThreshold);
    }

    [Fact]
    public void Threshold_is_configuration() =>
        Assert.Equal(2m, new InterestCalculator(InterestRateTable.Default, threshold: 0m).Compute(100m, Due, Paid).Amount);

    [Theory] // a flat 10% for 365 days: interest = 10% of the arrear
    [InlineData("84.90", "0")]  // 8,49 → 8 zł, not over 8,70 zł
    [InlineData("85.00", "9")]  // 8,50 → 9 zł, over 8,70 zł
    [InlineData("86.00", "9")]  // 8,60 is under 8,70 but the interest, rounded, is 9 zł
    public void Threshold_compares_the_interest_rounded_to_whole_zloty(string arrear, string charged)
    {
        var flat = new InterestCalculator(new InterestRateTable([new(new DateOnly(2020, 1, 1), 10m, 4m, "test")]));
        var result = flat.Compute(decimal.Parse(arrear, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2021, 1, 1), new DateOnly(2022, 1, 1));
        Assert.Equal(decimal.Parse(charged), result.Amount);
    }

    [Theory]
    [InlineData("2025-09-15", "2025-09-15", 0)]
    [InlineData("2025-09-15", "2025-09-10", 0)]
    [InlineData("2025-09-15", "2025-09-16", 1)]
    [InlineData("2025-12-31", "2026-01-01", 1)]
    public void Days_run_from_the_day_after_the_due_date_through_the_payment_date(string due, string paid, int days) =>
        Assert.Equal(days, Calculator.Compute(1000m, DateOnly.Parse(due), DateOnly.Parse(paid)).Days);

    [Fact]
    public void A_leap_year_still_divides_by_365()
    {
        var result = Calculator.Compute(36500m, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)); // 365 days at 14.5%
        Assert.Equal(365 * 14.5m, result.Unrounded);
    }

    [Theory]
    [InlineData(InterestRateKind.Reduced, "10.90")]
    [InlineData(InterestRateKind.Increased, "32.71")]
    public void Reduced_is_half_and_increased_one_and_a_half_of_the_standard_rate(InterestRateKind kind, string expected)
    {
        var result = Calculator.Compute(1000m, Due, Paid, kind);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Math.Round(result.Unrounded, 2));
        Assert.Equal([6.25m, 6m, 5.75m], result.Periods.Select(p => p.AnnualRatePercent / (kind == InterestRateKind.Reduced ? 1m : 3m)));
    }

    [Fact]
    public void Days_before_the_rate_table_starts_are_a_clear_error()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Compute(1000m, new DateOnly(2015, 12, 15), new DateOnly(2016, 2, 1)));
        Assert.Contains("01.01.2016", error.Message);
    }

    [Fact]
    public void Negative_arrear_is_a_clear_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.Compute(-1m, Due, Paid));

    [Fact]
    public void Breakdown_sums_to_the_total() =>
        Gen.Select(Gen.Int[1, 10_000_000], Gen.Int[new DateOnly(2016, 1, 1).DayNumber, new DateOnly(2026, 6, 1).DayNumber], Gen.Int[0, 3000])
            .Sample((grosze, dueDay, days) =>
            {
                var result = Calculator.Compute(grosze / 100m, DateOnly.FromDayNumber(dueDay), DateOnly.FromDayNumber(dueDay + days));
                Assert.Equal(days, result.Days);
                Assert.Equal(result.Unrounded, result.Periods.Sum(p => p.Interest), 20);
            });

    [Fact]
    public void Interest_is_monotone_in_days() =>
        Gen.Select(Gen.Int[1, 10_000_000], Gen.Int[new DateOnly(2016, 1, 1).DayNumber, new DateOnly(2026, 6, 1).DayNumber], Gen.Int[0, 3000], Gen.Int[0, 400])
            .Sample((grosze, dueDay, days, more) =>
            {
                var due = DateOnly.FromDayNumber(dueDay);
                var shorter = Calculator.Compute(grosze / 100m, due, due.AddDays(days));
                var longer = Calculator.Compute(grosze / 100m, due, due.AddDays(days + more));
                Assert.True(shorter.Unrounded <= longer.Unrounded);
                Assert.True(shorter.Amount <= longer.Amount);
            });

    [Fact]
    public void Interest_is_monotone_in_amount() =>
        Gen.Select(Gen.Int[0, 10_000_000], Gen.Int[0, 1_000_000], Gen.Int[new DateOnly(2016, 1, 1).DayNumber, new DateOnly(2026, 6, 1).DayNumber], Gen.Int[0, 3000])
            .Sample((grosze, more, dueDay, days) =>
            {
                var due = DateOnly.FromDayNumber(dueDay);
                var smaller = Calculator.Compute(grosze / 100m, due, due.AddDays(days));
                var larger = Calculator.Compute((grosze + more) / 100m, due, due.AddDays(days));
                Assert.True(smaller.Unrounded <= larger.Unrounded);
                Assert.True(smaller.Amount <= larger.Amount);
            });
}
