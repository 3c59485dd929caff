namespace Platforma.Domain.Tests.Identifiers;

public class NrbTests
{
    [Theory] // DOMAIN.md §5
    [InlineData("61109010140000071219812874")]
    [InlineData("92124012340001567890123456")]
    [InlineData("61 1090 1014 0000 0712 1981 2874")]
    [InlineData("PL61109010140000071219812874")]
    [InlineData("PL 61 1090 1014 0000 0712 1981 2874")]
    public void Valid_NRB(string input)
    {
        var result = Nrb.Validate(input);
        Assert.True(result.IsValid, result.Message);
        Assert.Equal(26, result.Normalized!.Length);
    }

    [Theory]
    [InlineData("61109010140000071219812875", IdentifierError.Checksum)]
    [InlineData("6110901014000007121981287", IdentifierError.Length)]
    [InlineData("61-1090-1014-0000-0712-1981-2874", IdentifierError.Characters)]
    [InlineData("DE61109010140000071219812874", IdentifierError.Characters)]
    [InlineData("", IdentifierError.Empty)]
    public void Invalid_NRB_is_reported_with_the_reason(string input, IdentifierError reason) =>
        Assert.Equal(reason, Nrb.Validate(input).Error);

    [Fact]
    public void Check_digits_are_generated_from_the_BBAN() =>
        Assert.Equal("61109010140000071219812874", Nrb.FromBban("109010140000071219812874"));

    [Fact]
    public void Formatted_in_groups_of_four_after_the_check_digits() =>
        Assert.Equal("61 1090 1014 0000 0712 1981 2874", Nrb.Format("61109010140000071219812874"));

    [Fact]
    public void IBAN_form_has_the_PL_prefix() =>
        Assert.Equal("PL61109010140000071219812874", Nrb.ToIban("61 1090 1014 0000 0712 1981 2874"));

    [Fact]
    public void Any_BBAN_gets_check_digits_that_validate() =>
        Gen.Select(Gen.Long[0, 999_999_999_999L], Gen.Long[0, 999_999_999_999L]).Sample((a, b) =>
        {
            var nrb = Nrb.FromBban($"{a:D12}{b:D12}");
            Assert.True(Nrb.IsValid(nrb));
        });

    [Fact]
    public void Any_single_digit_change_is_detected() =>
        Gen.Select(Gen.Int[0, 25], Gen.Int[1, 9]).Sample((position, delta) =>
        {
            var digits = "61109010140000071219812874".ToCharArray();
            digits[position] = (char)('0' + (digits[position] - '0' + delta) % 10);
            Assert.Equal(IdentifierError.Checksum, Nrb.Validate(new string(digits)).Error);
        });
}
