using System.Diagnostics.CodeAnalysis;

namespace Platforma.Domain;

/// <summary>
/// A gmina's individual (virtual) account numbers for local taxes — a bank product whose layout is
/// bank-specific, so it is per-gmina configuration: the bank's 8-digit sort code, the gmina's fixed code
/// at the bank, and the length of the payer id, together 24 digits (the BBAN); the two check digits are
/// computed (<see cref="Nrb.FromBban"/>).
/// <para>Example: 10203541 + 12345678 + 00004711 → 47102035411234567800004711.</para>
/// <para>Not to be confused with the state "mikrorachunek podatkowy", which is for PIT/CIT/VAT only.</para>
/// </summary>
public sealed record VirtualAccountScheme
{
    /// <exception cref="ArgumentException">Non-digits, a sort code not of 8 digits, or parts that do not add up to 24 digits.</exception>
    public VirtualAccountScheme(string sortCode8, string fixedPart, int payerIdLength)
    {
        if (Problem(sortCode8, fixedPart, payerIdLength) is { } problem) throw new ArgumentException(problem);
        (SortCode, FixedPart, PayerIdLength) = (sortCode8, fixedPart, payerIdLength);
    }

    public string SortCode { get; }

    public string FixedPart { get; }

    public int PayerIdLength { get; }

    /// <summary>What is wrong with a configuration (Polish, for the operator console), or null when it is usable.</summary>
    public static string? Problem(string? sortCode8, string? fixedPart, int payerIdLength)
    {
        if (sortCode8 is null || sortCode8.Length != 8 || !Digits.AllDigits(sortCode8))
            return "Numer rozliczeniowy banku to dokładnie 8 cyfr.";
        if (fixedPart is null || !Digits.AllDigits(fixedPart))
            return "Stała część rachunku gminy może zawierać tylko cyfry.";
        if (payerIdLength < 1)
            return "Identyfikator płatnika musi mieć co najmniej 1 cyfrę.";
        if (8 + fixedPart.Length + payerIdLength != 24)
            return $"Numer rozliczeniowy (8) + stała część ({fixedPart.Length}) + identyfikator płatnika ({payerIdLength}) "
                + $"muszą dać 24 cyfry, dają {8 + fixedPart.Length + payerIdLength}.";
        return null;
    }

    /// <summary>
    /// The payer's 26-digit NRB. A shorter payer id is left-padded with zeros ("4711" → "00004711").
    /// </summary>
    /// <exception cref="ArgumentException">The id is empty, has non-digits, or is longer than <see cref="PayerIdLength"/>.</exception>
    public string AccountFor(string payerId)
    {
        ArgumentNullException.ThrowIfNull(payerId);
        var id = payerId.Trim();
        if (id.Length == 0 || !Digits.AllDigits(id))
            throw new ArgumentException($"Identyfikator płatnika może zawierać tylko cyfry (podano \"{payerId}\").", nameof(payerId));
        if (id.Length > PayerIdLength)
            throw new ArgumentException(
                $"Identyfikator płatnika ma najwyżej {PayerIdLength} cyfr w tym banku (podano {id.Length}).", nameof(payerId));
        return Nrb.FromBban(SortCode + FixedPart + id.PadLeft(PayerIdLength, '0'));
    }

    /// <summary>
    /// Reads the payer id back from an incoming account number (a bank statement line): true when the
    /// number is a valid NRB of this scheme. The id keeps its zero padding ("00004711").
    /// </summary>
    public bool TryGetPayerId(string? nrb, [NotNullWhen(true)] out string? payerId)
    {
        payerId = null;
        var digits = Nrb.Validate(nrb).Normalized;
        if (digits is null || !digits.AsSpan(2, 8).SequenceEqual(SortCode)
            || !digits.AsSpan(10, FixedPart.Length).SequenceEqual(FixedPart))
            return false;
        payerId = digits[(10 + FixedPart.Length)..];
        return true;
    }
}
