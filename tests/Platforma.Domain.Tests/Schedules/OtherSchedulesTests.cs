namespace Platforma.Domain.Tests.Schedules;

public class LegalPersonTaxScheduleTests
{
    [Fact]
    public void Real_estate_tax_is_monthly_by_the_15th_and_January_by_the_31st()
    {
        var instalments = LegalPersonTaxSchedule.For(TaxKind.RealEstate, 2026, 1200m);

        Assert.Equal(Enumerable.Range(1, 12), instalments.Select(i => i.Number));
        Assert.All(instalments, i => Assert.Equal(100m, i.Amount));
        Assert.Equal(new DateOnly(2026, 2, 2), instalments[0].DueDate);  // 31.01.2026 is a Saturday
        Assert.Equal(new DateOnly(2026, 2, 16), instalments[1].DueDate); // 15.02.2026 is a Sunday
        Assert.Equal(new DateOnly(2026, 4, 15), instalments[3].DueDate);
    }

    [Fact]
    public void Monthly_instalments_of_a_part_year_start_with_the_first_month() =>
        Assert.Equal([(10, 100.34m), (11, 100.33m), (12, 100.33m)],
            LegalPersonTaxSchedule.For(TaxKind.Forest, 2026, 301m, firstMonth: 10).Select(i => (i.Number, i.Amount)));

    [Fact]
    public void Agricultural_tax_uses_the_four_dates_without_the_100_zl_rule() =>
        Assert.Equal([20m, 20m, 20m, 20m], LegalPersonTaxSchedule.For(TaxKind.Agricultural, 2026, 80m).Select(i => i.Amount));

    [Theory]
    [InlineData(TaxKind.Vehicle)]
    [InlineData(TaxKind.WasteFee)]
    [InlineData(TaxKind.JointObligation)]
    public void Other_kinds_are_refused(TaxKind kind) =>
        Assert.Throws<ArgumentException>(() => LegalPersonTaxSchedule.For(kind, 2026, 100m));

    [Fact]
    public void Instalments_sum_to_the_rounded_tax() =>
        Gen.Select(Gen.Int[0, 50_000_000], Gen.Int[1, 12], Gen.Int[0, 2]).Sample((grosze, first, kind) =>
        {
            var tax = grosze / 100m;
            var taxKind = new[] { TaxKind.RealEstate, TaxKind.Forest, TaxKind.Agricultural }[kind];
            Assert.Equal(TaxRounding.ToWholeZloty(tax), LegalPersonTaxSchedule.For(taxKind, 2027, tax, firstMonth: first).Sum(i => i.Amount));
        });
}

public class VehicleTaxScheduleTests
{
    [Fact]
    public void Two_instalments_by_15_February_and_15_September() =>
        Assert.Equal(
            [new Instalment(1, new DateOnly(2026, 2, 16), 1000.50m), new Instalment(2, new DateOnly(2026, 9, 15), 1000.50m)],
            VehicleTaxSchedule.For(2026, 2001m));

    [Fact]
    public void Obligation_from_2_February_to_31_August_pays_the_first_within_14_days() =>
        Assert.Equal([new DateOnly(2026, 5, 15), new DateOnly(2026, 9, 15)],
            VehicleTaxSchedule.For(2026, 1000m, new DateOnly(2026, 5, 1)).Select(i => i.DueDate));

    [Fact]
    public void Obligation_from_September_is_one_payment_within_14_days() =>
        Assert.Equal([new Instalment(0, new DateOnly(2026, 9, 15), 400m)], VehicleTaxSchedule.For(2026, 400m, new DateOnly(2026, 9, 1)));

    [Fact]
    public void Obligation_on_1_February_keeps_the_usual_dates() =>
        Assert.Equal(new DateOnly(2026, 2, 16), VehicleTaxSchedule.For(2026, 1000m, new DateOnly(2026, 2, 1))[0].DueDate);

    [Fact]
    public void Obligation_of_another_year_is_refused() =>
        Assert.Throws<ArgumentException>(() => VehicleTaxSchedule.For(2026, 1000m, new DateOnly(2025, 12, 1)));

