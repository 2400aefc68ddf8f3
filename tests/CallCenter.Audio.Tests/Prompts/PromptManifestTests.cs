using CallCenter.Audio.Conversion;
using CallCenter.Audio.Prompts;

namespace CallCenter.Audio.Tests.Prompts;

public class PromptManifestTests
{
    [Test]
    public void Parse_NameAndText_GivesASpokenPrompt()
    {
        var manifest = PromptManifest.Parse("welcome: Welcome to the CallCenter hotline.");

        Assert.That(manifest.Entries, Is.EqualTo(new[] { new SpokenPrompt("welcome", 1, "Welcome to the CallCenter hotline.") }));
    }

    [Test]
    public void Parse_CommentsAndBlankLines_AreSkippedButStillCounted()
    {
        var manifest = PromptManifest.Parse("# Greetings\n\n   # indented comment\ngoodbye: Goodbye.\n");

        Assert.That(manifest.Entries, Is.EqualTo(new[] { new SpokenPrompt("goodbye", 4, "Goodbye.") }));
    }

    [Test]
    public void Parse_ToneInBrackets_GivesATonePrompt()
    {
        var manifest = PromptManifest.Parse("beep: [tone 1000 Hz, 250 ms]");

        Assert.That(manifest.Entries, Is.EqualTo(new[] { new TonePrompt("beep", 1, 1000, TimeSpan.FromMilliseconds(250)) }));
    }

    [TestCase("[TONE 440hz 100ms]", 440, 100)]
    [TestCase("[ tone 697.5 Hz , 40 ms ]", 697.5, 40)]
    public void Parse_ToneWrittenLoosely_IsStillUnderstood(string text, double hz, int ms)
    {
        var manifest = PromptManifest.Parse($"tone: {text}");

        Assert.That(manifest.Entries, Is.EqualTo(new[] { new TonePrompt("tone", 1, hz, TimeSpan.FromMilliseconds(ms)) }));
    }

    [Test]
    public void Parse_SeveralEntries_KeepsTheirOrderAndLines()
    {
        var manifest = PromptManifest.Parse("b: Second letter.\n# note\na: First letter.\nc: [tone 400 Hz, 50 ms]");

        Assert.That(manifest.Entries.Select(e => (e.Name, e.Line)), Is.EqualTo(new[] { ("b", 1), ("a", 3), ("c", 4) }));
    }

    [Test]
    public void Parse_TextWithColonsAndHashes_KeepsEverythingAfterTheFirstColon()
    {
        var manifest = PromptManifest.Parse("hours: We open at 9:30. Press # to repeat.");

        Assert.That(((SpokenPrompt)manifest.Entries[0]).Text, Is.EqualTo("We open at 9:30. Press # to repeat."));
    }

    [Test]
    public void Parse_WindowsLineEndingsAndByteOrderMark_AreHandled()
    {
        var manifest = PromptManifest.Parse("\uFEFFwelcome: Hello.\r\ngoodbye: Bye.\r\n");

        Assert.That(manifest.Entries, Is.EqualTo(new PromptEntry[] { new SpokenPrompt("welcome", 1, "Hello."), new SpokenPrompt("goodbye", 2, "Bye.") }));
    }

    [Test]
    public void Parse_ChineseText_IsKeptAsWritten()
    {
        var manifest = PromptManifest.Parse("welcome: 欢迎致电客服热线。");

        Assert.That(((SpokenPrompt)manifest.Entries[0]).Text, Is.EqualTo("欢迎致电客服热线。"));
    }

    [TestCase("digits/1")]
    [TestCase("menu-main_2")]
    [TestCase("0")]
    public void Parse_NameWithFoldersDigitsDashesUnderscores_IsAccepted(string name)
    {
        var manifest = PromptManifest.Parse($"{name}: text");

        Assert.That(manifest.Entries[0].Name, Is.EqualTo(name));
    }

    [Test]
    public void Parse_EmptyText_GivesNoEntries()
    {
        Assert.That(PromptManifest.Parse("\n# only comments\n").Entries, Is.Empty);
    }

    [Test]
    public void Parse_LineWithoutColon_IsReportedWithItsLineNumber()
    {
        var errors = ErrorsOf("welcome: Hello.\nthis line has no colon");

        Assert.That(errors, Is.EqualTo(new[] { new PromptManifestError(2, "expected 'name: text to speak'.") }));
    }

    [Test]
    public void Parse_FullWidthColon_SaysToUseTheAsciiOne()
    {
        var errors = ErrorsOf("welcome：欢迎致电客服热线。");

        Assert.That(errors, Is.EqualTo(new[] { new PromptManifestError(1, "put an ASCII ':' after the name, not a full-width '：'.") }));
    }

    [TestCase("Welcome: Hi.", "'Welcome' is not a prompt name")]
    [TestCase("main menu: Hi.", "'main menu' is not a prompt name")]
    [TestCase("../secret: Hi.", "'../secret' is not a prompt name")]
    [TestCase("/abs: Hi.", "'/abs' is not a prompt name")]
    [TestCase("digits/: Hi.", "'digits/' is not a prompt name")]
    [TestCase(": Hi.", "the line has no prompt name before ':'.")]
    public void Parse_BadName_IsReported(string line, string start)
    {
        var errors = ErrorsOf(line);

        Assert.That(errors.Single().Message, Does.StartWith(start));
    }

    [Test]
    public void Parse_NameWithoutText_IsReported()
    {
        var errors = ErrorsOf("welcome:   ");

        Assert.That(errors, Is.EqualTo(new[] { new PromptManifestError(1, "'welcome' has no text to speak.") }));
    }

