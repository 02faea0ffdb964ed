using System.Globalization;

namespace Parley.Events.Queries;

/// <summary>A look-back window such as <c>12m</c>, <c>2y</c>, <c>8w</c> or <c>90d</c>, ending on (and including) an as-of date.</summary>
public readonly record struct ObservationWindow(int Amount, char Unit)
{
    public static ObservationWindow? Parse(string text)
    {
        text = text.Trim().ToLowerInvariant();
        if (text.Length < 2) return null;
        char unit = text[^1];
        if (unit is not ('d' or 'w' or 'm' or 'y')) return null;
        if (!int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int amount) || amount < 1 || amount > 1200) return null;
        return new ObservationWindow(amount, unit);
    }

    /// <summary>The first day of the window ending on <paramref name="asOf"/> (inclusive): 12m before 2019-12-20 starts on 2018-12-21.</summary>
    public DateOnly Start(DateOnly asOf) => Unit switch
    {
        'd' => asOf.AddDays(1 - Amount),
        'w' => asOf.AddDays(1 - 7 * Amount),
        'm' => asOf.AddMonths(-Amount).AddDays(1),
        _ => asOf.AddYears(-Amount).AddDays(1),
    };

    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit;
}
