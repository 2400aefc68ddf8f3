using CallCenter.Testing;
using System.Text.RegularExpressions;

namespace CallCenter.Server.Tests.AsteriskConfig;

public partial class DockerComposeTests
{
    private const string RecordingSpool = "/var/spool/asterisk/recording";

    private ComposeFile _compose = null!;
    private ServerAriDefaults _server = null!;

    [OneTimeSetUp]
    public void LoadCompose()
    {
        _compose = ComposeFile.LoadFromRepository();
        _server = ServerAriDefaults.Load();
    }

    [Test]
    public void Services_AreAsteriskSqlServerAndCallCenter()
    {
        Assert.That(_compose.ServiceNames, Is.EquivalentTo(new[] { "asterisk", "sqlserver", "callcenter" }));
    }

    [Test]
    public void CallCenterStopGracePeriod_LeavesCallsTimeForTheirGoodbye()
    {
        var text = ComposeFile.Scalar(_compose.Service("callcenter"), "stop_grace_period");

        var period = TimeSpan.FromSeconds(int.Parse(text!.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(period, Is.GreaterThan(new CallCenter.Telephony.TelephonyOptions().ShutdownGrace), "docker stop would kill the server while callers are hearing goodbye");
    }

    [Test]
    public void AsteriskImage_IsBuiltFromAPinnedAsteriskPackage()
    {
        var context = ComposeFile.Scalar(ComposeFile.Mapping(_compose.Service("asterisk"), "build"), "context")!;
        var dockerfile = File.ReadAllText(RepositoryRoot.PathOf(context, "Dockerfile"));

        var pinned = PinnedAsteriskVersion().Match(dockerfile);

        Assert.That(
            (pinned.Success, dockerfile.Contains("\"asterisk=${ASTERISK_VERSION}\"", StringComparison.Ordinal)),
            Is.EqualTo((true, true)),
            "the Dockerfile must install asterisk at an exact Asterisk 20 or 22 package version");
    }

    [Test]
    public void Asterisk_MountsTheConfigFolderWhereItsEntrypointReadsIt()
    {
        var context = ComposeFile.Scalar(ComposeFile.Mapping(_compose.Service("asterisk"), "build"), "context")!;
        var entrypoint = File.ReadAllText(RepositoryRoot.PathOf(context, "docker-entrypoint.sh"));
        var configDirectory = EntrypointConfigDirectory().Match(entrypoint).Groups[1].Value;

        var mount = _compose.Volumes("asterisk").Single(volume => volume.Source == "./asterisk-config");

        Assert.That((mount.Target, mount.ReadOnly), Is.EqualTo((configDirectory, true)));
    }

    [Test]
    public void Asterisk_MountsPromptsAsItsSoundsFolder()
    {
        var mount = _compose.Volumes("asterisk").Single(volume => volume.Source == "./prompts");

        Assert.That(mount.Target, Is.EqualTo("/usr/share/asterisk/sounds"));
    }

    [Test]
    public void Recordings_AreANamedVolumeSharedByAsteriskAndTheServer()
    {
        var asterisk = _compose.Volumes("asterisk").Single(volume => volume.Target == RecordingSpool);
        var server = _compose.Volumes("callcenter").Single(volume => volume.Target == RecordingSpool);

        Assert.That(
            (asterisk.IsBindMount, server.Source, _compose.VolumeNames.Contains(asterisk.Source)),
            Is.EqualTo((false, asterisk.Source, true)));
    }

    [Test]
    public void Data_IsKeptInNamedVolumes()
    {
        var sqlData = _compose.Volumes("sqlserver").Single(volume => volume.Target == "/var/opt/mssql");
        var serverData = _compose.Volumes("callcenter").Single(volume => volume.Target == "/app/data");

        Assert.That(_compose.VolumeNames, Is.SupersetOf(new[] { sqlData.Source, serverData.Source }));
    }

    [Test]
    public void SqlServer_IsTheMicrosoftImageWithAcceptedEulaAndAPassword()
    {
        var service = _compose.Service("sqlserver");
        var environment = _compose.Environment("sqlserver");

        Assert.That(
            (ComposeFile.Scalar(service, "image"), environment["ACCEPT_EULA"], string.IsNullOrEmpty(environment["MSSQL_SA_PASSWORD"])),
            Is.EqualTo(("mcr.microsoft.com/mssql/server:2022-latest", "Y", false)));
    }

    [Test]
    public void SqlServer_HealthCheckRunsAQueryWithSqlcmd()
    {
        var test = ComposeFile.Strings(ComposeFile.Mapping(_compose.Service("sqlserver"), "healthcheck"), "test");
        var command = string.Join(' ', test.Skip(1));

        Assert.That(
            (test[0], command.Contains("sqlcmd", StringComparison.Ordinal), command.Contains("SELECT 1", StringComparison.Ordinal), command.Contains("$$MSSQL_SA_PASSWORD", StringComparison.Ordinal)),
            Is.EqualTo(("CMD-SHELL", true, true, true)));
    }

    [Test]
    public void SqlServerPassword_IsStrongEnoughForSqlServer()
    {
        var password = _compose.Environment("sqlserver")["MSSQL_SA_PASSWORD"];
        var classes = new[] { password.Any(char.IsUpper), password.Any(char.IsLower), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) };

        Assert.That((password.Length >= 8, classes.Count(present => present) >= 3), Is.EqualTo((true, true)));
    }

    [Test]
    public void Server_WaitsForAHealthySqlServer()
    {
        var dependsOn = ComposeFile.Mapping(_compose.Service("callcenter"), "depends_on");

        Assert.That(ComposeFile.Scalar(ComposeFile.Mapping(dependsOn, "sqlserver"), "condition"), Is.EqualTo("service_healthy"));
    }

    [Test]
    public void Server_ReachesAriOnTheAsteriskServiceAtTheHttpConfPort()
    {
        var url = new Uri(_compose.Environment("callcenter")["Ari__Url"]);
        var httpPort = AsteriskConfigFile.LoadFromRepository("http.conf").Section("general").Value("bindport");

        Assert.That((url.Host, url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), url.AbsolutePath), Is.EqualTo(("asterisk", httpPort, "/")));
    }

