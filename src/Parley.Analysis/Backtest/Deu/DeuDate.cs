using System.Globalization;

namespace Parley.Analysis.Backtest.Deu;

/// <summary>
/// Reads DEU's <c>intro</c> dates. The copy holds three spellings: <c>dd-mm-yy</c>,
/// <c>dd-mm-yyyy</c>, and <c>yyyy-mm-dd</c> produced by a spreadsheet that read <c>dd-mm-yy</c> as
/// <c>yy-mm-dd</c>: 2014-07-04 is 14 July 2004, 1930-05-05 is 30 May 2005. Two-digit years from
/// 51 are 19xx.
/// </summary>
public static class DeuDate
{
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var parts = text.Trim().Split('-');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit))) return false;
        int a = int.Parse(parts[0], CultureInfo.InvariantCulture), b = int.Parse(parts[1], CultureInfo.InvariantCulture), c = int.Parse(parts[2], CultureInfo.InvariantCulture);
        int day, month, year;
        if (parts[0].Length == 4) (day, month, year) = (a % 100, b, Century(c));
        else if (parts[2].Length == 4) (day, month, year) = (a, b, c);
        else (day, month, year) = (a, b, Century(c));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Century(int twoDigits) => twoDigits > 50 ? 1900 + twoDigits : 2000 + twoDigits;
}
