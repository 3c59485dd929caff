namespace Platforma.Domain.Tests.Statements;

public class AccountStatementProperties
{
    static readonly InterestCalculator Calculator = new(InterestRateTable.Default);
    static readonly int First = new DateOnly(2016, 1, 1).DayNumber;
    static readonly int Last = new DateOnly(2027, 12, 31).DayNumber;

    static readonly Gen<LiabilityLine[]> Liabilities =
        Gen.Select(Gen.Enum<TaxKind>(), Gen.Int[0, 4], Gen.Int[First, Last], Gen.Int[0, 500_000], Gen.Int[0, 3])
            .Array[0, 15]
            .Select(items => items.Select((x, i) =>
            {
                var due = DateOnly.FromDayNumber(x.Item3);
                return new LiabilityLine($"L{i}", x.Item1, due.Year, x.Item2, due, x.Item4 / 100m, x.Item5 == 0 ? 16m : 0m);
            }).ToArray());

    static readonly Gen<PaymentLine[]> Payments =
        Gen.Select(Gen.Int[First, Last], Gen.Int[1, 600_000], Gen.Int[-5, 20])
            .Array[0, 20]
            .Select(items => items.Select((x, i) =>
                new PaymentLine($"W{i}", DateOnly.FromDayNumber(x.Item1), x.Item2 / 100m, x.Item3 < 0 ? null : $"L{x.Item3}")).ToArray());

    static readonly Gen<(LiabilityLine[], PaymentLine[], DateOnly)> Accounts =
        Gen.Select(Liabilities, Payments, Gen.Int[First, Last + 400].Select(DateOnly.FromDayNumber));

    [Fact]
    public void Allocation_never_creates_or_loses_a_grosz() =>
        Accounts.Sample((liabilities, payments, asOf) =>
        {
            var statement = AccountStatement.Compute(liabilities, payments, asOf, Calculator);
            foreach (var allocation in statement.Allocations)
            {
                Assert.Equal(allocation.Payment.Amount, allocation.Parts.Sum(p => p.Amount) + allocation.Overpayment);
                Assert.All(allocation.Parts, p => Assert.True(p.Amount > 0 && p.Amount == Math.Round(p.Amount, 2)));
                Assert.True(allocation.Overpayment >= 0);
            }
            var received = payments.Where(p => p.Date <= asOf).Sum(p => p.Amount);
            var booked = statement.Lines.Sum(l => l.PrincipalPaid + l.InterestPaid + l.CostsPaid) + statement.Overpayment;
            Assert.Equal(received, booked);
        });

    [Fact]
    public void Paid_and_outstanding_principal_and_costs_add_up_to_the_liability() =>
        Accounts.Sample((liabilities, payments, asOf) =>
        {
            var statement = AccountStatement.Compute(liabilities, payments, asOf, Calculator);
            Assert.Equal(liabilities.Length, statement.Lines.Count);
            Assert.All(statement.Lines, l =>
            {
                Assert.Equal(l.Liability.Amount, l.PrincipalPaid + l.PrincipalOutstanding);
                Assert.Equal(l.Liability.Costs, l.CostsPaid + l.CostsOutstanding);
                Assert.True(l.PrincipalOutstanding >= 0 && l.InterestDue >= 0 && l.InterestPaid >= 0 && l.CostsOutstanding >= 0);
            });
        });

    [Fact]
    public void Statement_totals_equal_the_sum_of_its_lines() =>
        Accounts.Sample((liabilities, payments, asOf) =>
        {
            var s = AccountStatement.Compute(liabilities, payments, asOf, Calculator);
            Assert.Equal(s.Lines.Sum(l => l.PrincipalOutstanding), s.OutstandingPrincipal);
            Assert.Equal(s.Lines.Sum(l => l.InterestDue), s.InterestDue);
            Assert.Equal(s.Lines.Sum(l => l.CostsOutstanding), s.CostsDue);
            Assert.Equal(s.Lines.Sum(l => l.ToPayNow), s.TotalToPayToday);
            Assert.Equal(s.Allocations.Sum(a => a.Overpayment), s.Overpayment);
        });

    [Fact]
    public void Status_agrees_with_the_amounts() =>
        Accounts.Sample((liabilities, payments, asOf) =>
        {
            var s = AccountStatement.Compute(liabilities, payments, asOf, Calculator);
            Assert.All(s.Lines, l =>
            {
                var owed = l.PrincipalOutstanding + l.InterestDue + l.CostsOutstanding;
                var expected = owed == 0 ? LiabilityStatus.Paid
                    : l.EffectiveDueDate < asOf ? LiabilityStatus.Overdue
                    : l.PrincipalPaid + l.InterestPaid + l.CostsPaid > 0 ? LiabilityStatus.PartlyPaid
                    : LiabilityStatus.NotYetDue;
                Assert.Equal(expected, l.Status);
                Assert.True(PolishCalendar.IsWorkingDay(l.EffectiveDueDate));
            });
        });

    [Fact]
    public void Interest_due_on_an_unpaid_liability_is_what_the_calculator_charges() =>
        Gen.Select(Gen.Int[First, Last], Gen.Int[1, 10_000_000], Gen.Int[0, 4000]).Sample((dueDay, grosze, days) =>
        {
            var liability = new LiabilityLine("L", TaxKind.RealEstate, 2020, 1, DateOnly.FromDayNumber(dueDay), grosze / 100m);
            var asOf = DateOnly.FromDayNumber(dueDay + days);
            var line = AccountStatement.Compute([liability], [], asOf, Calculator).Lines[0];
            Assert.Equal(Calculator.Compute(liability.Amount, line.EffectiveDueDate, asOf).Amount, line.InterestDue);
        });

    [Fact]
    public void Waiting_longer_never_lowers_the_interest_due() =>
        Gen.Select(Accounts, Gen.Int[0, 400]).Sample((account, more) =>
        {
            var (liabilities, payments, asOf) = account;
            var before = payments.Where(p => p.Date <= asOf).ToArray();
            var now = AccountStatement.Compute(liabilities, before, asOf, Calculator);
            var later = AccountStatement.Compute(liabilities, before, asOf.AddDays(more), Calculator);
            Assert.True(now.InterestDue <= later.InterestDue);
        });
}
