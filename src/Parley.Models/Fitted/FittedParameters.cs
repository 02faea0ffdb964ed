using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Models.Fitted;

/// <summary>
/// The fitted model's parameters, as stored in a versioned JSON file
/// (<c>fitted-compromise.v1.json</c>, embedded; written by <c>parley backtest deu3 --fit-out</c>).
/// <see cref="SnapDistance"/> and the share bonus are fractions of the dimension's scale width, so
/// the model applies to any scale.
/// </summary>
public sealed record FittedParameters(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("capability_exponent")] double CapabilityExponent,
    [property: JsonPropertyName("salience_exponent")] double SalienceExponent,
    [property: JsonPropertyName("snap_distance")] double SnapDistance,
    [property: JsonPropertyName("share_bonus")] double ShareBonus,
    [property: JsonPropertyName("trained_on")] string TrainedOn = "",
    [property: JsonPropertyName("fitted_by")] string FittedBy = "",
    [property: JsonPropertyName("out_of_sample")] string OutOfSample = "")
{
    public const string ResourceName = "Parley.Models.Fitted.fitted-compromise.v1.json";

    /// <summary>Plain compromise model: no exponent, no snapping.</summary>
    public static readonly FittedParameters Compromise = new(0, 1, 1, 0, 0);

    private static readonly Lazy<FittedParameters> shipped = new(LoadShipped);

    /// <summary>The parameters shipped with Parley (fitted on DEU III).</summary>
    public static FittedParameters Shipped => shipped.Value;

    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    public static FittedParameters FromJson(string json) =>
        JsonSerializer.Deserialize<FittedParameters>(json, JsonOptions) ?? throw new JsonException("empty parameters file");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"capability^{CapabilityExponent:0.###} × salience^{SalienceExponent:0.###}, snap ≤ {SnapDistance * 100:0.###} % of the scale, share bonus {ShareBonus:0.###}");

    private static FittedParameters LoadShipped()
    {
        using var stream = typeof(FittedParameters).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("embedded fitted parameters missing: " + ResourceName);
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
