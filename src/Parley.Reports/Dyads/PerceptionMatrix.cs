namespace Parley.Reports.Dyads;

/// <summary>
/// For each ordered pair of actors, the relation as the row actor sees it with the column actor.
/// A neutral input for <see cref="Charts.PerceptionGridChart"/>: any model that assesses dyads
/// (the expected-utility model does) can be turned into one without this project knowing the model.
/// </summary>
public sealed class PerceptionMatrix
{
    private readonly PerceptionCategory[,] cells;

    /// <param name="actorIds">Row and column order.</param>
    /// <param name="cells">[row, column]: how the row actor sees its relation with the column actor.</param>
    /// <param name="dimensionId">The issue the perceptions are about, if they are per issue.</param>
    /// <param name="note">Where the matrix comes from (model, round), shown under the chart title.</param>
    public PerceptionMatrix(IReadOnlyList<string> actorIds, PerceptionCategory[,] cells, string? dimensionId = null, string? note = null)
    {
        if (cells.GetLength(0) != actorIds.Count || cells.GetLength(1) != actorIds.Count)
        {
            throw new ArgumentException($"The matrix must be {actorIds.Count} × {actorIds.Count}, one row and column per actor.", nameof(cells));
        }
        ActorIds = [.. actorIds];
        this.cells = (PerceptionCategory[,])cells.Clone();
        DimensionId = dimensionId;
        Note = note;
    }

    public IReadOnlyList<string> ActorIds { get; }

    public string? DimensionId { get; }

    public string? Note { get; }

    public int Count => ActorIds.Count;

    public PerceptionCategory this[int row, int column] => cells[row, column];
}
