using System.Globalization;
using System.Text;
using QRCoder;

namespace Platforma.Domain;

/// <summary>
/// The payment QR code of the ZBP recommendation "Standard 2D" (2013): nine fields joined by "|" —
/// recipient NIP (10) | country "PL" | account NRB (26 digits) | amount in grosze (6, zero-padded) |
/// recipient name (≤ 20) | title (≤ 32) | three empty reserve fields (20, 12, 24) — at most 160 characters,
/// error correction level L [U: DOMAIN.md, not checked against the PDF].
/// <para><b>Characters.</b> The recommendation's PDF was not available here, so the filter is a conservative
/// choice: Polish letters are transliterated (ą→a … ż→z, as in "Urzad Gminy Testowo"), other accented Latin
/// letters lose their accents, and only A–Z, a–z, 0–9, space and , . - / ( ) are kept; everything else
/// (the "|" separator first of all) is dropped, runs of spaces are collapsed, and the field is cut to its
/// limit. The payload is therefore plain ASCII, identical in UTF-8 and in the QR byte mode's default
/// ISO-8859-1, so no ECI marker is needed. (Public implementations differ: some keep Polish letters in
/// UTF-8.)</para>
/// <para><b>Amounts over 9 999,99 zł</b> do not fit six digits: the field is "000000", the payer types the
/// amount, and the page must show it in text [U]. The same for an amount of 0.</para>
/// </summary>
public static class PaymentQr
{
    public const int MaxPayloadLength = 160;
    public const int RecipientNameLength = 20;
    public const int TitleLength = 32;

    /// <summary>The largest amount the six-digit field can carry.</summary>
    public const decimal MaxEncodedAmount = 9999.99m;

    /// <exception cref="ArgumentException">Invalid NIP or NRB, a negative amount or a fraction of a grosz,
    /// or a name or title with nothing left after filtering.</exception>
    public static string Payload(string recipientNip, string accountNrb, decimal amount, string recipientName, string title)
    {
        var nip = Nip.Validate(recipientNip);
        if (!nip.IsValid) throw new ArgumentException($"NIP odbiorcy: {nip.Message}", nameof(recipientNip));
        var nrb = Nrb.Validate(accountNrb);
        if (!nrb.IsValid) throw new ArgumentException($"Rachunek odbiorcy: {nrb.Message}", nameof(accountNrb));
        if (amount < 0) throw new ArgumentOutOfRangeException(nameof(amount), amount, "Kwota nie może być ujemna.");
        if (!TaxRounding.IsWholeGrosze(amount)) throw new ArgumentException($"Kwota {amount} ma ułamek grosza.", nameof(amount));
        var name = Clean(recipientName, RecipientNameLength);
        if (name.Length == 0) throw new ArgumentException("Nazwa odbiorcy jest pusta po odfiltrowaniu znaków.", nameof(recipientName));
        var cleanTitle = Clean(title, TitleLength);
        if (cleanTitle.Length == 0) throw new ArgumentException("Tytuł przelewu jest pusty po odfiltrowaniu znaków.", nameof(title));

        var amountField = amount > MaxEncodedAmount
            ? "000000"
            : ((long)(amount * 100m)).ToString("D6", CultureInfo.InvariantCulture);
        return $"{nip.Normalized}|PL|{nrb.Normalized}|{amountField}|{name}|{cleanTitle}|||";
    }

    /// <summary>True when the amount is too large for the code, so the page must show it for the payer to type.</summary>
    public static bool AmountNeedsTyping(decimal amount) => amount == 0 || amount > MaxEncodedAmount;

    /// <summary>A PNG of the code (error correction L, with the standard 4-module quiet zone).</summary>
    public static byte[] RenderPng(string payload, int pixelsPerModule = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var data = Encode(payload);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>An SVG of the code (error correction L, quiet zone included), sized <paramref name="pixelsPerModule"/> per module.</summary>
    public static string RenderSvg(string payload, int pixelsPerModule = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var data = Encode(payload);
        return new SvgQRCode(data).GetGraphic(pixelsPerModule);
    }

    static QRCodeData Encode(string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        if (payload.Length > MaxPayloadLength)
            throw new ArgumentException($"Treść kodu ma {payload.Length} znaków, dozwolone {MaxPayloadLength}.", nameof(payload));
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.L);
    }

    /// <summary>Transliterates, filters and shortens a text field (see the class remarks).</summary>
    internal static string Clean(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var kept = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var mapped = c switch
            {
                'ł' => 'l',
                'Ł' => 'L',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(mapped) || mapped is ',' or '.' or '-' or '/' or '(' or ')')
                kept.Append(mapped);
            else if (mapped == ' ' && kept.Length > 0 && kept[^1] != ' ')
                kept.Append(' ');
            // combining accents (from FormD) and everything else are dropped
        }
        var result = kept.ToString().Trim();
        return result.Length <= maxLength ? result : result[..maxLength].TrimEnd();
    }
}
