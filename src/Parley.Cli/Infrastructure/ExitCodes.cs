namespace Parley.Cli.Infrastructure;

/// <summary>Exit codes, stable for scripts.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something unexpected inside Parley (a bug): the message says so.</summary>
    public const int InternalError = 1;

    /// <summary>The input (file, option, setting) is invalid; the problems were printed.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl-C; what finished was printed.</summary>
    public const int Cancelled = 130;
}
