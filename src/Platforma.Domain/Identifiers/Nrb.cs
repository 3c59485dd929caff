using System.Text;

namespace Platforma.Domain;

/// <summary>
/// NRB — the Polish bank account number: 2 check digits + 8-digit sort code + 16-digit account (the last
/// 24 digits are the BBAN). Valid when int(BBAN + "2521" + check digits) mod 97 = 1 (ISO 13616 with
/// P=25, L=21); check digits = 98 − int(BBAN + "252100") mod 97.
/// <para>Input may be grouped with spaces and may carry the "PL" prefix of the IBAN form.
/// The sort code's own check digit (NBP) is not enforced: a valid NRB needs only the IBAN check.</para>
/// </summary>
public static class Nrb
{
    public static IdentifierValidation Validate(string? input)
    {
        var text = input?.Trim() ?? "";
        if (text.StartsWith("PL", StringComparison.OrdinalIgnoreCase)) text = text[2..];
        if (Digits.Shape(input is null ? null : text, "numer rachunku", " ", [26], out var digits) is { } shapeError)
            return shapeError;
        return Mod97(digits.AsSpan(2), digits.AsSpan(0, 2)) == 1
            ? IdentifierValidation.Valid(digits)
            : IdentifierValidation.Invalid(IdentifierError.Checksum,
                "Numer rachunku ma błędne cyfry kontrolne — sprawdź, czy nie ma literówki.");
    }

    public static bool IsValid(string? input) => Validate(input).IsValid;

    /// <summary>The 26-digit NRB for a 24-digit BBAN (sort code + account), with computed check digits.</summary>
    public static string FromBban(string bban24)
    {
        ArgumentNullException.ThrowIfNull(bban24);
        if (bban24.Length != 24 || !Digits.AllDigits(bban24))
            throw new ArgumentException("BBAN to dokładnie 24 cyfry (numer rozliczeniowy banku i numer rachunku).", nameof(bban24));
        var check = 98 - Mod97(bban24, "00");
        return $"{check:D2}{bban24}";
    }

    /// <summary>"61 1090 1014 0000 0712 1981 2874" — the grouping printed on Polish forms (uses plain spaces).</summary>
    public static string Format(string nrb)
    {
        var digits = Validate(nrb).Normalized
            ?? throw new ArgumentException("To nie jest poprawny numer rachunku.", nameof(nrb));
        var text = new StringBuilder(32).Append(digits, 0, 2);
        for (var i = 2; i < 26; i += 4) text.Append(' ').Append(digits, i, 4);
        return text.ToString();
    }

    /// <summary>"PL61109010140000071219812874".</summary>
    public static string ToIban(string nrb) =>
        "PL" + (Validate(nrb).Normalized ?? throw new ArgumentException("To nie jest poprawny numer rachunku.", nameof(nrb)));

    /// <summary>int(bban + "2521" + check) mod 97, digit by digit (no big integers).</summary>
    static int Mod97(ReadOnlySpan<char> bban, ReadOnlySpan<char> check)
    {
        var remainder = 0;
        foreach (var c in bban) remainder = (remainder * 10 + (c - '0')) % 97;
        foreach (var c in "2521") remainder = (remainder * 10 + (c - '0')) % 97;
        foreach (var c in check) remainder = (remainder * 10 + (c - '0')) % 97;
        return remainder;
    }
}
