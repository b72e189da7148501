using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Input;

/// <summary>Reads the bytes of files and streams within the size limit, never reading more than the limit
/// (plus one byte, for streams of unknown length).</summary>
internal static class InputLoader
{
    /// <summary>The bytes of the file at <paramref name="path"/>; throws E001, E003 or E012.</summary>
    public static byte[] ReadFile(string path, string name, long maxBytes)
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
            return ReadStream(stream, name, maxBytes);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CrosswireException(ErrorCatalogue.Unreadable, name, error, error.Message);
        }
    }

    /// <summary>The bytes of <paramref name="stream"/> from its position; throws E003 (seekable stream over
    /// the limit), E130 (other stream over the limit) or E012.</summary>
    public static byte[] ReadStream(Stream stream, string name, long maxBytes)
    {
        try
        {
            if (stream.CanSeek)
            {
                var remaining = stream.Length - stream.Position;
                if (remaining > maxBytes)
                {
                    throw new CrosswireException(ErrorCatalogue.TooLarge, name, remaining, maxBytes);
                }

                var bytes = new byte[remaining];
                stream.ReadExactly(bytes);
                return bytes;
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
