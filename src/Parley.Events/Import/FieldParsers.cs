using System.Globalization;

namespace Parley.Events.Import;

/// <summary>Strict, allocation-free parsers for the field types of event files.</summary>
internal static class FieldParsers
{
    /// <summary>GDELT's SQLDATE (YYYYMMDD) or a GDELT 2.0 stamp (YYYYMMDDHHMMSS, date part kept), forming a real date.</summary>
    public static bool TryParseCompactDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length is not (8 or 14) || !AllDigits(s)) return false;
        var digits = s[..8];
        int y = Digits(digits[..4]), m = Digits(digits.Slice(4, 2)), d = Digits(digits.Slice(6, 2));
        return TryDate(y, m, d, out date);
    }

    /// <summary>ISO dates <c>YYYY-MM-DD</c> (ICEWS, Parley files).</summary>
    public static bool TryParseIsoDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!AllDigits(s[..4]) || !AllDigits(s.Slice(5, 2)) || !AllDigits(s.Slice(8, 2))) return false;
        return TryDate(Digits(s[..4]), Digits(s.Slice(5, 2)), Digits(s.Slice(8, 2)), out date);
    }

    public static bool TryParseLong(ReadOnlySpan<char> s, out long value) =>
        long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseInt(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A finite decimal number (no thousands separators, no NaN or infinity).</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /// <summary>Shortens a field for an error message so that a garbage line cannot flood the report.</summary>
    public static string Quote(ReadOnlySpan<char> s) => s.Length <= 40 ? "'" + s.ToString() + "'" : "'" + s[..37].ToString() + "...'";

    private static int Digits(ReadOnlySpan<char> s)
    {
        int v = 0;
        foreach (char c in s) v = v * 10 + (c - '0');
        return v;
    }

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }
}
