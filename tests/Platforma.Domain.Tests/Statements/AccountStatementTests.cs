namespace Platforma.Domain.Tests.Statements;

public class AccountStatementTests
{
    static readonly InterestCalculator Calculator = new(InterestRateTable.Default);

    static DateOnly D(string iso) => DateOnly.Parse(iso);

    static AccountStatement Statement(LiabilityLine[] liabilities, PaymentLine[] payments, string asOf) =>
        AccountStatement.Compute(liabilities, payments, D(asOf), Calculator);

    // DOMAIN.md §3–4: 1 000 zł due 15.09.2025, paid in part on 20.11.2025. The instalment is numbered II as in
    // the explanation example; the numbers are those of the worked example.
    static readonly LiabilityLine Arrear = new("PN-2025-2", TaxKind.RealEstate, 2025, 2, D("2025-09-15"), 1000m);

    [Fact]
    public void Partial_payment_is_split_in_proportion_between_principal_and_interest()
    {
        var statement = Statement([Arrear], [new("W1", D("2025-11-20"), 500m)], "2025-11-20");

        var allocation = Assert.Single(statement.Allocations);
        Assert.Equal(
            [new AllocationPart("PN-2025-2", AllocationTarget.Principal, 489.24m), new AllocationPart("PN-2025-2", AllocationTarget.Interest, 10.76m)],
            allocation.Parts);
        Assert.Equal(0m, allocation.Overpayment);
    }

    [Fact]
    public void Allocation_is_explained_in_Polish()
    {
        var statement = Statement([Arrear], [new("W1", D("2025-11-20"), 500m)], "2025-11-20");

        Assert.Equal(
            "500,00\u00A0zł: 489,24\u00A0zł na ratę II podatku od nieruchomości 2025, 10,76\u00A0zł na odsetki",
            statement.Allocations[0].Explanation);
    }

    [Fact]
    public void After_a_partial_payment_the_rest_of_the_interest_and_principal_stay_owed()
    {
        var line = Statement([Arrear], [new("W1", D("2025-11-20"), 500m)], "2025-11-20").Lines[0];

        Assert.Equal(
            (LiabilityStatus.Overdue, 489.24m, 510.76m, 10.76m, 11.24m, 522.00m),
            (line.Status, line.PrincipalPaid, line.PrincipalOutstanding, line.InterestPaid, line.InterestDue, line.ToPayNow));
    }

    [Fact]
    public void Interest_after_a_partial_payment_runs_on_the_remaining_principal_only()
    {
        // 510,76 zł from 21.11 to 31.12.2025: 13 days at 11,5% + 28 days at 11% = 6,40 → 6 zł, under 8,70 zł: waived.
        var statement = Statement([Arrear], [new("W1", D("2025-11-20"), 500m), new("W2", D("2025-12-31"), 522m)], "2026-01-15");

        Assert.Equal(LiabilityStatus.Paid, statement.Lines[0].Status);
        Assert.Equal(0m, statement.Allocations[1].Overpayment);
        Assert.Equal(22m, statement.Lines[0].InterestPaid);
    }

    [Fact]
    public void Statement_shows_interest_to_the_as_of_date()
    {
        var statement = Statement([Arrear], [], "2025-11-20");

        Assert.Equal((LiabilityStatus.Overdue, 22m, 1022m), (statement.Lines[0].Status, statement.InterestDue, statement.TotalToPayToday));
    }

    [Fact]
    public void Payment_covering_principal_and_interest_pays_the_liability()
    {
        var statement = Statement([Arrear], [new("W1", D("2025-11-20"), 1022m)], "2025-12-01");

        Assert.Equal(LiabilityStatus.Paid, statement.Lines[0].Status);
        Assert.Equal("1\u00A0022,00\u00A0zł: 1\u00A0000,00\u00A0zł na ratę II podatku od nieruchomości 2025, 22,00\u00A0zł na odsetki",
            statement.Allocations[0].Explanation);
    }

    [Fact]
    public void Interest_under_the_threshold_is_not_charged_when_paying()
    {
        var small = Arrear with { Amount = 100m };
        var statement = Statement([small], [new("W1", D("2025-11-20"), 100m)], "2025-12-01");

        Assert.Equal((LiabilityStatus.Paid, 0m, 0m), (statement.Lines[0].Status, statement.Lines[0].InterestPaid, statement.Overpayment));
    }

