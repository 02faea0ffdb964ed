namespace Parley.Core.Validation;

/// <summary>
/// The names of the rules an input can break. Stable identifiers: tests, the CLI's JSON output and
/// the web API all refer to them, so rename only with care.
/// </summary>
public static class Rules
{
    // The file as a whole.
    public const string FileNotFound = "file-not-found";
    public const string FileTooLarge = "file-too-large";
    public const string EmptyFile = "empty-file";
    public const string InvalidEncoding = "invalid-encoding";
    public const string UnknownFormat = "unknown-format";
    public const string MalformedYaml = "malformed-yaml";
    public const string MalformedJson = "malformed-json";
    public const string MalformedCsv = "malformed-csv";
    public const string MalformedXml = "malformed-xml";
    public const string TooDeep = "too-deep";
    public const string TooManyNodes = "too-many-nodes";

    // Structure.
    public const string MissingField = "missing-field";
    public const string UnknownField = "unknown-field";
    public const string DuplicateKey = "duplicate-key";
    public const string WrongType = "wrong-type";
    public const string NonFinite = "non-finite-number";
    public const string InvalidDate = "invalid-date";
    public const string InvalidValue = "invalid-value";

    // Content.
    public const string EmptyScenario = "empty-scenario";
    public const string DuplicateId = "duplicate-id";
    public const string InvalidId = "invalid-id";
    public const string UnknownActor = "unknown-actor";
    public const string UnknownDimension = "unknown-dimension";
    public const string UnknownSource = "unknown-source";
    public const string DuplicateStance = "duplicate-stance";
    public const string MissingStance = "missing-stance";
    public const string InvalidScale = "invalid-scale";
    public const string PositionOutOfScale = "position-out-of-scale";
    public const string SalienceOutOfRange = "salience-out-of-range";
    public const string NegativeCapability = "negative-capability";
    public const string RangeInverted = "range-inverted";
    public const string RangeExcludesValue = "range-excludes-value";
    public const string AnchorOutOfScale = "anchor-out-of-scale";
    public const string StatusQuoOutOfScale = "status-quo-out-of-scale";
    public const string NoWeight = "no-weight";
    public const string InvalidAccommodation = "invalid-accommodation";
    public const string DuplicateAccommodation = "duplicate-accommodation";
    public const string InvalidDecisionRule = "invalid-decision-rule";
    public const string ObservedOutOfScale = "observed-out-of-scale";

    // Running a model.
    public const string ModelFailed = "model-failed";
}
