namespace Platforma.Domain;

/// <summary>
/// REGON: 9 digits (weights 8,9,2,3,4,5,6,7) or 14 digits (weights 2,4,8,5,0,9,7,3,6,1,2,4,8, and the
/// first nine must be a valid REGON-9); check digit = Σ mod 11 mod 10. Spaces and hyphens are dropped.
/// </summary>
public static class Regon
{
    static readonly int[] Weights9 = [8, 9, 2, 3, 4, 5, 6, 7];
    static readonly int[] Weights14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

    public static IdentifierValidation Validate(string? input)
    {
        if (Digits.Shape(input, "REGON", "- ", [9, 14], out var digits) is { } shapeError) return shapeError;
        if (Check(digits.AsSpan(0, 8), Weights9) != digits[8])
            return IdentifierValidation.Invalid(IdentifierError.Checksum, digits.Length == 9
                ? "REGON ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki."
                : "Pierwsze 9 cyfr 14-cyfrowego REGON ma błędną cyfrę kontrolną.");
        if (digits.Length == 14 && Check(digits.AsSpan(0, 13), Weights14) != digits[13])
            return IdentifierValidation.Invalid(IdentifierError.Checksum, "REGON ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.");
        return IdentifierValidation.Valid(digits);
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>Completes eight digits to a valid 9-digit REGON (for test data).</summary>
    public static string WithCheckDigit9(string prefix8) => Complete(prefix8, 8, Weights9);

    /// <summary>Completes thirteen digits (whose first nine are a valid REGON) to a valid 14-digit REGON.</summary>
    public static string WithCheckDigit14(string prefix13)
    {
        var completed = Complete(prefix13, 13, Weights14);
        if (!Validate(completed).IsValid)
            throw new ArgumentException("Pierwsze 9 cyfr musi być poprawnym REGON.", nameof(prefix13));
        return completed;
    }

    static char Check(ReadOnlySpan<char> digits, ReadOnlySpan<int> weights) =>
        (char)('0' + Digits.WeightedSum(digits, weights) % 11 % 10);

    static string Complete(string prefix, int length, int[] weights)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length != length || !Digits.AllDigits(prefix))
            throw new ArgumentException($"Początek REGON to dokładnie {length} cyfr.", nameof(prefix));
        return prefix + Check(prefix, weights);
    }
}
