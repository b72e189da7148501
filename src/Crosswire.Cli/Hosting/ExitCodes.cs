namespace Crosswire.Cli.Hosting;

/// <summary>
/// The exit codes of every Crosswire command, so that scripts can tell a clean run from a partial one.
/// </summary>
public static class ExitCodes
{
    /// <summary>0: everything given was processed.</summary>
    public const int Success = 0;

    /// <summary>1: some inputs were rejected (each one reported on stderr), the others were processed.</summary>
    public const int SomeRejected = 1;

    /// <summary>2: a usage error (unknown option, missing argument, bad value), an error that stopped the
    /// command, or nothing at all could be processed.</summary>
    public const int Failure = 2;

    /// <summary>3: an unexpected internal error (a bug); details with <c>--verbose</c>.</summary>
    public const int InternalError = 3;

    /// <summary>The exit code of a batch that processed <paramref name="processed"/> inputs and rejected
    /// <paramref name="rejected"/>: <see cref="Failure"/> when nothing was processed,
    /// <see cref="SomeRejected"/> when something was rejected, else <see cref="Success"/>.</summary>
    public static int ForBatch(int processed, int rejected) =>
        processed == 0 ? Failure : rejected > 0 ? SomeRejected : Success;
}
