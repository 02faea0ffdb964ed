using System.Globalization;
using System.Text;
using Parley.Core.Validation;

namespace Parley.Models.Settings;

/// <summary>
/// The one way a model reads its settings (the scenario file's <c>parameters: {MODEL: …}</c>
/// overridden by <c>--param NAME=VALUE</c>) into its options record <typeparamref name="TOptions"/>.
/// Each setting is declared once — name, kind of value, allowed values, default, help — and that
/// declaration both parses the text and describes the setting for <c>parley models</c> and the docs.
/// Names are case-insensitive and <c>-</c> equals <c>_</c>; every bad value is reported (field
/// <c>parameters.MODEL.NAME</c>), never thrown. Settings are applied in declaration order, so a
/// preset declared first is applied before the values that override it.
/// </summary>
public sealed class SettingsBinder<TOptions>
{
    private readonly string modelId;
    private readonly TOptions defaults;
    private readonly List<Declared> declared = [];
    private readonly List<Func<TOptions, SettingsCheck, TOptions>> checks = [];
    private bool acceptsPrefixed;

    /// <param name="modelId">The model's id, for messages and problem fields.</param>
    /// <param name="defaults">The options with no setting given; defaults shown are read from it.</param>
    public SettingsBinder(string modelId, TOptions defaults)
    {
        this.modelId = modelId;
        this.defaults = defaults;
    }

    /// <summary>The settings in the order <c>parley models</c> lists them.</summary>
    public IReadOnlyList<ModelSetting> Settings => [.. declared.Select(d => d.Setting)];

    public IReadOnlyList<string> Names => [.. declared.Select(d => d.Setting.Name)];

    /// <summary>
    /// The general form: <paramref name="parse"/> turns the text into new options or returns the
    /// reason it is wrong (shown as the problem's message).
    /// </summary>
    public SettingsBinder<TOptions> Add(string name, string kind, IReadOnlyList<string> allowed, string help,
        Func<TOptions, string> show, Func<TOptions, string, (TOptions? Options, string? Error)> parse)
    {
        if (declared.Any(d => Same(d.Setting.Name, name))) throw new ArgumentException($"setting '{name}' is declared twice", nameof(name));
        declared.Add(new Declared(new ModelSetting(name, kind, show(defaults), allowed, help), parse));
        return this;
    }

    /// <summary>A choice among named values; <paramref name="error"/> replaces the standard message.</summary>
    public SettingsBinder<TOptions> Choice<TValue>(string name, string help, IReadOnlyList<(string Text, TValue Value)> values,
        Func<TOptions, TValue> get, Func<TOptions, TValue, TOptions> set, Func<string, string>? error = null, string unset = "")
    {
        var texts = values.Select(v => v.Text).ToArray();
        return Add(name, "choice", texts, help,
            o => values.FirstOrDefault(v => EqualityComparer<TValue>.Default.Equals(v.Value, get(o))).Text ?? unset,
            (o, text) =>
            {
                foreach (var (t, value) in values)
                {
                    if (SameValue(t, text)) return (set(o, value), null);
                }
                return (default, error?.Invoke(text) ?? $"{name} must be one of {string.Join(", ", texts)}, found '{text}'");
            });
    }

    /// <summary>A choice among the members of <typeparamref name="TEnum"/>, written as <see cref="ValueName{TEnum}"/> (<c>PairNormalised</c> → <c>pair-normalised</c>).</summary>
    public SettingsBinder<TOptions> Enum<TEnum>(string name, string help, Func<TOptions, TEnum> get, Func<TOptions, TEnum, TOptions> set, Func<string, string>? error = null)
        where TEnum : struct, Enum =>
        Choice(name, help, [.. System.Enum.GetValues<TEnum>().Select(v => (ValueName(v), v))], get, set, error);

