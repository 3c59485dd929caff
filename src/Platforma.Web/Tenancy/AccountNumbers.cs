namespace Platforma.Web.Tenancy;

// Temporary until the tax-rules library's Nrb lands; replaced by Platforma.Domain's identifiers.
internal static class AccountNumbers
{
    public static bool IsValidNrb(string nrb)
    {
        if (nrb.Length != 26 || !nrb.All(char.IsAsciiDigit)) return false;
        var digits = nrb[2..] + "2521" + nrb[..2];
        var remainder = 0;
        foreach (var c in digits) remainder = (remainder * 10 + (c - '0')) % 97;
        return remainder == 1;
    }
}
