namespace Platforma.Domain.Tests.Accounts;

public class VirtualAccountSchemeTests
{
    static readonly VirtualAccountScheme Example = new("10203541", "12345678", 8);

    [Fact] // DOMAIN.md §5
    public void Account_number_is_sort_code_fixed_part_payer_id_with_check_digits() =>
        Assert.Equal("47102035411234567800004711", Example.AccountFor("00004711"));

    [Fact]
    public void Short_payer_id_is_left_padded_with_zeros() =>
        Assert.Equal("47102035411234567800004711", Example.AccountFor("4711"));

    [Theory]
    [InlineData("123456789")]
    [InlineData("47-11")]
    [InlineData("")]
    public void Too_long_or_non_digit_payer_id_is_a_clear_error(string payerId) =>
        Assert.Throws<ArgumentException>(() => Example.AccountFor(payerId));

    [Theory]
    [InlineData("1020354", "12345678", 9)]
    [InlineData("10203541", "1234567", 8)]
    [InlineData("10203541", "12A45678", 8)]
    [InlineData("10203541", "", 0)]
    public void Layout_must_make_24_digits_of_sort_code_fixed_part_and_payer_id(string sortCode, string fixedPart, int length)
    {
        Assert.NotNull(VirtualAccountScheme.Problem(sortCode, fixedPart, length));
        Assert.Throws<ArgumentException>(() => new VirtualAccountScheme(sortCode, fixedPart, length));
    }

    [Fact]
    public void Payer_id_is_read_back_from_an_incoming_account()
    {
        Assert.True(Example.TryGetPayerId("PL 47 1020 3541 1234 5678 0000 4711", out var id));
        Assert.Equal("00004711", id);
        Assert.False(Example.TryGetPayerId("61109010140000071219812874", out _));
    }

    [Fact]
    public void Generated_account_number_always_validates() =>
        Gen.Select(Gen.Int[0, 99_999_999], Gen.Int[0, 16], Gen.Long[0, long.MaxValue]).Sample(
            (sortCode, fixedLength, seed) =>
            {
                var payerLength = 16 - fixedLength;
                if (payerLength == 0) return;
                var digits = seed.ToString("D19");
                var scheme = new VirtualAccountScheme(sortCode.ToString("D8"), digits[..fixedLength], payerLength);
                var payerId = digits[^Math.Min(payerLength, 19)..];
                var nrb = scheme.AccountFor(payerId[^payerLength..]);
                Assert.True(Nrb.IsValid(nrb), nrb);
                Assert.True(scheme.TryGetPayerId(nrb, out var back));
                Assert.Equal(payerId[^payerLength..], back);
            });
}