    [Fact]
    public void Oldest_due_date_is_paid_first()
    {
        LiabilityLine[] liabilities =
        [
            new("II", TaxKind.RealEstate, 2026, 2, D("2026-05-15"), 300m),
            new("I", TaxKind.RealEstate, 2026, 1, D("2026-03-15"), 300m),
        ];
        var statement = Statement(liabilities, [new("W1", D("2026-03-16"), 400m)], "2026-03-16");

        Assert.Equal([("I", 300m), ("II", 100m)], statement.Allocations[0].Parts.Select(p => (p.LiabilityId, p.Amount)));
        Assert.Equal(["I", "II"], statement.Lines.Select(l => l.Liability.Id));
    }

    [Fact]
    public void A_named_liability_is_paid_first_even_if_another_is_older()
    {
        LiabilityLine[] liabilities =
        [
            new("I", TaxKind.RealEstate, 2026, 1, D("2026-03-15"), 300m),
            new("OD-3", TaxKind.WasteFee, 2026, 3, D("2026-03-31"), 31.50m),
        ];
        var statement = Statement(liabilities, [new("W1", D("2026-04-10"), 50m, LiabilityId: "OD-3")], "2026-04-10");

        Assert.Equal([("OD-3", 31.50m), ("I", 18.50m)], statement.Allocations[0].Parts.Select(p => (p.LiabilityId, p.Amount)));
        Assert.Equal(
            "50,00\u00A0zł: 31,50\u00A0zł na ratę III opłaty za gospodarowanie odpadami komunalnymi 2026, 18,50\u00A0zł na ratę I podatku od nieruchomości 2026",
            statement.Allocations[0].Explanation);
    }

    [Fact]
    public void A_name_matching_no_liability_is_ignored() =>
        Assert.Equal("I", Statement([new("I", TaxKind.RealEstate, 2026, 1, D("2026-03-15"), 300m)],
            [new("W1", D("2026-03-01"), 50m, LiabilityId: "nope")], "2026-03-01").Allocations[0].Parts[0].LiabilityId);

    [Fact]
    public void Reminder_costs_are_paid_before_principal()
    {
        var reminded = new LiabilityLine("I", TaxKind.Agricultural, 2025, 1, D("2025-03-17"), 300m, Costs: 16m);
        var statement = Statement([reminded], [new("W1", D("2025-03-17"), 100m)], "2025-03-17");

        Assert.Equal(
            "100,00\u00A0zł: 16,00\u00A0zł na koszty upomnienia, 84,00\u00A0zł na ratę I podatku rolnego 2025",
            statement.Allocations[0].Explanation);
        Assert.Equal((16m, 0m, 216m), (statement.Lines[0].CostsPaid, statement.CostsDue, statement.OutstandingPrincipal));
    }

    [Fact]
    public void Costs_alone_name_their_liability() =>
        Assert.Equal("10,00\u00A0zł: 10,00\u00A0zł na koszty upomnienia (rata I podatku rolnego 2025)",
            Statement([new("I", TaxKind.Agricultural, 2025, 1, D("2025-03-17"), 300m, Costs: 16m)],
                [new("W1", D("2025-03-17"), 10m)], "2025-03-17").Allocations[0].Explanation);

    [Fact]
    public void Single_payment_reads_as_such() =>
        Assert.Equal("80,00\u00A0zł: 80,00\u00A0zł na podatek od nieruchomości 2025 (płatność jednorazowa)",
            Statement([new("J", TaxKind.RealEstate, 2025, 0, D("2025-03-15"), 80m)], [new("W1", D("2025-03-10"), 80m)], "2025-03-10")
                .Allocations[0].Explanation);

    [Fact]
    public void Overpayment_is_kept_and_shown()
    {
        var statement = Statement([new("I", TaxKind.RealEstate, 2026, 1, D("2026-03-15"), 300m)], [new("W1", D("2026-03-10"), 400m)], "2026-03-20");

        Assert.Equal(100m, statement.Overpayment);
        Assert.Equal("400,00\u00A0zł: 300,00\u00A0zł na ratę I podatku od nieruchomości 2026, 100,00\u00A0zł jako nadpłata",
            statement.Allocations[0].Explanation);
        Assert.Equal(0m, statement.TotalToPayToday);
    }

