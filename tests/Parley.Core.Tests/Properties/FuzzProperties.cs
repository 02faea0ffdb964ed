using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Core.Formats;
using Parley.Tests.Shared;

namespace Parley.Core.Tests.Properties;

/// <summary>
/// Whatever bytes arrive, the reader answers with a scenario or a list of problems: it never throws.
/// Random bytes exercise the encoding and format checks; random edits of valid files reach deep
/// into the parsers and the binder.
/// </summary>
public class FuzzProperties
{
    private static readonly string[] Names = ["f.yaml", "f.json", "f.csv", "f.txt", "f"];

    private static readonly Lazy<byte[][]> Originals = new(() =>
    [
        File.ReadAllBytes(Fixtures.Path("scenarios", "valid", "minimal.yaml")),
        File.ReadAllBytes(Fixtures.Path("scenarios", "valid", "minimal.json")),
        File.ReadAllBytes(Fixtures.Path("scenarios", "valid", "minimal.csv")),
        File.ReadAllBytes(Fixtures.Repo("examples", "korea-2019.yaml")),
        Encoding.UTF8.GetBytes("actor,capability,position,salience\nA,1,4,0.5\nB,2,6,1\n"),
    ]);

    private static readonly byte[] Interesting = Encoding.UTF8.GetBytes("{}[]:,-\"'#&*!|>\n\r\t .eE+0123456789naNINF~\\%@`") .Concat(new byte[] { 0, 0xFF, 0xC3, 0x80, 0xE2 }).ToArray();

    [Property(MaxTest = 1000)]
    public void Random_bytes_never_throw(byte[] bytes, int nameIndex)
    {
        var result = ScenarioReader.Read(bytes, Names[Math.Abs(nameIndex % Names.Length)]);
        Assert.True(result.Success || result.Problems.Length > 0);
    }

    [Property(MaxTest = 3000)]
    public Property Random_edits_of_valid_files_never_throw() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var r = new Random(seed);
            int which = r.Next(Originals.Value.Length);
            var bytes = Mutate(r, Originals.Value[which]);
            string name = which switch { 1 => "f.json", 2 or 4 => "f.csv", _ => "f.yaml" };
            var result = ScenarioReader.Read(bytes, r.Next(5) == 0 ? Names[r.Next(Names.Length)] : name);
            Assert.True(result.Success || result.Problems.Length > 0);
        });

    private static byte[] Mutate(Random r, byte[] original)
    {
        var bytes = new List<byte>(original);
        int edits = r.Next(1, 8);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = r.Next(bytes.Count);
            switch (r.Next(6))
            {
                case 0: bytes.RemoveAt(at); break;
                case 1: bytes.Insert(at, Interesting[r.Next(Interesting.Length)]); break;
                case 2: bytes[at] = Interesting[r.Next(Interesting.Length)]; break;
                case 3: bytes.RemoveRange(at, Math.Min(bytes.Count - at, r.Next(1, 40))); break;
                case 4:
                    // Duplicate a chunk (repeats keys, lines and list items).
                    int length = Math.Min(bytes.Count - at, r.Next(1, 80));
                    bytes.InsertRange(r.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default: bytes[at] = (byte)r.Next(256); break;
            }
        }
        return bytes.ToArray();
    }
}
