using System.Buffers;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Input;

/// <summary>Reads the bytes of files and streams within the size limit, never reading more than the limit
/// (plus one byte, for streams of unknown length).</summary>
internal static class InputLoader
{
    /// <summary>The bytes of the file at <paramref name="path"/>; throws E001, E003 or E012. See
    /// <see cref="ReadStream"/> for <paramref name="rented"/>.</summary>
    public static ReadOnlyMemory<byte> ReadFile(string path, string name, long maxBytes, out byte[]? rented)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new CrosswireException(ErrorCatalogue.NotFound, name);
            }

            if (info.Length > maxBytes)
            {
                throw new CrosswireException(ErrorCatalogue.TooLarge, name, info.Length, maxBytes);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadStream(stream, name, maxBytes, out rented);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CrosswireException(ErrorCatalogue.Unreadable, name, error, error.Message);
        }
    }

    /// <summary>The bytes of <paramref name="stream"/> from its position; throws E003 (seekable stream over
    /// the limit), E130 (other stream over the limit) or E012. The bytes of a seekable stream are read into
    /// <paramref name="rented"/>, an array of <see cref="ArrayPool{T}.Shared"/> that the caller may return
    /// once it no longer reads them (a fresh whole-input array would land on the large object heap for
    /// every big input); otherwise <paramref name="rented"/> is null.</summary>
    public static ReadOnlyMemory<byte> ReadStream(Stream stream, string name, long maxBytes, out byte[]? rented)
    {
        rented = null;
        try
        {
            if (stream.CanSeek)
            {
                var remaining = stream.Length - stream.Position;
                if (remaining > maxBytes)
                {
                    throw new CrosswireException(ErrorCatalogue.TooLarge, name, remaining, maxBytes);
                }

                var bytes = ArrayPool<byte>.Shared.Rent((int)remaining);
                try
                {
                    stream.ReadExactly(bytes.AsSpan(0, (int)remaining));
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                    throw;
                }

                rented = bytes;
                return bytes.AsMemory(0, (int)remaining);
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new CrosswireException(ErrorCatalogue.StreamTooLarge, name, maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CrosswireException(ErrorCatalogue.Unreadable, name, error, error.Message);
        }
    }
}
