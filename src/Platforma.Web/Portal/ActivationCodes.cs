using System.Security.Cryptography;
using System.Text;

namespace Platforma.Web.Portal;

/// <summary>
/// The activation code printed on the assessment decision (<c>kod_aktywacyjny</c>). Only its hash is stored
/// (<see cref="Platforma.Data.Gmina.Taxpayer.ActivationCodeHash"/>); the import and the activation page both call
/// <see cref="Hash"/>, so this is the one definition of it:
/// <list type="number">
/// <item>normalise: trim, upper-case (invariant), drop spaces and dashes — "ab12-cd34 " and "AB12CD34" are one code;</item>
/// <item>SHA-256 of the UTF-8 bytes of <c>{gmina slug}:{normalised code}</c>, written as 64 lower-case hex digits.</item>
/// </list>
/// The slug salts the hash, so one gmina's hashes say nothing about another's. Codes are not passwords: guessing is
/// stopped by the rate limit on the activation page and by needing the PESEL or NIP as well.
/// </summary>
public static class ActivationCodes
{
    /// <summary>Longest code a resident may type (before normalisation); longer input is refused with a message.</summary>
    public const int MaxLength = 40;

    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var kept = new StringBuilder(code.Length);
        foreach (var c in code.Trim())
            if (c is not (' ' or '-' or '\u00A0' or '\t')) kept.Append(char.ToUpperInvariant(c));
        return kept.ToString();
    }

    /// <summary>True when the code has only letters A–Z, digits, spaces and dashes (what a decision can print).</summary>
    public static bool HasValidCharacters(string code) =>
        code.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '\u00A0' or '\t');

    public static string Hash(string gminaSlug, string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gminaSlug);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(gminaSlug + ":" + Normalize(code)));
        return Convert.ToHexStringLower(bytes);
    }
}
