using System.ComponentModel;
using System.Diagnostics;
using CallCenter.Audio.Conversion;
using CallCenter.Audio.Prompts.Building;
using CallCenter.Audio.Volume;

namespace CallCenter.Audio.Tests.Prompts.Building;

public class EspeakSynthesizerTests
{
    [Test]
    public void SpeakAsync_ProgramNotInstalled_SaysWhichDebianPackageToInstall()
    {
        var synthesizer = new EspeakSynthesizer("espeak-ng-not-installed-here");

        Assert.That(
            async () => await synthesizer.SpeakAsync("Hello.", "en", CancellationToken.None),
            Throws.TypeOf<SynthesizerUnavailableException>().With.Message.Contains("install the Debian package espeak-ng"));
    }

    [Test]
    public void VoiceSettings_LanguageWithoutAVoice_IsASynthesisErrorNamingTheVoicedOnes() =>
        Assert.That(
            () => new EspeakSynthesizer().VoiceSettings("fr"),
            Throws.TypeOf<SpeechSynthesisException>().With.Message.Contains("'fr'").And.Message.Contains("en, zh"));

    [Test]
    public void VoiceSettings_NameTheVoiceAndSpeed() =>
        Assert.That(new EspeakSynthesizer().VoiceSettings("zh"), Is.EqualTo("espeak-ng -v cmn-latn-pinyin -s 180"));

    [TestCase("en", "Welcome to the CallCenter hotline.")]
    [TestCase("zh", "您好，欢迎致电客服热线。")]
    public async Task SpeakAsync_RealEspeak_SpeaksTheText(string language, string text)
    {
        RequireEspeak();

        var speech = await new EspeakSynthesizer().SpeakAsync(text, language, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(speech.Duration, Is.InRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6)));
            Assert.That(LevelMeter.PeakDbfs(SampleDecoder.DecodeChannels(speech)), Is.GreaterThan(-20));
        });
    }

    [Test]
    public async Task SpeakAsync_TextThatLooksLikeAnOption_IsSpokenNotObeyed()
    {
        RequireEspeak();

        var speech = await new EspeakSynthesizer().SpeakAsync("--version", "en", CancellationToken.None);

        Assert.That(speech.Duration, Is.GreaterThan(TimeSpan.FromMilliseconds(300)));
    }

    private static void RequireEspeak()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("espeak-ng", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            probe?.WaitForExit();
        }
        catch (Win32Exception)
        {
            Assert.Ignore("espeak-ng is not installed (Debian package espeak-ng): the real synthesizer cannot be tried.");
        }
    }
}
