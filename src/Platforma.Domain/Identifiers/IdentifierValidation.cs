namespace Platforma.Domain;

/// <summary>Why an identifier is not valid.</summary>
public enum IdentifierError
{
    None,
    /// <summary>Nothing was entered.</summary>
    Empty,
    /// <summary>Wrong number of digits.</summary>
    Length,
    /// <summary>Something other than digits (and the separators the identifier allows).</summary>
    Characters,
    /// <summary>The check digit does not match.</summary>
    Checksum,
    /// <summary>PESEL: the checksum is right but the encoded birth date does not exist.</summary>
    ImpossibleDate,
}

/// <summary>
/// The outcome of validating an identifier: <see cref="Error"/> for code, <see cref="Message"/> (Polish,
/// ready for a form) for people, and <see cref="Normalized"/> — the bare digits — when valid.
/// </summary>
public sealed record IdentifierValidation(IdentifierError Error, string Message, string? Normalized)
{
    public bool IsValid => Error == IdentifierError.None;

    internal static IdentifierValidation Valid(string normalized) => new(IdentifierError.None, "", normalized);

    internal static IdentifierValidation Invalid(IdentifierError error, string message) => new(error, message, null);
}

/// <summary>Shared digit handling for the identifier checks.</summary>
internal static class Digits
{
    /// <summary>Removes the given separators; returns null when any other non-digit remains.</summary>
    public static string? Strip(string input, ReadOnlySpan<char> separators)
    {
        Span<char> buffer = input.Length <= 64 ? stackalloc char[input.Length] : new char[input.Length];
        var length = 0;
        foreach (var c in input)
        {
            if (char.IsAsciiDigit(c)) buffer[length++] = c;
            else if (separators.IndexOf(c) < 0) return null;
        }
        return new string(buffer[..length]);
    }

    public static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    public static int WeightedSum(ReadOnlySpan<char> digits, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++) sum += (digits[i] - '0') * weights[i];
        return sum;
    }

    /// <summary>Length/character checks common to all identifiers; null when the digits are fine so far.</summary>
    public static IdentifierValidation? Shape(string? input, string name, ReadOnlySpan<char> separators,
        ReadOnlySpan<int> lengths, out string digits)
    {
        digits = "";
        if (string.IsNullOrWhiteSpace(input))
            return IdentifierValidation.Invalid(IdentifierError.Empty, $"Podaj {name}.");
        var stripped = Strip(input.Trim(), separators);
        if (stripped is null)
            return IdentifierValidation.Invalid(IdentifierError.Characters, $"{Capitalized(name)} może zawierać tylko cyfry.");
        if (lengths.IndexOf(stripped.Length) < 0)
            return IdentifierValidation.Invalid(IdentifierError.Length,
                $"{Capitalized(name)} ma {LengthText(lengths)} (podano {stripped.Length}).");
        digits = stripped;
        return null;
    }

    static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    static string LengthText(ReadOnlySpan<int> lengths) =>
        lengths.Length == 1 ? $"{lengths[0]} cyfr" : $"{lengths[0]} lub {lengths[1]} cyfr";
}
