using System.Text;
using System.Text.Json;
using Parley.Core;

namespace Parley.Analysis.Backtest.Report;

/// <summary>
/// The JSON contract of <c>parley backtest --format json</c>:
/// <c>{"scores": [{"model", "capability", "evaluation", "issues", "mae", "rmse", "median_ae",
/// "within10", "within20", "mae_ci": [lo, hi]}]}</c>, plus (additive) <c>failures</c>,
/// <c>paired</c>, <c>breakdowns</c>, <c>candidates</c>, <c>calibration</c>, <c>fitted</c> and
/// <c>settings</c>. Numbers at full precision; NaN written as null.
/// </summary>
public static class BacktestJsonWriter
{
    public static string Write(BacktestResult result)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("dataset", "deu3");
            w.WriteStartArray("scores");
            foreach (var s in result.Scores)
            {
                w.WriteStartObject();
                w.WriteString("model", s.Model);
                w.WriteString("capability", s.Capability);
                w.WriteString("evaluation", s.Evaluation);
                Scores(w, s.Scores);
                w.WritePropertyName("mae_ci");
                Pair(w, s.MaeCi);
                w.WriteNumber("failures", s.Failures);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("failures");
            foreach (var f in result.Failures)
            {
                w.WriteStartObject();
                w.WriteString("model", f.Model);
                w.WriteString("capability", f.Capability);
                w.WriteNumber("failed", f.Failed);
                w.WriteNumber("timed_out", f.TimedOut);
                w.WriteNumber("skipped", f.Skipped);
                if (f.FirstMessage is not null) w.WriteString("message", f.FirstMessage);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("paired");
            foreach (var p in result.Paired)
            {
                w.WriteStartObject();
                w.WriteString("model", p.Model);
                w.WriteString("capability", p.Capability);
                w.WriteString("evaluation", p.Evaluation);
                w.WriteString("versus", p.Versus);
                w.WriteNumber("issues", p.Issues);
                Number(w, "mae_difference", p.MaeDifference);
                w.WritePropertyName("ci");
                Pair(w, p.Ci);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("breakdowns");
            foreach (var b in result.Breakdowns)
            {
                w.WriteStartObject();
                w.WriteString("model", b.Model);
                w.WriteString("capability", b.Capability);
                w.WriteString("evaluation", b.Evaluation);
                w.WriteString("by", b.By);
                w.WriteString("group", b.Group);
                Scores(w, b.Scores);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("candidates");
            foreach (var c in result.Candidates)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("description", c.Description);
                w.WriteString("all_issues", c.AllIssuesParameters);
                w.WriteString("time_split", c.TimeSplitParameters);
                w.WriteStartArray("cv_folds");
                foreach (var p in c.CvParameters) w.WriteStringValue(p);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("calibration");
            foreach (var c in result.Calibration)
            {
                w.WriteStartObject();
                w.WriteString("forecaster", c.Forecaster);
                w.WriteString("evaluation", c.Evaluation);
                w.WriteNumber("level", c.Level);
                w.WriteNumber("issues", c.Issues);
                Number(w, "coverage", c.Share);
                Number(w, "mean_width", c.MeanWidth);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            if (result.Fitted is { } fitted)
            {
                w.WriteStartObject("fitted");
                w.WriteNumber("capability_exponent", fitted.CapabilityExponent);
                w.WriteNumber("salience_exponent", fitted.SalienceExponent);
                w.WriteNumber("snap_distance", fitted.SnapDistance);
                w.WriteNumber("share_bonus", fitted.ShareBonus);
                w.WriteEndObject();
            }

            var o = result.Options;
            w.WriteStartObject("settings");
            w.WriteNumber("seed", o.Seed);
            w.WriteNumber("bootstrap_resamples", o.Resamples);
            w.WriteNumber("folds", o.Folds);
            w.WriteString("time_split", o.TimeSplit.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Scores(Utf8JsonWriter w, ErrorScores s)
    {
        w.WriteNumber("issues", s.Issues);
        Number(w, "mae", s.Mae);
        Number(w, "rmse", s.Rmse);
        Number(w, "median_ae", s.MedianAe);
        Number(w, "within10", s.Within10);
        Number(w, "within20", s.Within20);
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }

    private static void Pair(Utf8JsonWriter w, Interval interval)
    {
        w.WriteStartArray();
        foreach (double v in new[] { interval.Low, interval.High })
        {
            if (double.IsFinite(v)) w.WriteNumberValue(v);
            else w.WriteNullValue();
        }
        w.WriteEndArray();
    }
}