    [Fact]
    public void Payment_with_no_liability_to_take_it_is_all_overpayment()
    {
        var statement = Statement([], [new("W1", D("2026-03-10"), 200m)], "2026-03-20");

        Assert.Equal("200,00\u00A0zł: 200,00\u00A0zł jako nadpłata", statement.Allocations[0].Explanation);
        Assert.Equal(200m, statement.Overpayment);
    }

    [Fact]
    public void Unnamed_payment_does_not_pay_a_later_years_tax()
    {
        var next = new LiabilityLine("2027-I", TaxKind.RealEstate, 2027, 1, D("2027-03-15"), 300m);
        var statement = Statement([next], [new("W1", D("2026-12-20"), 300m)], "2027-01-10");

        Assert.Equal((300m, 300m), (statement.Overpayment, statement.OutstandingPrincipal));
    }

    [Fact]
    public void Payment_ahead_of_the_due_date_leaves_the_rest_not_yet_due()
    {
        var statement = Statement([new("I", TaxKind.RealEstate, 2026, 1, D("2026-03-15"), 300m)], [new("W1", D("2026-02-01"), 100m)], "2026-02-10");

        Assert.Equal(LiabilityStatus.PartlyPaid, statement.Lines[0].Status);
        Assert.Equal(new DueAmount(D("2026-03-16"), 200m), statement.NextDue);
        Assert.Equal(0m, statement.TotalToPayToday);
    }

    [Fact]
    public void Next_due_adds_up_every_liability_due_that_day()
    {
        LiabilityLine[] liabilities =
        [
            new("PN-I", TaxKind.RealEstate, 2026, 1, D("2026-03-15"), 300m),
            new("OD-3", TaxKind.WasteFee, 2026, 3, D("2026-03-16"), 31.50m),
            new("PN-II", TaxKind.RealEstate, 2026, 2, D("2026-05-15"), 300m),
        ];
        var statement = Statement(liabilities, [], "2026-03-01");

        Assert.Equal(new DueAmount(D("2026-03-16"), 331.50m), statement.NextDue);
        Assert.All(statement.Lines, l => Assert.Equal(LiabilityStatus.NotYetDue, l.Status));
    }

    [Fact]
    public void Due_date_on_a_weekend_is_met_by_paying_on_the_next_working_day()
    {
        var statement = Statement([new("I", TaxKind.RealEstate, 2025, 1, D("2025-03-15"), 1000m)], [new("W1", D("2025-03-17"), 1000m)], "2025-06-01");

        Assert.Equal((LiabilityStatus.Paid, D("2025-03-17"), 0m), (statement.Lines[0].Status, statement.Lines[0].EffectiveDueDate, statement.InterestDue));
    }

    [Fact]
    public void Due_today_is_payable_today_but_not_overdue()
    {
        var statement = Statement([new("I", TaxKind.RealEstate, 2026, 1, D("2026-03-16"), 300m)], [], "2026-03-16");

        Assert.Equal((LiabilityStatus.NotYetDue, 300m, (DueAmount?)null), (statement.Lines[0].Status, statement.TotalToPayToday, statement.NextDue));
    }

    [Fact]
    public void Payments_after_the_as_of_date_are_not_booked() =>
        Assert.Empty(Statement([Arrear], [new("W1", D("2025-11-21"), 500m)], "2025-11-20").Allocations);

    [Fact]
    public void Bad_input_is_refused_with_every_reason_before_any_arithmetic()
    {
        LiabilityLine[] liabilities =
        [
            new("A", TaxKind.RealEstate, 2025, 1, D("2025-03-15"), -1m),
            new("A", TaxKind.RealEstate, 2025, 2, D("2025-05-15"), 1m),
            new("B", TaxKind.RealEstate, 2015, 1, D("2015-03-15"), 100m),
        ];
        PaymentLine[] payments = [new("W", D("2025-01-01"), 0m), new("V", D("2025-01-01"), 1.005m)];

        var problems = AccountStatement.Check(liabilities, payments, Calculator);
        Assert.Equal(5, problems.Count);
        var error = Assert.Throws<ArgumentException>(() => AccountStatement.Compute(liabilities, payments, D("2026-01-01"), Calculator));
        Assert.All(problems, p => Assert.Contains(p, error.Message));
    }

    [Fact]
    public void A_liability_of_zero_is_paid() =>
        Assert.Equal(LiabilityStatus.Paid, Statement([new("Z", TaxKind.Forest, 2025, 1, D("2025-03-15"), 0m)], [], "2025-06-01").Lines[0].Status);
}
