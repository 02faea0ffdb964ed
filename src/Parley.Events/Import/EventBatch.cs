using Parley.Events.Reference;

namespace Parley.Events.Import;

/// <summary>The text fields of a ledger event, in the order of the <c>events</c> table.</summary>
public enum EventText
{
    EventKey,
    SourceCode,
    SourceName,
    SourceCountry,
    TargetCode,
    TargetName,
    TargetCountry,
    CameoCode,
    RootCode,
    ActionFips,
    Story,
    Description,
}

/// <summary>Parsed ledger events, column by column (see <see cref="RowBatch{TColumn}"/>).</summary>
public sealed class EventBatch : RowBatch<EventText>
{
    public const int DefaultCapacity = 2048;

    public EventBatch(int capacity = DefaultCapacity) : base(capacity)
    {
        Dates = new DateOnly[capacity];
        Quads = new QuadClass[capacity];
        Goldstein = new double[capacity];
        NumMentions = new int[capacity];
        NumSources = new int[capacity];
        NumArticles = new int[capacity];
        AvgTone = new double[capacity];
        IsRootEvent = new sbyte[capacity];
    }

    public DateOnly[] Dates { get; }

    public QuadClass[] Quads { get; }

    /// <summary>NaN when the source gives none.</summary>
    public double[] Goldstein { get; }

    /// <summary>-1 when the source has no such count (ICEWS, hand-entered events).</summary>
    public int[] NumMentions { get; }

    public int[] NumSources { get; }

    public int[] NumArticles { get; }

    /// <summary>NaN when absent.</summary>
    public double[] AvgTone { get; }

    /// <summary>1 or 0, or -1 when the source has no such flag.</summary>
    public sbyte[] IsRootEvent { get; }

    protected override void ResetRow(int row)
    {
        Dates[row] = default;
        Quads[row] = default;
        Goldstein[row] = double.NaN;
        NumMentions[row] = -1;
        NumSources[row] = -1;
        NumArticles[row] = -1;
        AvgTone[row] = double.NaN;
        IsRootEvent[row] = -1;
    }
}