    /// <summary>A finite number in [<paramref name="min"/>, <paramref name="max"/>] (infinite bounds are open).</summary>
    public SettingsBinder<TOptions> Number(string name, string help, double min, double max, Func<TOptions, double> get, Func<TOptions, double, TOptions> set, string? note = null)
    {
        var (kind, must) = Range(min, max);
        return Add(name, kind, [], help, o => double.IsNaN(get(o)) ? "unset" : Format(get(o)), (o, text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= min && value <= max
                ? (set(o, value), null)
                : (default, $"{name} must {must}{note}, found '{text}'"));
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public SettingsBinder<TOptions> Integer(string name, string help, int min, int max, Func<TOptions, int> get, Func<TOptions, int, TOptions> set, string? note = null) =>
        Add(name, $"whole number {min}–{max}", [], help, o => get(o).ToString(CultureInfo.InvariantCulture), (o, text) =>
            int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
                ? (set(o, value), null)
                : (default, $"{name} must be a whole number from {min} to {max}{note}, found '{text}'"));

    /// <summary>On or off (also true/false, yes/no, 1/0).</summary>
    public SettingsBinder<TOptions> Switch(string name, string help, Func<TOptions, bool> get, Func<TOptions, bool, TOptions> set) =>
        Add(name, "on/off", ["on", "off"], help, o => get(o) ? "on" : "off", (o, text) => text.ToLowerInvariant() switch
        {
            "on" or "true" or "yes" or "1" => (set(o, true), null),
            "off" or "false" or "no" or "0" => (set(o, false), null),
            _ => (default, $"{name} must be on or off (true/false), found '{text}'"),
        });

    /// <summary>
    /// Keys written <c>PREFIX.NAME</c> (an ensemble's member settings) are not unknown: they reach
    /// <paramref name="collect"/> together, after the declared settings.
    /// </summary>
    public SettingsBinder<TOptions> Prefixed(Func<TOptions, IReadOnlyDictionary<string, string>, TOptions> collect)
    {
        acceptsPrefixed = true;
        checks.Add((o, check) => collect(o, check.Prefixed));
        return this;
    }

    /// <summary>A rule across settings, run after every setting is read (e.g. xmin needs xmax).</summary>
    public SettingsBinder<TOptions> Check(Func<TOptions, SettingsCheck, TOptions> check)
    {
        checks.Add(check);
        return this;
    }

    /// <summary>Reads <paramref name="settings"/> or reports every bad one.</summary>
    public ParseResult<TOptions> Bind(IReadOnlyDictionary<string, string> settings)
    {
        var problems = new List<Problem>();
        var given = new Dictionary<string, (string Key, string Value)>(StringComparer.OrdinalIgnoreCase);
        var prefixed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rawKey, rawValue) in settings)
        {
            string key = rawKey.Trim();
            string value = rawValue.Trim();
            if (acceptsPrefixed && key.Contains('.'))
            {
                prefixed[key] = value;
                continue;
            }
            var setting = declared.Find(d => Same(d.Setting.Name, key));
            if (setting is null)
            {
                problems.Add(Problem(key, Unknown(key)));
                continue;
            }
            given[setting.Setting.Name] = (key, value);
        }

        var options = defaults;
        foreach (var setting in declared)
        {
            if (!given.TryGetValue(setting.Setting.Name, out var entry)) continue;
            var (parsed, error) = setting.Parse(options, entry.Value);
            if (error is not null) problems.Add(Problem(setting.Setting.Name, error));
            else options = parsed!;
        }
        var check = new SettingsCheck(this, given.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), prefixed, problems);
        foreach (var rule in checks) options = rule(options, check);
        return problems.Count > 0 ? ParseResult<TOptions>.ForProblems(problems) : ParseResult<TOptions>.ForValue(options);
    }

    /// <summary>The message for a setting the model does not have.</summary>
    private string Unknown(string key)
    {
        string known = declared.Count == 0 ? "it takes none" : "its settings are " + string.Join(", ", Names);
        string prefix = acceptsPrefixed ? " (or MEMBER.SETTING for a member)" : "";
        return $"unknown setting '{key}': model '{modelId}' has no setting '{key}'; {known}{prefix}";
    }

    internal Problem Problem(string key, string message) => new(Rules.InvalidValue, message, Field: $"parameters.{modelId}.{key}");

    /// <summary>The setting value of an enum member: <c>PairNormalised</c> → <c>pair-normalised</c>.</summary>
    public static string ValueName<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        string name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append('-');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>The kind shown by <c>parley models</c> and how a message says what is expected.</summary>
    private static (string Kind, string Must) Range(double min, double max) => (double.IsFinite(min) && min > double.MinValue, double.IsFinite(max) && max < double.MaxValue) switch
    {
        (true, true) => ($"number in [{Format(min)}, {Format(max)}]", $"lie in [{Format(min)}, {Format(max)}]"),
        (true, false) => ($"number ≥ {Format(min)}", $"be a number ≥ {Format(min)}"),
        (false, true) => ($"number ≤ {Format(max)}", $"be a number ≤ {Format(max)}"),
        _ => ("number", "be a number"),
    };

    private static bool Same(string a, string b) => string.Equals(a.Replace('-', '_'), b.Replace('-', '_'), StringComparison.OrdinalIgnoreCase);

    private static bool SameValue(string a, string b) => string.Equals(a.Replace('_', '-'), b.Replace('_', '-'), StringComparison.OrdinalIgnoreCase);

    private sealed record Declared(ModelSetting Setting, Func<TOptions, string, (TOptions? Options, string? Error)> Parse);

    /// <summary>What a cross-setting rule sees: which settings were given, and where to report a problem.</summary>
    public sealed class SettingsCheck
    {
        private readonly SettingsBinder<TOptions> binder;
        private readonly HashSet<string> given;
        private readonly List<Problem> problems;

        internal SettingsCheck(SettingsBinder<TOptions> binder, HashSet<string> given, IReadOnlyDictionary<string, string> prefixed, List<Problem> problems)
        {
            this.binder = binder;
            this.given = given;
            this.problems = problems;
            Prefixed = prefixed;
        }

        /// <summary>The <c>PREFIX.NAME</c> settings (see <see cref="SettingsBinder{TOptions}.Prefixed"/>).</summary>
        public IReadOnlyDictionary<string, string> Prefixed { get; }

        /// <summary>Whether setting <paramref name="name"/> was given (and not only defaulted).</summary>
        public bool Given(string name) => given.Contains(name);

        /// <summary>Whether any setting so far was wrong.</summary>
        public bool Failed => problems.Count > 0;

        public void Fail(string name, string message) => problems.Add(binder.Problem(name, message));
    }
}
