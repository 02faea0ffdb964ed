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

            if (result.OutOfSample is { } oos) OutOfSample(w, oos);

            var o = result.Options;
            w.WriteStartObject("settings");
            w.WriteNumber("seed", o.Seed);
            w.WriteNumber("bootstrap_resamples", o.Resamples);
            w.WriteNumber("folds", o.Folds);
            w.WriteString("time_split", o.TimeSplit.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("fold_draws", o.Draws);
            w.WriteStartArray("time_splits");
            foreach (var cut in o.TimeSplits) w.WriteStringValue(cut.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>
    /// <c>out_of_sample</c>: repeated cross-validation and time/wave splits. Keys name a score and
    /// what it scores: <c>ae|model</c>, <c>brier|p</c>, <c>log|p</c>, <c>crps|model|kind</c>,
    /// <c>ae-median|model|kind</c>, <c>in50|…</c>/<c>in90|…</c> (coverage), <c>w50|…</c>/<c>w90|…</c>
    /// (mean width). <c>mean</c> is over the evaluation's partitions (fold draws), <c>p05</c>/<c>p95</c>
    /// their range, <c>ci</c> a bootstrap interval over proposals.
    /// </summary>
    private static void OutOfSample(Utf8JsonWriter w, Evaluation.OutOfSampleReport r)
    {
        w.WriteStartObject("out_of_sample");
        w.WriteNumber("fold_draws", r.Draws);
        w.WriteNumber("folds", r.Folds);
        w.WriteStartArray("partitions");
        foreach (var p in r.Partitions)
        {
            w.WriteStartObject();
            w.WriteString("evaluation", p.Evaluation);
            w.WriteString("name", p.Name);
            w.WriteNumber("test_issues", p.TestIssues);
            w.WriteNumber("training_only_issues", p.TrainingOnlyIssues);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("point_models");
        foreach (var m in r.PointModels) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteStartArray("status_quo_models");
        foreach (var m in r.ProbabilityModels) w.WriteStringValue(m);
        w.WriteEndArray();
        w.WriteStartArray("status_quo_counts");
        foreach (var c in r.StatusQuoCounts)
        {
            w.WriteStartObject();
            w.WriteString("by", c.By);
            w.WriteString("group", c.Group);
            w.WriteNumber("with_reference_point", c.WithReferencePoint);
            w.WriteNumber("at_reference_point", c.AtReferencePoint);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("metrics");
        foreach (var m in r.Metrics)
        {
            w.WriteStartObject();
            w.WriteString("evaluation", m.Evaluation);
            w.WriteString("key", m.Key);
            w.WriteNumber("partitions", m.Partitions);
            w.WriteNumber("issues", m.Issues);
            Number(w, "mean", m.Mean);
            Number(w, "p05", m.P05);
            Number(w, "p95", m.P95);
            Number(w, "min", m.Min);
            Number(w, "max", m.Max);
            w.WritePropertyName("ci");
            Pair(w, m.Ci);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("paired");
        foreach (var m in r.Paired) Comparison(w, "mean_difference", m.Evaluation, m.Key, m.Versus, m.Issues, m.Mean, m.P05, m.P95, m.Ci);
        w.WriteEndArray();
        w.WriteStartArray("skill");
        foreach (var m in r.Skills) Comparison(w, "skill", m.Evaluation, m.Key, m.Versus, m.Issues, m.Mean, m.P05, m.P95, m.Ci);
        w.WriteEndArray();
        w.WriteStartArray("choices");
        foreach (var c in r.Choices)
        {
            w.WriteStartObject();
            w.WriteString("evaluation", c.Evaluation);
            w.WriteString("forecaster", c.Forecaster);
            w.WriteString("choice", c.Choice);
            w.WriteNumber("count", c.Count);
            w.WriteNumber("of", c.Of);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("goals");
        foreach (var g in r.Goals)
        {
            w.WriteStartObject();
            w.WriteString("goal", g.Goal);
            w.WriteString("measured", g.Measured);
            w.WriteBoolean("met", g.Met);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
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

    /// <summary>One model against a reference over fold draws: paired differences and skill scores share this shape.</summary>
    private static void Comparison(Utf8JsonWriter w, string meanName, string evaluation, string key, string versus, int issues, double mean, double p05, double p95, Interval ci)
    {
        w.WriteStartObject();
        w.WriteString("evaluation", evaluation);
        w.WriteString("key", key);
        w.WriteString("versus", versus);
        w.WriteNumber("issues", issues);
        Number(w, meanName, mean);
        Number(w, "p05", p05);
        Number(w, "p95", p95);
        w.WritePropertyName("ci");
        Pair(w, ci);
        w.WriteEndObject();
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
