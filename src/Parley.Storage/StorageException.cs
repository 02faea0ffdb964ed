namespace Parley.Storage;

/// <summary>
/// The database cannot be reached or used: a bad <c>--db</c> value, a file DuckDB cannot open, a server
/// that refuses the connection. The message is written for the user and never contains a password;
/// faces report it as bad input (exit 2 / HTTP 4xx-5xx without internals), not as a bug.
/// </summary>
public class StorageException(string message, Exception? inner = null) : Exception(message, inner);
