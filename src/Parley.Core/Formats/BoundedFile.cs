namespace Parley.Core.Formats;

/// <summary>
/// Reads a whole input up to a size limit. <see cref="FileInfo.Length"/> is 0 for devices, pipes
/// and some virtual files (<c>/dev/zero</c>, <c>/proc/…</c>, a shell's <c>&lt;(…)</c>), so a check
/// of the length before reading is not enough: the limit is enforced while reading, and the read
/// stops one byte past it.
/// </summary>
public static class BoundedFile
{
    /// <summary>The bytes of <paramref name="path"/>, or null if it holds more than <paramref name="limit"/> bytes.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[]? ReadAllBytes(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return ReadAllBytes(stream, limit);
    }

    /// <summary>The rest of <paramref name="stream"/>, or null if more than <paramref name="limit"/> bytes remain.</summary>
    public static byte[]? ReadAllBytes(Stream stream, long limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            // A regular file announces its size; a device that claims 0 is read below like a pipe.
            if (remaining > limit) return null;
        }
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - total + 1))) > 0)
        {
            total += read;
            if (total > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
