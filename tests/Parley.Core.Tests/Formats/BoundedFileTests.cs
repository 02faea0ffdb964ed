using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Core.Tests.Formats;

public sealed class BoundedFileTests
{
    /// <summary>A stream that never ends and cannot seek, like a pipe or /dev/zero.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            Served += count;
            return count;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void AnEndlessStreamStopsOneBytePastTheLimit()
    {
        var stream = new EndlessStream();
        Assert.Null(BoundedFile.ReadAllBytes(stream, 1000));
        Assert.Equal(1001, stream.Served);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 10)]
    [InlineData(100_000, 100_000)]
    public void AnInputWithinTheLimitIsReadWhole(int size, long limit)
    {
        byte[] data = new byte[size];
        new Random(size).NextBytes(data);
        Assert.Equal(data, BoundedFile.ReadAllBytes(new MemoryStream(data), limit));
    }

    [Fact]
    public void ASeekableInputOverTheLimitIsRefusedWithoutReading()
    {
        var stream = new MemoryStream(new byte[11]);
        Assert.Null(BoundedFile.ReadAllBytes(stream, 10));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void DevZeroIsRefusedAsTooLarge()
    {
        // /dev/zero reports a length of 0; before the bounded read, 'parley forecast /dev/zero' grew
        // without limit (issue 14).
        if (!File.Exists("/dev/zero")) return;
        var problem = Assert.Single(ScenarioReader.ReadFile("/dev/zero").Problems);
        Assert.Equal(Rules.FileTooLarge, problem.Rule);
        Assert.Contains("more than 50 MB", problem.Message);
    }
}
