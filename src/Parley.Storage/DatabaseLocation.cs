using System.Text;

namespace Parley.Storage;

/// <summary>
/// Where Parley's database lives (the event ledger and the scenario store share it), from the <c>--db</c> value: a DuckDB file path (the default), or a
/// PostgreSQL server given as a URI (<c>postgres://user:pass@host:5432/db</c>) or as an Npgsql
/// connection string (<c>Host=…;Database=…</c>).
/// </summary>
public sealed record DatabaseLocation(DatabaseKind Kind, string ConnectionString, string Display, string? FilePath = null)
{
    public const string DefaultPath = "parley.duckdb";

    public static DatabaseLocation Parse(string? value)
    {
        string text = string.IsNullOrWhiteSpace(value) ? DefaultPath : value.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseLocation(DatabaseKind.Postgres, FromUri(text), HidePassword(text));
        }
        if (text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains(";Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseLocation(DatabaseKind.Postgres, text, "PostgreSQL server");
        }
        return new DatabaseLocation(DatabaseKind.DuckDb, "Data Source=" + text, text, text);
    }

    private static string FromUri(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StorageException($"'{HidePassword(text)}' is not a PostgreSQL URI; write postgres://user:password@host:5432/database");
        }
        var b = new StringBuilder();
        b.Append("Host=").Append(uri.Host);
        b.Append(";Port=").Append(uri.Port > 0 ? uri.Port : 5432);
        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) b.Append(";Database=").Append(Quote(database));
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Append(";Username=").Append(Quote(Uri.UnescapeDataString(parts[0])));
            if (parts.Length == 2) b.Append(";Password=").Append(Quote(Uri.UnescapeDataString(parts[1])));
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]);
            string val = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            b.Append(';').Append(key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key).Append('=').Append(Quote(val));
        }
        return b.ToString();
    }

    private static string Quote(string value) => value.IndexOfAny([';', '=', '"', '\'']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>Messages name the server but never echo a password.</summary>
    private static string HidePassword(string uri)
    {
        int scheme = uri.IndexOf("://", StringComparison.Ordinal);
        int at = uri.IndexOf('@');
        if (scheme < 0 || at < 0) return uri;
        int colon = uri.IndexOf(':', scheme + 3);
        return colon > 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
    }
}
