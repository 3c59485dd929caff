namespace Platforma.Domain;

/// <summary>
/// NIP (tax identification number): 10 digits; Σ dᵢ·[6,5,7,2,3,4,5,6,7] mod 11 is the 10th digit, and a
/// remainder of 10 means no valid NIP has these nine digits. Hyphens and spaces ("521-434-96-36") are
/// accepted and dropped; a "PL" prefix is not (that is a VAT-UE number, not a NIP).
/// </summary>
public static class Nip
{
    static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    public static IdentifierValidation Validate(string? input)
    {
        if (Digits.Shape(input, "NIP", "- ", [10], out var digits) is { } shapeError) return shapeError;
        var check = Digits.WeightedSum(digits, Weights) % 11;
        return check == 10 || check != digits[9] - '0'
            ? IdentifierValidation.Invalid(IdentifierError.Checksum, "NIP ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.")
            : IdentifierValidation.Valid(digits);
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>Completes nine digits to a valid NIP (for test data).</summary>
    /// <exception cref="ArgumentException">Not nine digits, or no check digit exists (remainder 10).</exception>
    public static string WithCheckDigit(string prefix9)
    {
        ArgumentNullException.ThrowIfNull(prefix9);
        if (prefix9.Length != 9 || !Digits.AllDigits(prefix9))
            throw new ArgumentException("Początek NIP to dokładnie 9 cyfr.", nameof(prefix9));
        var check = Digits.WeightedSum(prefix9, Weights) % 11;
        if (check == 10)
            throw new ArgumentException($"Żaden NIP nie zaczyna się od {prefix9}: suma kontrolna daje 10.", nameof(prefix9));
        return prefix9 + (char)('0' + check);
    }
}
