using Parley.Storage;

namespace Parley.Events.Store;

/// <summary>
/// The ledger cannot be opened or used (bad --db value, server down, a file of another
/// program, a newer schema). The message says which and is meant for the user.
/// </summary>
public sealed class LedgerException(string message, Exception? inner = null) : StorageException(message, inner);
