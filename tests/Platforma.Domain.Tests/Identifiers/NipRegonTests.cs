namespace Platforma.Domain.Tests.Identifiers;

public class NipTests
{
    [Theory] // DOMAIN.md §5
    [InlineData("8567346215")]
    [InlineData("5214349636")]
    [InlineData("1234563218")]
    [InlineData("521-434-96-36")]
    [InlineData("521 434 96 36")]
    public void Valid_NIP(string input)
    {
        var result = Nip.Validate(input);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(10, result.Normalized!.Length);
    }

    [Theory]
    [InlineData("8567346216", IdentifierError.Checksum)]
    [InlineData("1234567890", IdentifierError.Checksum)] // Σ mod 11 = 10: no NIP starts with 123456789
    [InlineData("PL5214349636", IdentifierError.Characters)]
    [InlineData("521434963", IdentifierError.Length)]
    [InlineData("", IdentifierError.Empty)]
    public void Invalid_NIP_is_reported_with_the_reason(string input, IdentifierError reason) =>
        Assert.Equal(reason, Nip.Validate(input).Error);

    [Fact]
    public void Check_digit_is_generated() => Assert.Equal("5214349636", Nip.WithCheckDigit("521434963"));

    [Fact]
    public void A_prefix_whose_checksum_is_ten_has_no_NIP() =>
        Assert.Throws<ArgumentException>(() => Nip.WithCheckDigit("123456789"));

    [Fact]
    public void Generated_NIP_always_validates() =>
        Gen.Int[0, 999_999_999].Sample(n =>
        {
            var prefix = n.ToString("D9");
            string nip;
            try { nip = Nip.WithCheckDigit(prefix); }
            catch (ArgumentException) { return; } // one prefix in eleven has no NIP
            Assert.True(Nip.IsValid(nip));
        });
}

public class RegonTests
{
    [Theory] // DOMAIN.md §5
    [InlineData("192598184")]
    [InlineData("123456785")]
    [InlineData("12345678512347")]
    public void Valid_REGON(string input) => Assert.True(Regon.Validate(input).IsValid);

    [Theory]
    [InlineData("192598183", IdentifierError.Checksum)]
    [InlineData("12345678612342", IdentifierError.Checksum)] // first nine invalid
    [InlineData("12345678512348", IdentifierError.Checksum)]
    [InlineData("1234567851234", IdentifierError.Length)]
    [InlineData("19259818x", IdentifierError.Characters)]
    public void Invalid_REGON_is_reported_with_the_reason(string input, IdentifierError reason) =>
        Assert.Equal(reason, Regon.Validate(input).Error);

    [Fact]
    public void Check_digits_are_generated()
    {
        Assert.Equal("123456785", Regon.WithCheckDigit9("12345678"));
        Assert.Equal("12345678512347", Regon.WithCheckDigit14("1234567851234"));
    }

    [Fact]
    public void Generated_REGON_always_validates() =>
        Gen.Select(Gen.Int[0, 99_999_999], Gen.Int[0, 9999]).Sample((a, b) =>
        {
            var nine = Regon.WithCheckDigit9(a.ToString("D8"));
            Assert.True(Regon.IsValid(nine));
            Assert.True(Regon.IsValid(Regon.WithCheckDigit14(nine + b.ToString("D4"))));
        });
}
