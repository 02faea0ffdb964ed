using System.Security.Cryptography;
using System.Text;
using Parley.Events.Reference;

namespace Parley.Events.Import;

/// <summary>
/// One hand-entered event from a Parley events file (CSV with header, or an item of a YAML
/// list). Fields are given by name; <see cref="Columns"/> is their canonical order. The Goldstein
/// score and QuadClass come from the CAMEO code (GDELT's table and rule), so a hand-entered event
/// is scored exactly like a GDELT event with the same code.
/// </summary>
public sealed class ParleyEventParser
{
    public const int Id = 0, Date = 1, Source = 2, Target = 3, Cameo = 4, Description = 5, Citation = 6, Url = 7, SourceName = 8, TargetName = 9;

    /// <summary>Field names, in the canonical order used by <see cref="Parse"/>.</summary>
    public static readonly string[] Columns = ["id", "date", "source", "target", "cameo", "description", "citation", "url", "source_name", "target_name"];

    public static readonly string[] RequiredColumns = ["date", "source", "target", "cameo"];

    public static ParleyEventParser Instance { get; } = new();

    public static EventDataset Dataset => EventDataset.Parley;

    /// <summary>Parses fields in canonical order into the next row of <paramref name="batch"/>.</summary>
    public LineProblem? Parse<TFields>(scoped in TFields f, EventBatch batch, long line)
        where TFields : IFields, allows ref struct
    {
        var problem = Fill(f, batch, line);
        if (problem is null) batch.CommitRow();
        else batch.AbandonRow();
        return problem;
    }

    private static LineProblem? Fill<TFields>(scoped in TFields f, EventBatch batch, long line)
        where TFields : IFields, allows ref struct
    {
        int row = batch.BeginRow(line);
        var dateText = f[Date].Trim();
        if (dateText.IsEmpty) return new LineProblem("date", "missing; write the date as YYYY-MM-DD");
        if (!FieldParsers.TryParseIsoDate(dateText, out var date)) return new LineProblem("date", $"{FieldParsers.Quote(dateText)} is not a date YYYY-MM-DD");
        if (!ActorReference.TryResolve(f[Source], out var sourceCode, out var sourceCountry))
        {
            return new LineProblem("source", f[Source].Trim().IsEmpty ? "missing; give a CAMEO actor code such as RUSGOV or a country"
                : $"{FieldParsers.Quote(f[Source].Trim())} is neither a CAMEO actor code (e.g. RUSGOV) nor a country Parley knows");
        }
        if (!ActorReference.TryResolve(f[Target], out var targetCode, out var targetCountry))
        {
            return new LineProblem("target", f[Target].Trim().IsEmpty ? "missing; give a CAMEO actor code such as USAGOV or a country"
                : $"{FieldParsers.Quote(f[Target].Trim())} is neither a CAMEO actor code (e.g. USAGOV) nor a country Parley knows");
        }
        var codeText = f[Cameo].Trim();
        if (codeText.IsEmpty) return new LineProblem("cameo", "missing; give a CAMEO event code such as 042 (quote it in YAML to keep the leading zero)");
        var code = ReferenceData.Codebook.Find(codeText);
        if (code is null)
        {
            string hint = codeText.Length is 1 or 2 or 3 && FieldParsers.AllDigits(codeText) && ReferenceData.Codebook.Find("0" + codeText.ToString()) is { } padded
                ? $"; did you mean {padded.Code} ({padded.Name})? CAMEO codes keep their leading zero" : "";
            return new LineProblem("cameo", $"{FieldParsers.Quote(codeText)} is not in the CAMEO codebook{hint}");
        }
        if (code.Goldstein is not double goldstein) return new LineProblem("cameo", $"code {code.Code} has no Goldstein score");

        var id = f[Id].Trim();
        if (id.IsEmpty) batch.Set(EventText.EventKey, DerivedKey(date, sourceCode, targetCode, code.Code));
        else batch.Set(EventText.EventKey, id);
        batch.Dates[row] = date;
        batch.Set(EventText.SourceCode, sourceCode);
        batch.Set(EventText.SourceName, f[SourceName].Trim());
        batch.Set(EventText.SourceCountry, sourceCountry);
        batch.Set(EventText.TargetCode, targetCode);
        batch.Set(EventText.TargetName, f[TargetName].Trim());
        batch.Set(EventText.TargetCountry, targetCountry);
        batch.Set(EventText.CameoCode, code.Code);
        batch.Set(EventText.RootCode, code.RootCode);
        batch.Quads[row] = code.Quad(QuadRule.Gdelt);
        batch.Goldstein[row] = goldstein;
        var url = f[Url].Trim();
        batch.Set(EventText.Story, url.IsEmpty ? f[Citation].Trim() : url);
        batch.Set(EventText.Description, f[Description].Trim());
        return null;
    }

    /// <summary>
    /// Events without an id are keyed on what identifies them (date, dyad, code), so re-importing
    /// an edited description does not duplicate the event; two same-day events of the same dyad
    /// and code need explicit ids.
    /// </summary>
    private static string DerivedKey(DateOnly date, string source, string target, string code)
    {
        string identity = FormattableString.Invariant($"{date:yyyy-MM-dd}|{source}|{target}|{code}");
        return "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }
}