    [Test]
    public void Server_AndAsterisk_ShareOneAriPasswordWhoseDefaultIsTheServers()
    {
        var serverValue = _compose.RawEnvironmentValue("callcenter", "Ari__Password");
        var asteriskValue = _compose.RawEnvironmentValue("asterisk", "ARI_PASSWORD");

        Assert.That((serverValue, ComposeFile.Interpolate(serverValue)), Is.EqualTo((asteriskValue, _server.Password)));
    }

    [Test]
    public void Server_UsesSqlServerOnTheSqlServerService()
    {
        var environment = _compose.Environment("callcenter");
        var connection = environment["Database__ConnectionString"];

        Assert.That(
            (environment["Database__Provider"], connection.Contains("Server=sqlserver", StringComparison.Ordinal), connection.Contains(_compose.Environment("sqlserver")["MSSQL_SA_PASSWORD"], StringComparison.Ordinal)),
            Is.EqualTo(("SqlServer", true, true)));
    }

    [Test]
    public void Server_IsBuiltFromADockerfileThatPublishesTheServerProject()
    {
        var build = ComposeFile.Mapping(_compose.Service("callcenter"), "build");
        var dockerfile = File.ReadAllText(RepositoryRoot.PathOf(ComposeFile.Scalar(build, "context")!, ComposeFile.Scalar(build, "dockerfile")!));

        Assert.That(dockerfile, Does.Contain("FROM mcr.microsoft.com/dotnet/sdk:10.0")
            .And.Contain("FROM mcr.microsoft.com/dotnet/aspnet:10.0")
            .And.Contain("dotnet publish src/CallCenter.Server/CallCenter.Server.csproj")
            .And.Contain("CallCenter.Server.dll"));
    }