    [Fact]
    public void Instalments_sum_to_the_rounded_tax() =>
        Gen.Select(Gen.Int[0, 50_000_000], Gen.Int[0, 364]).Sample((grosze, day) =>
        {
            var tax = grosze / 100m;
            Assert.Equal(TaxRounding.ToWholeZloty(tax),
                VehicleTaxSchedule.For(2026, tax, new DateOnly(2026, 1, 1).AddDays(day)).Sum(i => i.Amount));
        });
}

public class WasteFeeScheduleTests
{
    [Fact]
    public void Monthly_by_the_15th_is_twelve_instalments_moved_off_weekends()
    {
        var instalments = WasteFeeSchedule.Parse("monthly:15").Instalments(2026, 378m);

        Assert.Equal(12, instalments.Count);
        Assert.All(instalments, i => Assert.Equal(31.50m, i.Amount));
        Assert.Equal(new DateOnly(2026, 2, 16), instalments[1].DueDate);
        Assert.Equal(new DateOnly(2026, 3, 16), instalments[2].DueDate);
    }

    [Fact]
    public void Monthly_on_the_31st_means_the_last_day_of_shorter_months() =>
        Assert.Equal(new DateOnly(2027, 3, 1), WasteFeeSchedule.Parse("monthly:31").Instalments(2027, 120m)[1].DueDate); // 28.02.2027 is a Sunday

    [Fact]
    public void Quarterly_on_given_days() =>
        Assert.Equal(
            [new Instalment(1, new DateOnly(2026, 3, 16), 94.50m), new Instalment(2, new DateOnly(2026, 6, 15), 94.50m),
             new Instalment(3, new DateOnly(2026, 9, 15), 94.50m), new Instalment(4, new DateOnly(2026, 12, 15), 94.50m)],
            WasteFeeSchedule.Parse("quarterly:15.03,15.06,15.09,15.12").Instalments(2026, 378m));

    [Fact]
    public void Yearly_is_a_single_payment() =>
        Assert.Equal([new Instalment(0, new DateOnly(2026, 3, 16), 189.99m)], WasteFeeSchedule.Parse("yearly:15.03").Instalments(2026, 189.99m));

    [Fact]
    public void The_fee_is_not_rounded_to_zloty_and_leftover_grosze_go_first() =>
        Assert.Equal([100.34m, 100.33m, 100.33m, 100.33m, 100.33m, 100.33m, 100.33m, 100.33m, 100.33m, 100.33m, 100.33m, 100.33m],
            WasteFeeSchedule.Parse("monthly:15").Instalments(2026, 1203.97m).Select(i => i.Amount));

    [Theory]
    [InlineData("monthly:15")]
    [InlineData("quarterly:15.03,15.05,15.09,15.11")]
    [InlineData("yearly:15.03")]
    public void Description_round_trips(string description) =>
        Assert.Equal(description, WasteFeeSchedule.Parse(description).ToString());

    [Theory]
    [InlineData("monthly:0")]
    [InlineData("monthly:32")]
    [InlineData("monthly:15,16")]
    [InlineData("weekly:1")]
    [InlineData("quarterly:15.03,15.05,15.09")]
    [InlineData("quarterly:15.05,15.03,15.09,15.11")]
    [InlineData("yearly:29.02")]
    [InlineData("yearly:31.04")]
    [InlineData("yearly:15-03")]
    [InlineData("15.03")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused_with_a_reason(string? description)
    {
        Assert.False(WasteFeeSchedule.TryParse(description, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Equal(error, Assert.Throws<FormatException>(() => WasteFeeSchedule.Parse(description)).Message);
    }

    [Fact]
    public void Fraction_of_a_grosz_is_refused() =>
        Assert.Throws<ArgumentException>(() => WasteFeeSchedule.Parse("monthly:15").Instalments(2026, 100.005m));

    [Fact]
    public void Instalments_sum_to_the_annual_amount() =>
        Gen.Select(Gen.Int[0, 10_000_000], Gen.Int[0, 2], Gen.Int[1, 31]).Sample((grosze, kind, day) =>
        {
            var schedule = WasteFeeSchedule.Parse(kind switch
            {
                0 => $"monthly:{day}",
                1 => "quarterly:15.03,15.05,15.09,15.11",
                _ => "yearly:15.03",
            });
            Assert.Equal(grosze / 100m, schedule.Instalments(2026, grosze / 100m).Sum(i => i.Amount));
        });
}
