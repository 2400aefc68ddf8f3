namespace CallCenter.Server.Tests.AsteriskConfig;

public class AriAndHttpConfTests
{
    private ServerAriDefaults _server = null!;

    [OneTimeSetUp]
    public void LoadServerDefaults() => _server = ServerAriDefaults.Load();

    [Test]
    public void Ari_IsEnabled()
    {
        var ari = AsteriskConfigFile.LoadFromRepository("ari.conf");

        Assert.That(ari.Section("general").Value("enabled"), Is.EqualTo("yes"));
    }

    [Test]
    public void AriUser_IsTheServersUserWithItsDefaultPasswordAndWriteAccess()
    {
        var user = AsteriskConfigFile.LoadFromRepository("ari.conf").Section(_server.User);

        Assert.That(
            (user.Value("type"), user.Value("read_only"), user.Value("password"), user.Value("password_format")),
            Is.EqualTo(("user", "no", _server.Password, "plain")));
    }

    [Test]
    public void HttpServer_IsEnabledOnAllAddressesAtTheServersAriPort()
    {
        var http = AsteriskConfigFile.LoadFromRepository("http.conf").Section("general");

        Assert.That(
            (http.Value("enabled"), http.Value("bindaddr"), http.Value("bindport")),
            Is.EqualTo(("yes", "0.0.0.0", _server.Url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void HttpServer_HasNoPrefix_SoAriIsAtTheServersUrl()
    {
        var http = AsteriskConfigFile.LoadFromRepository("http.conf").Section("general");

        Assert.That((http.Value("prefix") ?? "", _server.Url.AbsolutePath), Is.EqualTo(("", "/")));
    }

    [Test]
    public void RtpPortRange_IsEvenStartAndOrdered()
    {
        var rtp = AsteriskConfigFile.LoadFromRepository("rtp.conf").Section("general");
        var start = int.Parse(rtp.Value("rtpstart")!, System.Globalization.CultureInfo.InvariantCulture);
        var end = int.Parse(rtp.Value("rtpend")!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That((start % 2, end > start), Is.EqualTo((0, true)));
    }

    [Test]
    public void DefaultHoldMusic_PlaysFiles()
    {
        var moh = AsteriskConfigFile.LoadFromRepository("musiconhold.conf").Section("default");

        Assert.That((moh.Value("mode"), string.IsNullOrEmpty(moh.Value("directory"))), Is.EqualTo(("files", false)));
    }

    [Test]
    public void Logger_SendsWarningsAndErrorsToTheConsole()
    {
        var console = AsteriskConfigFile.LoadFromRepository("logger.conf").Section("logfiles").Value("console");

        Assert.That(console?.Split(',').Select(level => level.Trim()), Is.SupersetOf(new[] { "warning", "error" }));
    }

    [TestCase("http.conf")]
    [TestCase("ari.conf")]
    [TestCase("pjsip.conf")]
    [TestCase("rtp.conf")]
    [TestCase("extensions.conf")]
    [TestCase("modules.conf")]
    [TestCase("musiconhold.conf")]
    [TestCase("logger.conf")]
    public void ConfigFile_ParsesAndIncludesNothingOutsideTheFolder(string fileName)
    {
        var file = AsteriskConfigFile.LoadFromRepository(fileName);

        Assert.That(file.Directives, Is.Empty);
    }
}
