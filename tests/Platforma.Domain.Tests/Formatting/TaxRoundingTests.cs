namespace Platforma.Domain.Tests.Formatting;

public class TaxRoundingTests
{
    [Theory]
    [InlineData("100.49", "100")]
    [InlineData("100.50", "101")]
    [InlineData("100.01", "100")]
    [InlineData("21.8082", "22")]
    [InlineData("2.18", "2")]
    [InlineData("0.50", "1")]
    [InlineData("0.49", "0")]
    public void Art_63_rounds_to_whole_zloty_with_50_groszy_up(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected), TaxRounding.ToWholeZloty(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
