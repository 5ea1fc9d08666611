using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Learning.Certificates.Codes;

/// <summary>
/// The code printed on a certificate, such as <c>ML-7K4Q-9WXT-3MPD</c>: eleven random Crockford
/// base32 characters (55 bits, too many to guess) and a Luhn mod 32 check character, which
/// catches every mistyped character and most swapped neighbours before the database is asked.
/// Crockford's alphabet has no I, L, O or U, so nothing reads as something else; when typed, I
/// and L are read as 1, O as 0, case and hyphens and spaces do not matter.
/// </summary>
public static class VerificationCode
{
    public const string Prefix = "ML";
    public const int Length = 17; // "ML-" and three groups of four

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int RandomCharacters = 11;

    public static string New()
    {
        Span<byte> random = stackalloc byte[RandomCharacters];
        RandomNumberGenerator.Fill(random);
        var digits = new int[RandomCharacters + 1];
        for (var i = 0; i < RandomCharacters; i++)
        {
            digits[i] = random[i] & 31;
        }
        digits[RandomCharacters] = CheckDigit(digits.AsSpan(0, RandomCharacters));
        return Format(digits);
    }

    /// <summary>Reads a code as a person may type it; the result is the canonical form.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        var compact = Compact(text);
        if (compact is null || compact.Length != RandomCharacters + 1)
        {
            return false;
        }
        var digits = new int[compact.Length];
        for (var i = 0; i < compact.Length; i++)
        {
            digits[i] = Value(compact[i]);
            if (digits[i] < 0)
            {
                return false;
            }
        }
        if (CheckDigit(digits.AsSpan(0, RandomCharacters)) != digits[RandomCharacters])
        {
            return false;
        }
        code = Format(digits);
        return true;
    }

    /// <summary>The characters after the optional prefix, without separators; null when something else is in the way.</summary>
    private static string? Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToUpperInvariant())
        {
            if (c is not ('-' or ' '))
            {
                builder.Append(c);
            }
        }
        var compact = builder.ToString();
        return compact.Length == Prefix.Length + RandomCharacters + 1 && compact.StartsWith(Prefix, StringComparison.Ordinal)
            ? compact[Prefix.Length..]
            : compact;
    }

    private static int Value(char c) => c switch
    {
        'O' => 0,
        'I' or 'L' => 1,
        _ => Alphabet.IndexOf(c, StringComparison.Ordinal),
    };

    /// <summary>Luhn mod N over base 32: the check value that makes the weighted sum a multiple of 32.</summary>
    private static int CheckDigit(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        var factor = 2;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var addend = factor * digits[i];
            sum += addend / 32 + addend % 32;
            factor = factor == 2 ? 1 : 2;
        }
        return (32 - sum % 32) % 32;
    }

    private static string Format(int[] digits)
    {
        var builder = new StringBuilder(Length).Append(Prefix);
        for (var i = 0; i < digits.Length; i++)
        {
            if (i % 4 == 0)
            {
                builder.Append('-');
            }
            builder.Append(Alphabet[digits[i]]);
        }
        return builder.ToString();
    }
}
