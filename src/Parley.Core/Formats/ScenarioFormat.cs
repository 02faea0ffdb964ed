namespace Parley.Core.Formats;

/// <summary>The file formats a scenario can be read from.</summary>
public enum ScenarioFormat
{
    /// <summary>Parley's primary format, written by people.</summary>
    Yaml,

    /// <summary>The same structure as YAML, for machines.</summary>
    Json,

    /// <summary>Parley's flat CSV: one row per actor × dimension.</summary>
    Csv,

    /// <summary>The replications' one-issue table <c>actor,capability,position,salience</c> (salience 0–1).</summary>
    BdmCsv,

    /// <summary>KTAB's SMP CSV (title line, then Actor,Description,Power,Pos,Sal,…).</summary>
    KtabCsv,

    /// <summary>Decide's tagged CSV (<c>#A</c>, <c>#P</c>, <c>#M</c>, <c>#D</c> rows) for the exchange model.</summary>
    DecideCsv,

    /// <summary>KTAB's SMP XML (with model parameters and ideal-accommodation matrix).</summary>
    KtabXml,
}
