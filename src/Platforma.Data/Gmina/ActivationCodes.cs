using System.Security.Cryptography;
using System.Text;

namespace Platforma.Data.Gmina;

/// <summary>
/// The kod aktywacyjny printed on a decision is stored only as a hash, which account activation looks up. Codes are
/// compared without spaces and hyphens and case-insensitively, as people retype them from paper. The codes are random
/// (about 60 bits in the demo data), so an unsalted SHA-256 is enough to find and check them without keeping them.
/// </summary>
public static class ActivationCodes
{
    public static string Normalize(string code) =>
        new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(code))));
}
