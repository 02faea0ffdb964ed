using System.Globalization;

namespace Parley.Events.Coding.Text;

/// <summary>An event date and the rule that set it ("article date", "yesterday", "explicit 20 November").</summary>
public readonly record struct ResolvedDate(DateOnly Date, string Rule);

/// <summary>
/// Dates of a sentence relative to the article's date, the way wire stories are written: "on
/// Monday" is the last Monday on or before the article date, "yesterday" the day before, "20
/// November" that day of the article's year (of the year before when it would lie more than a
/// month after the article), "the following day" one day after the previous sentence's date and
/// "in the days following" the previous sentence's date (approximate, said in the rule).
/// </summary>
public static class RelativeDates
{
    private static readonly string[] Months =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

    private static readonly string[] MonthAbbreviations =
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    private static readonly string[] Weekdays = ["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

    public static ResolvedDate Resolve(IReadOnlyList<Token> tokens, DateOnly article, DateOnly previous)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            string w = tokens[i].Norm;
            if (w == "YESTERDAY") return new(article.AddDays(-1), "relative: 'yesterday' = article date − 1");
            if (w == "TODAY" || w == "TONIGHT") return new(article, "relative: 'today' = article date");
            if (w == "TOMORROW") return new(article.AddDays(1), "relative: 'tomorrow' = article date + 1");
            if (Month(w) is int m)
            {
                // "20 November [2019]" or "November 20[, 2019]" or "November 2019".
                int? day = null, year = null;
                if (i > 0 && Day(tokens[i - 1].Norm) is int d1) day = d1;
                if (i + 1 < tokens.Count && Day(tokens[i + 1].Norm) is int d2) { day ??= d2; }
                for (int k = i + 1; k < Math.Min(tokens.Count, i + 4); k++)
                {
                    if (Year(tokens[k].Norm) is int y) { year = y; break; }
                }
                if (day is null && year is null) continue;
                int yr = year ?? article.Year;
                int dd = Math.Min(day ?? 1, DateTime.DaysInMonth(yr, m));
                var date = new DateOnly(yr, m, dd);
                if (year is null && date > article.AddDays(31)) date = date.AddYears(-1);
                string text = day is null ? $"{Months[m - 1].ToLowerInvariant()} {yr} (day unknown: 1st)" : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
                return new(date, "explicit: " + text);
            }
            if (Array.IndexOf(Weekdays, w) is int wd and >= 0)
            {
                int back = ((int)article.DayOfWeek - wd + 7) % 7;
                bool next = i > 0 && tokens[i - 1].Norm == "NEXT";
                if (next) return new(article.AddDays(back == 0 ? 7 : 7 - back), $"relative: 'next {w.ToLowerInvariant()}' after the article date");
                return new(article.AddDays(-back), $"relative: last {Capital(w)} on or before the article date");
            }
            if ((w == "FOLLOWING" || w == "NEXT") && i + 1 < tokens.Count && tokens[i + 1].Norm == "DAY")
            {
                return new(previous.AddDays(1), "relative: 'the following day' = previous sentence's date + 1");
            }
            if (w == "DAYS" && i + 1 < tokens.Count && tokens[i + 1].Norm is "FOLLOWING" or "AFTER" or "LATER")
            {
                return new(previous, "relative: 'in the days following' = previous sentence's date (approximate)");
            }
            if (w == "DURING" && i + 2 < tokens.Count && tokens[i + 1].Norm == "THE" && tokens[i + 2].Norm is "TALKS" or "VISIT" or "MEETING" or "DIALOGUE" or "TRIP" or "SUMMIT" or "CALL")
            {
                return new(previous, $"relative: 'during the {tokens[i + 2].Text}' = previous sentence's date");
            }
            if (w == "LAST" && i + 1 < tokens.Count)
            {
                switch (tokens[i + 1].Norm)
                {
                    case "WEEK": return new(article.AddDays(-7), "relative: 'last week' = article date − 7 (approximate)");
                    case "MONTH": return new(article.AddMonths(-1), "relative: 'last month' = article date − 1 month (approximate)");
                    case "YEAR": return new(article.AddYears(-1), "relative: 'last year' = article date − 1 year (approximate)");
                }
            }
        }
        return new(article, "article date");
    }

    private static int? Month(string w)
    {
        int i = Array.IndexOf(Months, w);
        if (i < 0) i = Array.IndexOf(MonthAbbreviations, w.TrimEnd('.'));
        // "May" alone is too often the verb; it counts only next to a day or year (checked by the caller).
        return i < 0 ? null : i + 1;
    }

    private static int? Day(string w)
    {
        var s = w.AsSpan();
        if (s.EndsWith("ST") || s.EndsWith("ND") || s.EndsWith("RD") || s.EndsWith("TH")) s = s[..^2];
        return s.Length is 1 or 2 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d is >= 1 and <= 31 ? d : null;
    }

    private static int? Year(string w) =>
        w.Length == 4 && int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100 ? y : null;

    private static string Capital(string w) => w[0] + w[1..].ToLowerInvariant();
}
