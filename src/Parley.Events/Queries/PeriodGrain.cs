using System.Globalization;

namespace Parley.Events.Queries;

/// <summary>The length of the periods of a time series.</summary>
public enum PeriodGrain
{
    Month,
    Quarter,
    Year,
}

public static class Periods
{
    public static PeriodGrain? ParseGrain(string text) => text.Trim().ToLowerInvariant() switch
    {
        "month" or "m" => PeriodGrain.Month,
        "quarter" or "q" => PeriodGrain.Quarter,
        "year" or "y" => PeriodGrain.Year,
        _ => null,
    };

    /// <summary>The first day of the period holding <paramref name="date"/>.</summary>
    public static DateOnly Start(PeriodGrain grain, int year, int month) => grain switch
    {
        PeriodGrain.Month => new DateOnly(year, month, 1),
        PeriodGrain.Quarter => new DateOnly(year, (month - 1) / 3 * 3 + 1, 1),
        _ => new DateOnly(year, 1, 1),
    };

    public static DateOnly Next(PeriodGrain grain, DateOnly start) => grain switch
    {
        PeriodGrain.Month => start.AddMonths(1),
        PeriodGrain.Quarter => start.AddMonths(3),
        _ => start.AddYears(1),
    };

    /// <summary><c>2019-11</c>, <c>2019-Q4</c> or <c>2019</c>.</summary>
    public static string Label(PeriodGrain grain, DateOnly start) => grain switch
    {
        PeriodGrain.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        PeriodGrain.Quarter => FormattableString.Invariant($"{start.Year}-Q{(start.Month - 1) / 3 + 1}"),
        _ => start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Reads <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>. As a start it is the first day; as
    /// an end (<paramref name="end"/>) it is the day after the year, month or day named, so
    /// <c>--to 2019-12</c> includes all of December.
    /// </summary>
    public static DateOnly? ParseBound(string text, bool end)
    {
        text = text.Trim();
        string[] formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];
        for (int i = 0; i < formats.Length; i++)
        {
            if (DateOnly.TryParseExact(text, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                if (!end) return date;
                return i switch { 0 => date.AddYears(1), 1 => date.AddMonths(1), _ => date.AddDays(1) };
            }
        }
        return null;
    }
}
