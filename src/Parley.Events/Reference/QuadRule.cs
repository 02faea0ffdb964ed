namespace Parley.Events.Reference;

/// <summary>
/// How a dataset maps CAMEO root codes (01–20) to QuadClass. Each dataset keeps its own rule so
/// that Parley's counts agree with what the dataset's own users compute.
/// </summary>
public enum QuadRule
{
    /// <summary>GDELT's <c>QuadClass</c> field: 01–05 verbal coop., 06–09 material coop., 10–14 verbal conflict, 15–20 material conflict.</summary>
    Gdelt,

    /// <summary>The <c>andybega/icews</c> package rule (ICEWS files carry no QuadClass): 01–05, 06–08, 09–13, 14–20.</summary>
    Icews,
}

public static class QuadRules
{
    /// <summary>The class of a root code 1..20 under the rule; null for anything else.</summary>
    public static QuadClass? Classify(QuadRule rule, int root)
    {
        if (root < 1 || root > 20) return null;
        return rule switch
        {
            QuadRule.Gdelt => root <= 5 ? QuadClass.VerbalCooperation : root <= 9 ? QuadClass.MaterialCooperation : root <= 14 ? QuadClass.VerbalConflict : QuadClass.MaterialConflict,
            _ => root <= 5 ? QuadClass.VerbalCooperation : root <= 8 ? QuadClass.MaterialCooperation : root <= 13 ? QuadClass.VerbalConflict : QuadClass.MaterialConflict,
        };
    }

    public static string Describe(QuadRule rule) => rule switch
    {
        QuadRule.Gdelt => "GDELT QuadClass: roots 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict",
        _ => "ICEWS (andybega/icews package): roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict",
    };
}
