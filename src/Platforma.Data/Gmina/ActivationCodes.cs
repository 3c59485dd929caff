using System.Security.Cryptography;
using System.Text;

namespace Platforma.Data.Gmina;

/// <summary>
/// The kod aktywacyjny printed on an assessment decision. Only its hash is stored
/// (<see cref="Taxpayer.ActivationCodeHash"/>); the import and the activation page both call <see cref="Hash"/>, so this
/// is the one definition: drop whitespace and dashes, upper-case (invariant) — "ab12-cd34 " and "AB12CD34" are one
/// code as people retype it from paper — then SHA-256 of the UTF-8 bytes as 64 lower-case hex digits.
/// No salt: the codes are random (about 60 bits in the demo data) and are not passwords; guessing is stopped by the
/// rate limit on the activation page and by needing the PESEL or NIP as well.
/// </summary>
public static class ActivationCodes
{
    /// <summary>Longest code a resident may type (before normalisation); longer input is refused with a message.</summary>
    public const int MaxLength = 40;

    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return new string(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
    }

    /// <summary>True when the code has only letters A–Z, digits, spaces and dashes (what a decision can print).</summary>
    public static bool HasValidCharacters(string code) =>
        code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || char.IsWhiteSpace(c));

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));
}
