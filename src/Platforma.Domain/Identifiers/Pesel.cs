using System.Diagnostics.CodeAnalysis;

namespace Platforma.Domain;

public enum Sex
{
    Female,
    Male,
}

/// <summary>
/// PESEL: YYMMDD ZZZ P K. The month carries the century (+80 → 1800s, +0 → 1900s, +20 → 2000s,
/// +40 → 2100s, +60 → 2200s); P even = female, odd = male; K = (10 − Σ dᵢ·[1,3,7,9,1,3,7,9,1,3] mod 10) mod 10.
/// Input must be exactly 11 digits (surrounding spaces are ignored, no separators inside).
/// </summary>
public sealed record Pesel
{
    static readonly int[] Weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

    Pesel(string value, DateOnly birthDate, Sex sex) => (Value, BirthDate, Sex) = (value, birthDate, sex);

    /// <summary>The 11 digits.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex { get; }

    /// <summary>The digits masked for screens and logs: see <see cref="Mask(string?)"/>.</summary>
    public string Masked => Mask(Value);

    public override string ToString() => Masked;

    public static IdentifierValidation Validate(string? input) => Check(input, out _);

    public static bool TryParse(string? input, [NotNullWhen(true)] out Pesel? pesel)
    {
        Check(input, out pesel);
        return pesel is not null;
    }

    /// <exception cref="FormatException">With the Polish reason (length, characters, checksum, impossible date).</exception>
    public static Pesel Parse(string? input)
    {
        var result = Check(input, out var pesel);
        return pesel ?? throw new FormatException(result.Message);
    }

    /// <summary>
    /// Masks a PESEL for display: seven asterisks and the last four digits ("*******1359").
    /// The first six digits are the birth date — personal data in themselves and, with a name, enough to
    /// single a person out — so they are hidden; the last four let a resident recognise their own number
    /// and staff tell two records apart. Anything that is not 11 digits is fully masked, so a mistyped
    /// number never leaks either.
    /// </summary>
    public static string Mask(string? pesel)
    {
        var value = pesel?.Trim() ?? "";
        if (value.Length != 11 || !Digits.AllDigits(value)) return new string('*', value.Length);
        return "*******" + value[7..];
    }

    /// <summary>
    /// A valid PESEL for test data. <paramref name="serial"/> 0…4999 picks the four digits before the check
    /// digit among those of the given sex (ZZZ = serial / 5, P = 2·(serial mod 5) + 1 for men, + 0 for women).
    /// </summary>
    public static Pesel Generate(DateOnly birthDate, Sex sex, int serial)
    {
        if (birthDate.Year is < 1800 or > 2299)
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "PESEL koduje daty od 1800 do 2299 roku.");
        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 4999);
        var monthOffset = (birthDate.Year / 100) switch { 18 => 80, 19 => 0, 20 => 20, 21 => 40, _ => 60 };
        var sexDigit = 2 * (serial % 5) + (sex == Sex.Male ? 1 : 0);
        var body = $"{birthDate.Year % 100:D2}{birthDate.Month + monthOffset:D2}{birthDate.Day:D2}{serial / 5:D3}{sexDigit}";
        return Parse(body + CheckDigit(body));
    }

    static char CheckDigit(ReadOnlySpan<char> first10) =>
        (char)('0' + (10 - Digits.WeightedSum(first10, Weights) % 10) % 10);

    static IdentifierValidation Check(string? input, out Pesel? pesel)
    {
        pesel = null;
        if (Digits.Shape(input, "PESEL", [], [11], out var digits) is { } shapeError) return shapeError;
        if (CheckDigit(digits) != digits[10])
            return IdentifierValidation.Invalid(IdentifierError.Checksum, "PESEL ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.");
        var yy = (digits[0] - '0') * 10 + (digits[1] - '0');
        var mm = (digits[2] - '0') * 10 + (digits[3] - '0');
        var dd = (digits[4] - '0') * 10 + (digits[5] - '0');
        var century = (mm / 20) switch { 0 => 1900, 1 => 2000, 2 => 2100, 3 => 2200, _ => 1800 };
        var month = mm % 20;
        var year = century + yy;
        if (month is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(year, month))
            return IdentifierValidation.Invalid(IdentifierError.ImpossibleDate,
                "PESEL zawiera datę urodzenia, która nie istnieje.");
        pesel = new Pesel(digits, new DateOnly(year, month, dd), (digits[9] - '0') % 2 == 1 ? Sex.Male : Sex.Female);
        return IdentifierValidation.Valid(digits);
    }
}
