namespace Platforma.Domain.Tests.Formatting;

public class PolishFormatTests
{
    const char Nbsp = '\u00A0';

    [Theory]
    [InlineData("1234.56", "1\u00A0234,56\u00A0zł")]
    [InlineData("0", "0,00\u00A0zł")]
    [InlineData("0.5", "0,50\u00A0zł")]
    [InlineData("1000000", "1\u00A0000\u00A0000,00\u00A0zł")]
    [InlineData("999.995", "1\u00A0000,00\u00A0zł")]
    [InlineData("-16", "-16,00\u00A0zł")]
    public void Money_uses_comma_and_no_break_spaces(string amount, string expected) =>
        Assert.Equal(expected, PolishFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Money_does_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("en-US");
            Assert.Equal($"1{Nbsp}234,56{Nbsp}zł", PolishFormat.Money(1234.56m));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Money_agrees_with_NET_number_formatting_for_any_amount()
    {
        var polish = new System.Globalization.NumberFormatInfo { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00A0", NumberGroupSizes = [3] };
        Gen.Decimal.Sample(amount =>
            Assert.Equal(Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,0.00", polish) + Nbsp + "zł", PolishFormat.Money(amount)));
    }

    [Fact]
    public void Date_is_day_month_year_with_dots() =>
        Assert.Equal("15.03.2026", PolishFormat.Date(new DateOnly(2026, 3, 15)));

    [Theory]
    [InlineData(1, "I")]
    [InlineData(2, "II")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(12, "XII")]
    [InlineData(14, "XIV")]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(3999, "MMMCMXCIX")]
    public void Roman_numerals(int number, string expected) => Assert.Equal(expected, PolishFormat.Roman(number));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4000)]
    public void Roman_numerals_exist_only_from_1_to_3999(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PolishFormat.Roman(number));
}
