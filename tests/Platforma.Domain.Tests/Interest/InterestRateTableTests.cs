namespace Platforma.Domain.Tests.Interest;

public class InterestRateTableTests
{
    [Theory] // DOMAIN.md §3
    [InlineData("2016-01-01", "8.00")]
    [InlineData("2021-06-01", "8.00")]
    [InlineData("2022-02-09", "8.50")]
    [InlineData("2022-09-07", "16.00")]
    [InlineData("2022-09-08", "16.50")]
    [InlineData("2024-06-01", "14.50")]
    [InlineData("2025-10-08", "12.50")]
    [InlineData("2025-10-09", "12.00")]
    [InlineData("2026-03-05", "10.50")]
    [InlineData("2030-01-01", "10.50")]
    public void Default_table_gives_the_rate_in_force_on_a_day(string day, string rate) =>
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), InterestRateTable.Default.RateOn(DateOnly.Parse(day)));

    [Fact]
    public void Every_default_row_follows_art_56_from_its_lombard_rate() =>
        Assert.All(InterestRateTable.Default.Rows, row =>
            Assert.Equal(InterestRateTable.StatutoryStandardRate(row.LombardRate), row.StandardRate));

    [Fact]
    public void Every_default_row_names_its_source_and_none_claims_a_confirmed_reference() =>
        Assert.All(InterestRateTable.Default.Rows, row =>
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Source));
            Assert.False(row.SourceConfirmed);
        });

    [Fact]
    public void Reduced_and_increased_rates_derive_from_the_standard_rate()
    {
        var row = new InterestRateRow(new DateOnly(2025, 9, 4), 12.5m, 5.25m, "test");
        Assert.Equal((6.25m, 18.75m), (row.ReducedRate, row.IncreasedRate));
    }

    [Fact]
    public void An_operator_table_is_loaded_from_rows()
    {
        var table = new InterestRateTable([new(new DateOnly(2020, 1, 1), 8m, 1m, "a"), new(new DateOnly(2026, 7, 1), 9.5m, 3.75m, "b")]);
        Assert.Equal(9.5m, table.RateOn(new DateOnly(2026, 7, 1)));
        Assert.Equal(new DateOnly(2020, 1, 1), table.Start);
    }

    [Fact]
    public void Rows_out_of_order_are_refused() =>
        Assert.Throws<ArgumentException>(() => new InterestRateTable(
            [new(new DateOnly(2026, 1, 1), 8m, 1m, "a"), new(new DateOnly(2025, 1, 1), 8m, 1m, "b")]));

    [Fact]
    public void A_row_without_its_source_is_refused() =>
        Assert.Throws<ArgumentException>(() => new InterestRateTable([new(new DateOnly(2026, 1, 1), 8m, 1m, " ")]));

    [Fact]
    public void Empty_table_is_refused() => Assert.Throws<ArgumentException>(() => new InterestRateTable([]));

    [Fact]
    public void A_day_before_the_table_has_no_rate() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InterestRateTable.Default.RateOn(new DateOnly(2015, 12, 31)));
}