    [Test]
    public void Parse_DuplicateName_IsReportedWithBothLines()
    {
        var errors = ErrorsOf("welcome: Hello.\ngoodbye: Bye.\nwelcome: Hi again.");

        Assert.That(errors, Is.EqualTo(new[] { new PromptManifestError(3, "'welcome' is already declared on line 1.") }));
    }

    [TestCase("beep: [silence 200 ms]")]
    [TestCase("beep: [tone 1000 Hz]")]
    [TestCase("beep: [Welcome]")]
    [TestCase("beep: [en-US] Hello.")]
    public void Parse_UnknownBracketedForm_IsReported(string line)
    {
        var errors = ErrorsOf(line);

        Assert.That(errors.Single().Message, Does.Contain("the only bracketed forms are [tone <frequency> Hz, <duration> ms] and language tags"));
    }

    [TestCase("beep: [tone 4000 Hz, 250 ms]", "cannot be played on a phone line")]
    [TestCase("beep: [tone 0 Hz, 250 ms]", "cannot be played on a phone line")]
    [TestCase("beep: [tone 1000 Hz, 0 ms]", "out of range")]
    [TestCase("beep: [tone 1000 Hz, 90000 ms]", "out of range")]
    public void Parse_ToneOutOfRange_IsReported(string line, string reason)
    {
        var errors = ErrorsOf(line);

        Assert.That(errors.Single().Message, Does.Contain(reason));
    }

    [Test]
    public void Parse_SeveralMistakes_ReportsEveryOneOfThem()
    {
        var errors = ErrorsOf("good: Fine.\nbad line\nBad: x\ngood: again\nempty:");

        Assert.That(errors.Select(e => e.Line), Is.EqualTo(new[] { 2, 3, 4, 5 }));
    }

    [Test]
    public void Parse_Mistakes_AreNamedByFileAndLineInTheMessage()
    {
        Assert.That(
            () => PromptManifest.Parse("ok: fine\noops", "prompts/en/prompts.txt"),
            Throws.TypeOf<InvalidPromptManifestException>()
                .With.Message.EqualTo("prompts/en/prompts.txt:2: expected 'name: text to speak'."));
    }

    [Test]
    public void Parse_LanguageTags_GiveOneSegmentPerVoiceInOrder()
    {
        var manifest = PromptManifest.Parse("choose-language: [en] For English, press 1. [zh] 中文服务请按2。");

        var prompt = (SpokenPrompt)manifest.Entries.Single();
        Assert.That(prompt.Segments, Is.EqualTo(new[] { new SpeechSegment("en", "For English, press 1."), new SpeechSegment("zh", "中文服务请按2。") }));
    }

    [Test]
    public void Parse_TextWithoutTags_IsOneSegmentInTheManifestsOwnVoice()
    {
        var prompt = (SpokenPrompt)PromptManifest.Parse("welcome: Welcome. Press [1] for more.").Entries.Single();

        Assert.That(prompt.Segments, Is.EqualTo(new[] { new SpeechSegment(null, "Welcome. Press [1] for more.") }));
    }

    [Test]
    public void Transcript_IsTheWordsWithoutTheTags()
    {
        var prompt = (SpokenPrompt)PromptManifest.Parse("choose-language: [en] For English, press 1. [zh] 中文服务请按2。").Entries.Single();

        Assert.That(prompt.Transcript, Is.EqualTo("For English, press 1. 中文服务请按2。"));
    }

    [Test]
    public void Parse_TagAfterUntaggedText_AsksForATagAtTheStart()
    {
        var errors = ErrorsOf("choose-language: For English, press 1. [zh] 中文服务请按2。");

        Assert.That(errors.Single().Message, Does.Contain("'[zh]' starts a segment in another voice, so the text must start with a language tag too"));
    }

    [Test]
    public void Parse_TagWithoutText_IsReported()
    {
        var errors = ErrorsOf("x: [en] Hello. [zh]");

        Assert.That(errors, Is.EqualTo(new[] { new PromptManifestError(1, "'x': the segment '[zh]' has no text to speak.") }));
    }

    [Test]
    public void Parse_OtherBracketInSegmentedText_IsReported()
    {
        var errors = ErrorsOf("x: [en] Press [1]. [zh] 请按1。");

        Assert.That(errors.Single().Message, Does.Contain("holds a '[' that is not a language tag"));
    }

    [Test]
    public void Find_DeclaredName_GivesItsEntry()
    {
        var manifest = PromptManifest.Parse("welcome: Hello.\ngoodbye: Bye.");

        Assert.That(manifest.Find("goodbye"), Is.EqualTo(new SpokenPrompt("goodbye", 2, "Bye.")));
    }

    [Test]
    public void Find_UndeclaredName_GivesNull()
    {
        Assert.That(PromptManifest.Parse("welcome: Hello.").Find("Welcome"), Is.Null);
    }

    [Test]
    public void Render_Beep_IsTheDeclaredToneInTheTelephonyFormat()
    {
        var beep = new TonePrompt("beep", 1, 1000, TimeSpan.FromMilliseconds(250));

        var audio = beep.Render();

        Assert.Multiple(() =>
        {
            Assert.That(audio.Format, Is.EqualTo(WavFormat.Telephony));
            Assert.That(audio.Duration, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
            Assert.That(SignalMeasure.FrequencyByZeroCrossings(SignalMeasure.Middle(SampleDecoder.DecodeMono(audio)), 8000), Is.EqualTo(1000).Within(0.5));
        });
    }

    private static IReadOnlyList<PromptManifestError> ErrorsOf(string text)
    {
        try
        {
            PromptManifest.Parse(text);
        }
        catch (InvalidPromptManifestException e)
        {
            return e.Errors;
        }
        Assert.Fail("The manifest was accepted.");
        return [];
    }
}
