using System.Collections.Immutable;
using System.Data.Common;
using Crosswire.Core.Errors;
using Crosswire.Storage.Stories;

namespace Crosswire.Storage.Relational;

/// <summary>
/// What the SQL stores' write transactions share: the checks before each call, and how a driver error
/// (<typeparamref name="TError"/>) becomes the store's error — a constraint violation while adding is a broken
/// store contract (<see cref="InvalidOperationException"/>), anything else the store's catalogue error. The
/// statements themselves stay in each store.
/// </summary>
internal abstract class RelationalStoreTransaction<TError>(DbTransaction transaction, string storeName, long lastSequence) : IStoreTransaction
    where TError : DbException
{
    public long LastSequence { get; } = lastSequence;

    /// <summary>Committed or disposed: every further call throws <see cref="ObjectDisposedException"/>.</summary>
    protected bool Done { get; set; }

    public async Task<ImmutableArray<Admission>> AdmitAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ThrowIfDone();
        try
        {
            return await AdmitCoreAsync(candidates, cancellationToken);
        }
        catch (TError error)
        {
            throw Translate(error);
        }
    }

    public async Task AddAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ThrowIfDone();
        try
        {
            await AddCoreAsync(articles, cancellationToken);
        }
        catch (TError error) when (ConstraintMessage(error) is { } message)
        {
            throw new InvalidOperationException($"{storeName}: broken store contract: {message}", error);
        }
        catch (TError error)
        {
            throw Translate(error);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDone();
        try
        {
            await transaction.CommitAsync(cancellationToken);
            Done = true;
        }
        catch (TError error)
        {
            throw Translate(error);
        }
    }

    public abstract ValueTask DisposeAsync();

    /// <summary><see cref="IStoreTransaction.AdmitAsync"/> once the arguments are checked.</summary>
    protected abstract Task<ImmutableArray<Admission>> AdmitCoreAsync(IReadOnlyList<ArticleKey> candidates, CancellationToken cancellationToken);

    /// <summary><see cref="IStoreTransaction.AddAsync"/> once the arguments are checked.</summary>
    protected abstract Task AddCoreAsync(IReadOnlyList<ArticleRecord> articles, CancellationToken cancellationToken);

    /// <summary>The store's catalogue error for a driver error.</summary>
    protected abstract CrosswireException Translate(TError error);

    /// <summary>The driver's message when <paramref name="error"/> is a constraint violation; otherwise null.</summary>
    protected abstract string? ConstraintMessage(TError error);

    protected void ThrowIfDone() => ObjectDisposedException.ThrowIf(Done, this);
}
