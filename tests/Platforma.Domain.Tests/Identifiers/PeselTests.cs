namespace Platforma.Domain.Tests.Identifiers;

public class PeselTests
{
    [Theory] // DOMAIN.md §5
    [InlineData("44051401359", "1944-05-14", Sex.Male)]
    [InlineData("02211307589", "2002-01-13", Sex.Female)]
    [InlineData("02122401358", "1902-12-24", Sex.Male)]
    public void Valid_PESEL_yields_birth_date_and_sex(string input, string birthDate, Sex sex)
    {
        var pesel = Pesel.Parse(input);
        Assert.Equal(DateOnly.Parse(birthDate), pesel.BirthDate);
        Assert.Equal(sex, pesel.Sex);
        Assert.True(Pesel.Validate(input).IsValid);
    }

    [Theory]
    [InlineData("44051401358", IdentifierError.Checksum)]
    [InlineData("02381307589", IdentifierError.ImpossibleDate)]
    [InlineData("4405140135", IdentifierError.Length)]
    [InlineData("440514013590", IdentifierError.Length)]
    [InlineData("4405140135O", IdentifierError.Characters)]
    [InlineData("440514 01359", IdentifierError.Characters)]
    [InlineData("", IdentifierError.Empty)]
    [InlineData("   ", IdentifierError.Empty)]
    [InlineData(null, IdentifierError.Empty)]
    public void Invalid_PESEL_is_reported_with_the_reason(string? input, IdentifierError reason)
    {
        var result = Pesel.Validate(input);
        Assert.Equal(reason, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.False(Pesel.TryParse(input, out _));
        Assert.Equal(result.Message, Assert.Throws<FormatException>(() => Pesel.Parse(input)).Message);
    }

    [Fact]
    public void February_29th_exists_only_in_leap_years()
    {
        Assert.True(Pesel.Validate(Pesel.Generate(new DateOnly(2000, 2, 29), Sex.Female, 1).Value).IsValid);
        // 29.02.2001 with a correct check digit: 01 22 29 000 0 + check
        var body = "0122290000";
        var check = (10 - body.Select((c, i) => (c - '0') * new[] { 1, 3, 7, 9, 1, 3, 7, 9, 1, 3 }[i]).Sum() % 10) % 10;
        Assert.Equal(IdentifierError.ImpossibleDate, Pesel.Validate(body + check).Error);
    }

    [Theory]
    [InlineData("44051401359", "*******1359")]
    [InlineData("4405140135", "**********")]
    [InlineData(null, "")]
    public void Mask_hides_the_birth_date_and_shows_the_last_four_digits(string? input, string expected) =>
        Assert.Equal(expected, Pesel.Mask(input));

    [Fact]
    public void ToString_never_shows_the_whole_number() =>
        Assert.Equal("*******1359", Pesel.Parse("44051401359").ToString());

    [Fact]
    public void Generated_PESEL_always_validates_and_round_trips() =>
        Gen.Select(
                Gen.Int[new DateOnly(1800, 1, 1).DayNumber, new DateOnly(2299, 12, 31).DayNumber],
                Gen.Bool,
                Gen.Int[0, 4999])
            .Sample((dayNumber, male, serial) =>
            {
                var birth = DateOnly.FromDayNumber(dayNumber);
                var sex = male ? Sex.Male : Sex.Female;
                var pesel = Pesel.Generate(birth, sex, serial);
                Assert.Equal(birth, pesel.BirthDate);
                Assert.Equal(sex, pesel.Sex);
                Assert.True(Pesel.Validate(pesel.Value).IsValid);
            });
}
