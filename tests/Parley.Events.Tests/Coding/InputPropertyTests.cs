using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Parley.Events.Coding;
using Parley.Events.Coding.Dictionaries;
using Parley.Events.Coding.Input;

namespace Parley.Events.Tests.Coding;

/// <summary>Whatever bytes the reader and coder are given, they either code or refuse with a located CodingInputException.</summary>
public class InputPropertyTests
{
    private static readonly EventCoder Coder = new(CodingDictionaries.Default);

    private static bool ReadsOrRefuses(string name, byte[] bytes)
    {
        try
        {
            var doc = CodingInputReader.Parse(name, name, bytes);
            var reports = doc.Sentences is { } s ? Coder.Code(doc.Text, s, name, new DateOnly(2019, 11, 25)) : Coder.Code(doc.Text, name, new DateOnly(2019, 11, 25));
            return reports.All(r => r.Events.All(e => e.Source.Start >= 0 && e.Target.End <= doc.Text.Length && e.Verb.End <= doc.Text.Length));
        }
        catch (CodingInputException e)
        {
            return e.File == name && e.Problem.Length > 0;
        }
    }

    [Fact]
    public void Random_bytes_never_crash_the_reader_or_coder() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => ReadsOrRefuses("random.txt", bytes)));

    [Fact]
    public void Damaged_news_text_never_crashes()
    {
        const string seed = "Russian Deputy Foreign Minister Igor Morgulov and US envoy Stephen Biegun spoke by telephone on 22 November. The two diplomats met in Beijing. Japan was criticised by China.";
        var words = seed.Split(' ');
        var gen = Gen.ListOf(Gen.Elements(words.Concat(["\"", "''", "--", ";", "(", ")", "U.S.", "'s", "\n\n", "Mr.", "1.", "the two sides", "by"]).ToArray()))
            .Select(list => string.Join(' ', list));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(gen.ToArbitrary(), text => ReadsOrRefuses("words.txt", Encoding.UTF8.GetBytes(text))));
    }

    [Fact]
    public void Damaged_conllu_never_crashes()
    {
        const string good = "1\tChina\tChina\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n";
        var gen = Gen.Choose(0, good.Length - 1).Two().Select(t => good.Remove(Math.Min(t.Item1, t.Item2), Math.Abs(t.Item1 - t.Item2)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(gen.ToArbitrary(), text => ReadsOrRefuses("cut.conllu", Encoding.UTF8.GetBytes(text))));
    }
}
