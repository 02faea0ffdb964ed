using System.IO.Compression;

namespace Parley.Events.Import;

/// <summary>
/// One stream of event data inside an input file: the file itself, its gzip content, or one
/// member of a zip archive (GDELT ships <c>*.export.CSV.zip</c>). Compression is recognised by its
/// magic bytes, not by the file name, and content is always streamed, never loaded whole.
/// </summary>
public sealed class InputEntry
{
    private const int BufferSize = 1 << 20;
    private readonly Func<Stream> open;

    private InputEntry(string display, string innerName, Func<Stream> open)
    {
        Display = display;
        InnerName = innerName;
        this.open = open;
    }

    /// <summary>How messages name the entry: <c>file</c> or <c>archive.zip!member</c>.</summary>
    public string Display { get; }

    /// <summary>The name of the data itself (without .gz), used to recognise YAML by extension.</summary>
    public string InnerName { get; }

    public Stream Open() => open();

    /// <summary>The entries of a file; throws <see cref="IOException"/> or <see cref="InvalidDataException"/> when unreadable.</summary>
    public static IReadOnlyList<InputEntry> List(string path)
    {
        if (Directory.Exists(path)) throw new IOException($"'{path}' is a directory, not an events file");
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file: {path}", path);
        Span<byte> magic = stackalloc byte[4];
        int n;
        using (var probe = File.OpenRead(path)) n = probe.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        if (n >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            string inner = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
            return [new InputEntry(path, inner, () => new CheckedGzipStream(path, OpenFile(path)))];
        }
        if (n >= 4 && magic[0] == 0x50 && magic[1] == 0x4b && magic[2] == 0x03 && magic[3] == 0x04)
        {
            using var archive = ZipFile.OpenRead(path);
            var members = archive.Entries.Where(e => !e.FullName.EndsWith('/') && e.Length > 0).Select(e => e.FullName).ToList();
            if (members.Count == 0) throw new InvalidDataException($"the zip archive '{path}' holds no file");
            return members.Select(name => new InputEntry(path + "!" + name, name, () => OpenMember(path, name))).ToList();
        }
        return [new InputEntry(path, path, () => OpenFile(path))];
    }

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);

    private static Stream OpenMember(string path, string name)
    {
        var archive = new ZipArchive(OpenFile(path), ZipArchiveMode.Read);
        var entry = archive.GetEntry(name) ?? throw new InvalidDataException($"'{name}' vanished from '{path}'");
        return new OwningStream(entry.Open(), archive);
    }

    /// <summary>A member stream that also closes its archive.</summary>
    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