    [Test]
    public void ServerDockerfile_CopiesEveryProjectTheServerReferences()
    {
        var dockerfile = File.ReadAllText(RepositoryRoot.PathOf("docker", "callcenter", "Dockerfile"));
        var serverProject = File.ReadAllText(RepositoryRoot.PathOf("src", "CallCenter.Server", "CallCenter.Server.csproj"));
        var referenced = ProjectReference().Matches(serverProject).Select(match => match.Groups[1].Value).ToList();

        Assert.That(referenced.Where(project => !dockerfile.Contains($"src/{project}/{project}.csproj", StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("udp")]
    [TestCase("tcp")]
    public void Asterisk_PublishesTheSipPortOfTheTransport(string protocol)
    {
        var transport = AsteriskConfigFile.LoadFromRepository("pjsip.conf").ObjectsOfType("transport").Single(section => section.Value("protocol") == protocol);
        var sipPort = int.Parse(transport.Value("bind")!.Split(':')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var published = _compose.Ports("asterisk").Where(port => port.Protocol == protocol && port.TargetStart == sipPort).ToList();

        Assert.That(published.Select(port => port.PublishedStart), Is.EqualTo(new[] { sipPort }));
    }

    [Test]
    public void Asterisk_PublishesExactlyTheRtpRangeOfRtpConf()
    {
        var rtp = AsteriskConfigFile.LoadFromRepository("rtp.conf").Section("general");
        var expected = (int.Parse(rtp.Value("rtpstart")!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(rtp.Value("rtpend")!, System.Globalization.CultureInfo.InvariantCulture));

        var range = _compose.Ports("asterisk").Single(port => port.TargetEnd > port.TargetStart);

        Assert.That(
            (range.Protocol, (range.TargetStart, range.TargetEnd), (range.PublishedStart, range.PublishedEnd)),
            Is.EqualTo(("udp", expected, expected)));
    }

    [Test]
    public void Asterisk_PublishesAriOnlyOnThisHost()
    {
        var httpPort = int.Parse(AsteriskConfigFile.LoadFromRepository("http.conf").Section("general").Value("bindport")!, System.Globalization.CultureInfo.InvariantCulture);

        var ari = _compose.Ports("asterisk").Single(port => port.TargetStart == httpPort);

        Assert.That((ari.HostIp, ari.Protocol), Is.EqualTo(("127.0.0.1", "tcp")));
    }

    [Test]
    public void Server_PublishesItsWebPort()
    {
        var web = _compose.Ports("callcenter").Single();

        Assert.That((web.PublishedStart, web.TargetStart), Is.EqualTo((8080, 8080)));
    }

    [Test]
    public void AsteriskDockerfile_ExposesThePortsTheConfigUses()
    {
        var rtp = AsteriskConfigFile.LoadFromRepository("rtp.conf").Section("general");
        var dockerfile = File.ReadAllText(RepositoryRoot.PathOf("docker", "asterisk", "Dockerfile"));

        Assert.That(dockerfile, Does.Contain($"{rtp.Value("rtpstart")}-{rtp.Value("rtpend")}/udp").And.Contain("5060/udp").And.Contain("5060/tcp").And.Contain("8088/tcp"));
    }

    [GeneratedRegex(@"^ARG ASTERISK_VERSION=\d+:(20|22)\.\d+\.\d+[^\s*]*$", RegexOptions.Multiline)]
    private static partial Regex PinnedAsteriskVersion();

    [GeneratedRegex(@"^SOURCE_DIR=\$\{[A-Z_]+:-([^}]+)\}", RegexOptions.Multiline)]
    private static partial Regex EntrypointConfigDirectory();

    [GeneratedRegex(@"ProjectReference Include=""[^""]*\\([A-Za-z.]+)\.csproj""")]
    private static partial Regex ProjectReference();
}
