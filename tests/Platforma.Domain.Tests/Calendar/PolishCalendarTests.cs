namespace Platforma.Domain.Tests.Calendar;

public class PolishCalendarTests
{
    [Theory] // DOMAIN.md §1
    [InlineData("2025-03-15", "2025-03-17")]
    [InlineData("2025-11-15", "2025-11-17")]
    [InlineData("2026-01-31", "2026-02-02")]
    [InlineData("2026-02-15", "2026-02-16")]
    [InlineData("2026-03-15", "2026-03-16")]
    [InlineData("2027-05-15", "2027-05-17")]
    public void Due_date_on_a_weekend_moves_to_the_next_working_day(string due, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PolishCalendar.DueDateOrNextWorkingDay(DateOnly.Parse(due)));

    [Theory]
    [InlineData("2025-12-24", "2025-12-29")] // Wed 24 (holiday from 2025), 25, 26, weekend → Mon 29
    [InlineData("2024-12-24", "2024-12-24")] // 24 December was a working day before 2025
    [InlineData("2026-04-05", "2026-04-07")] // Easter Sunday and Monday
    [InlineData("2026-06-04", "2026-06-05")] // Corpus Christi (Easter + 60)
    [InlineData("2025-11-11", "2025-11-12")]
    [InlineData("2010-01-06", "2010-01-06")] // Epiphany became a holiday in 2011
    [InlineData("2011-01-06", "2011-01-07")]
    [InlineData("2026-09-15", "2026-09-15")] // a Tuesday stays
    public void Holidays_move_due_dates_too(string due, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), PolishCalendar.DueDateOrNextWorkingDay(DateOnly.Parse(due)));

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_is_computed_for_any_year(int year, string easter) =>
        Assert.Contains(new PublicHoliday(DateOnly.Parse(easter), "Wielkanoc"), PolishCalendar.Holidays(year));

    [Fact]
    public void A_year_has_fourteen_holidays_from_2025_on()
    {
        var holidays = PolishCalendar.Holidays(2026);
        Assert.Equal(14, holidays.Count);
        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
        Assert.All(holidays, h => Assert.True(PolishCalendar.IsHoliday(h.Date), h.Name));
        Assert.Contains(holidays, h => h.Date == new DateOnly(2026, 5, 24)); // Pentecost, Easter + 49
    }

    [Fact]
    public void IsHoliday_agrees_with_the_list_on_every_day_of_many_years()
    {
        for (var year = 1990; year <= 2100; year++)
        {
            var listed = PolishCalendar.Holidays(year).Select(h => h.Date).ToHashSet();
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
                Assert.True(listed.Contains(day) == PolishCalendar.IsHoliday(day), day.ToString("O"));
        }
    }

    [Fact]
    public void Saturday_is_not_a_working_day_though_not_a_holiday()
    {
        var saturday = new DateOnly(2026, 3, 14);
        Assert.False(PolishCalendar.IsHoliday(saturday));
        Assert.False(PolishCalendar.IsWorkingDay(saturday));
    }

    [Fact]
    public void Years_before_1990_are_refused_clearly() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PolishCalendar.Holidays(1989));
}
