using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Parley.Events.Import;

/// <summary>
/// A gzip file's content, checked against the file's trailer (CRC-32 and length) when the end is
/// reached. .NET's GZipStream stops silently at a truncated stream, which would import half a
/// file as if it were whole; this turns truncation and corruption into an error instead.
/// Concatenated gzip members (<c>cat a.gz b.gz</c>) fail the check: decompress those first.
/// </summary>
internal sealed class CheckedGzipStream : Stream
{
    private readonly string path;
    private readonly GZipStream inner;
    private readonly Crc32 crc = new();
    private long length;
    private bool verified;

    public CheckedGzipStream(string path, Stream compressed)
    {
        this.path = path;
        inner = new GZipStream(compressed, CompressionMode.Decompress);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        if (n > 0)
        {
            crc.Append(buffer[..n]);
            length += n;
        }
        else if (buffer.Length > 0 && !verified)
        {
            Verify();
        }
        return n;
    }

    private void Verify()
    {
        verified = true;
        Span<byte> trailer = stackalloc byte[8];
        using (var file = File.OpenRead(path))
        {
            if (file.Length < 18) throw new InvalidDataException("the gzip file is truncated");
            file.Seek(-8, SeekOrigin.End);
            file.ReadExactly(trailer);
        }
        uint expectedCrc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        uint expectedLength = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        if (crc.GetCurrentHashAsUInt32() != expectedCrc || (uint)length != expectedLength)
        {
            throw new InvalidDataException("the gzip data is truncated or corrupt (its CRC-32/length trailer does not match)");
        }
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
