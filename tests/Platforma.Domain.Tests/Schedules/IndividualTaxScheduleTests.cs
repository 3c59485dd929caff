namespace Platforma.Domain.Tests.Schedules;

public class IndividualTaxScheduleTests
{
    static Instalment I(int number, string due, string amount) =>
        new(number, DateOnly.Parse(due), decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Whole_year_tax_is_four_equal_instalments_on_the_tax_dates_moved_off_weekends() =>
        Assert.Equal(
            [I(1, "2025-03-17", "308.50"), I(2, "2025-05-15", "308.50"), I(3, "2025-09-15", "308.50"), I(4, "2025-11-17", "308.50")],
            IndividualTaxSchedule.For(2025, 1234m));

    [Theory]
    [InlineData("100.49", "100")]
    [InlineData("100", "100")]
    [InlineData("37.20", "37")]
    public void Tax_up_to_100_zl_after_rounding_is_paid_at_once_by_the_first_date(string tax, string single) =>
        Assert.Equal([I(0, "2025-03-17", single)], IndividualTaxSchedule.For(2025, decimal.Parse(tax, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Tax_of_100_zl_50_gr_rounds_to_101_and_is_paid_in_instalments() =>
        Assert.Equal([25.25m, 25.25m, 25.25m, 25.25m], IndividualTaxSchedule.For(2025, 100.50m).Select(i => i.Amount));

    [Fact]
    public void Obligation_from_July_has_instalments_III_and_IV_only() =>
        Assert.Equal(
            [I(3, "2026-09-15", "300.00"), I(4, "2026-11-16", "300.00")],
            IndividualTaxSchedule.For(2026, 600m, firstMonth: 7));

    [Fact]
    public void Part_year_instalments_follow_the_months_in_each_quarter() =>
        Assert.Equal([(2, 200m), (3, 300m), (4, 300m)],
            IndividualTaxSchedule.For(2026, 800m, firstMonth: 5).Select(i => (i.Number, i.Amount)));

    [Fact]
    public void Obligation_ending_in_the_year_has_no_later_instalments() =>
        Assert.Equal([(1, 300m), (2, 100m)],
            IndividualTaxSchedule.For(2026, 400m, firstMonth: 1, lastMonth: 4).Select(i => (i.Number, i.Amount)));

    [Theory]
    [InlineData(RemainderPlacement.FirstInstalment, "142.86", "428.57")]
    [InlineData(RemainderPlacement.LastInstalment, "142.85", "428.58")]
    public void Leftover_grosze_of_a_part_year_go_where_the_gmina_says(RemainderPlacement placement, string first, string last)
    {
        var instalments = IndividualTaxSchedule.For(2026, 1000m, firstMonth: 6, remainder: placement);
        Assert.Equal(decimal.Parse(first, System.Globalization.CultureInfo.InvariantCulture), instalments[0].Amount);
        Assert.Equal(decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture), instalments[^1].Amount);
        Assert.Equal(1000m, instalments.Sum(i => i.Amount));
    }

    [Fact]
    public void Decision_delivered_less_than_14_days_before_a_date_moves_it_to_14_days_after_delivery() =>
        Assert.Equal(
            [I(1, "2026-03-24", "250.00"), I(2, "2026-05-15", "250.00"), I(3, "2026-09-15", "250.00"), I(4, "2026-11-16", "250.00")],
            IndividualTaxSchedule.For(2026, 1000m, deliveredOn: new DateOnly(2026, 3, 10)));

    [Fact]
    public void Late_delivery_can_move_several_instalments_to_the_same_day() =>
        Assert.Equal(
            ["2026-06-15", "2026-06-15", "2026-09-15", "2026-11-16"],
            IndividualTaxSchedule.For(2026, 1000m, deliveredOn: new DateOnly(2026, 6, 1)).Select(i => i.DueDate.ToString("yyyy-MM-dd")));

    [Fact]
    public void Delivery_exactly_14_days_before_keeps_the_statutory_date() =>
        Assert.Equal(new DateOnly(2026, 5, 15), IndividualTaxSchedule.For(2026, 1000m, deliveredOn: new DateOnly(2026, 5, 1))[1].DueDate);

    [Fact]
    public void Single_payment_follows_the_delivery_rule_too() =>
        Assert.Equal([I(0, "2026-04-14", "80")], IndividualTaxSchedule.For(2026, 80m, deliveredOn: new DateOnly(2026, 3, 31)));

    [Fact]
    public void Zero_tax_has_no_instalments() => Assert.Empty(IndividualTaxSchedule.For(2026, 0m));

    [Fact]
    public void Negative_tax_is_a_clear_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IndividualTaxSchedule.For(2026, -5m));

    [Fact]
    public void Instalments_sum_to_the_rounded_tax() =>
        Gen.Select(Gen.Int[0, 5_000_000], Gen.Int[1, 12], Gen.Int[0, 11], Gen.Bool).Sample((grosze, first, span, last) =>
        {
            var lastMonth = Math.Min(12, first + span);
            var tax = grosze / 100m;
            var instalments = IndividualTaxSchedule.For(2026, tax, firstMonth: first, lastMonth: lastMonth,
                remainder: last ? RemainderPlacement.LastInstalment : RemainderPlacement.FirstInstalment);
            Assert.Equal(TaxRounding.ToWholeZloty(tax), instalments.Sum(i => i.Amount));
            Assert.All(instalments, i => Assert.True(i.Amount > 0 && PolishCalendar.IsWorkingDay(i.DueDate)));
        });
}
