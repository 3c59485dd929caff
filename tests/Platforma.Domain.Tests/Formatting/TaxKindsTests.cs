namespace Platforma.Domain.Tests.Formatting;

public class TaxKindsTests
{
    [Theory]
    [InlineData("PN", TaxKind.RealEstate, "podatek od nieruchomości", "podatku od nieruchomości")]
    [InlineData("PR", TaxKind.Agricultural, "podatek rolny", "podatku rolnego")]
    [InlineData("PL", TaxKind.Forest, "podatek leśny", "podatku leśnego")]
    [InlineData("LZP", TaxKind.JointObligation, "łączne zobowiązanie pieniężne", "łącznego zobowiązania pieniężnego")]
    [InlineData("ST", TaxKind.Vehicle, "podatek od środków transportowych", "podatku od środków transportowych")]
    [InlineData("OD", TaxKind.WasteFee, "opłata za gospodarowanie odpadami komunalnymi", "opłaty za gospodarowanie odpadami komunalnymi")]
    public void Import_codes_and_Polish_names(string code, TaxKind kind, string name, string genitive)
    {
        Assert.Equal(kind, TaxKinds.FromCode(code));
        Assert.Equal(code, TaxKinds.Code(kind));
        Assert.Equal(name, TaxKinds.Name(kind));
        Assert.Equal(genitive, TaxKinds.Genitive(kind));
    }

    [Fact]
    public void Waste_fee_takes_the_accusative_after_na() =>
        Assert.Equal("opłatę za gospodarowanie odpadami komunalnymi", TaxKinds.Accusative(TaxKind.WasteFee));

    [Fact]
    public void Codes_are_read_case_insensitively_and_trimmed() => Assert.Equal(TaxKind.JointObligation, TaxKinds.FromCode(" lzp "));

    [Theory]
    [InlineData("XX")]
    [InlineData("")]
    public void Unknown_code_is_reported_in_Polish(string code)
    {
        Assert.False(TaxKinds.TryFromCode(code, out _));
        var error = Assert.Throws<FormatException>(() => TaxKinds.FromCode(code));
        Assert.Contains("Nieznany kod", error.Message);
    }
}
