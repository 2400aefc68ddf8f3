using CallCenter.Testing;
using System.Text.RegularExpressions;

namespace CallCenter.Server.Tests.AsteriskConfig;

public partial class ModulesConfTests
{
    // Dialplan applications built into Asterisk's core (main/pbx_builtins.c, main/pbx_app.c):
    // they need no module.
    private static readonly HashSet<string> CoreApplications = new(StringComparer.OrdinalIgnoreCase)
    {
        "Answer", "BackGround", "Busy", "Congestion", "ExecIf", "ExecIfTime", "Goto", "GotoIf", "GotoIfTime",
        "Hangup", "ImportVar", "Incomplete", "NoOp", "Proceeding", "Progress", "RaiseException", "Ringing",
        "SayAlpha", "SayDigits", "SayNumber", "SayPhonetic", "Set", "MSet", "SetAMAFlags", "Wait", "WaitDigit", "WaitExten",
    };

    private static readonly Dictionary<string, string> ApplicationModules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Stasis"] = "app_stasis.so",
        ["Dial"] = "app_dial.so",
        ["Playback"] = "app_playback.so",
        ["Echo"] = "app_echo.so",
    };

    private static readonly Dictionary<string, string> FunctionModules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CALLERID"] = "func_callerid.so",
        ["CHANNEL"] = "func_channel.so",
    };

    private static readonly Dictionary<string, string> CodecModules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ulaw"] = "codec_ulaw.so",
        ["alaw"] = "codec_alaw.so",
    };

    private AsteriskConfigFile _modules = null!;
    private AsteriskModuleCatalog _catalog = null!;

    [OneTimeSetUp]
    public void LoadConfig()
    {
        _modules = AsteriskConfigFile.LoadFromRepository("modules.conf");
        _catalog = AsteriskModuleCatalog.Load();
    }

    [Test]
    public void Autoload_IsOff()
    {
        Assert.That(_modules.Section("modules").Value("autoload"), Is.EqualTo("no"));
    }

    [Test]
    public void EveryStatement_IsALoadOrRequireOfASharedObject()
    {
        var statements = _modules.Section("modules").Entries.Where(entry => entry.Key != "autoload").ToList();

        Assert.That(
            statements.Where(entry => entry.Key is not ("load" or "require") || !entry.Value.EndsWith(".so", StringComparison.Ordinal))
                .Select(entry => $"line {entry.Line}: {entry.Key} = {entry.Value}"),
            Is.Empty);
    }

    [Test]
    public void EveryLoadedModule_IsAKnownAsteriskModule()
    {
        Assert.That(LoadedModules().Where(module => !_catalog.Known.Contains(module)), Is.Empty);
    }

    [Test]
    public void NoModule_IsLoadedTwice()
    {
        var loaded = _modules.Section("modules").Entries.Where(entry => entry.Key is "load" or "require").Select(entry => entry.Value).ToList();

        Assert.That(loaded, Is.Unique);
    }

    [Test]
    public void EveryRequirementOfALoadedModule_IsLoaded()
    {
        var loaded = LoadedModules();

        var missing = loaded
            .Where(_catalog.Requires.ContainsKey)
            .SelectMany(module => _catalog.Requires[module].Where(required => !loaded.Contains(required)).Select(required => $"{module} needs {required}"));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void EveryApplicationTheDialplanRuns_IsCoreOrLoaded()
    {
        var dialplan = Dialplan.From(AsteriskConfigFile.LoadFromRepository("extensions.conf"));
        var applications = dialplan.Contexts.Values
            .SelectMany(context => context.Extensions.Values.SelectMany(steps => steps))
            .Select(step => step.Application)
            .Distinct(StringComparer.OrdinalIgnoreCase);

        var unmet = applications
            .Where(application => !CoreApplications.Contains(application))
            .Where(application => !ApplicationModules.TryGetValue(application, out var module) || !LoadedModules().Contains(module))
            .ToList();

        Assert.That(unmet, Is.Empty, "applications that are neither core nor provided by a loaded module (add them to ApplicationModules)");
    }

    [Test]
    public void EveryFunctionTheDialplanCalls_IsLoaded()
    {
        var text = File.ReadAllText(RepositoryRoot.PathOf("asterisk-config", "extensions.conf"));
        var functions = DialplanFunction().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase);

        var unmet = functions
            .Where(function => !FunctionModules.TryGetValue(function, out var module) || !LoadedModules().Contains(module))
            .ToList();

        Assert.That(unmet, Is.Empty, "dialplan functions not provided by a loaded module (add them to FunctionModules)");
    }

    [Test]
    public void EveryDialString_UsesALoadedChannelDriver()
    {
        var dialplan = Dialplan.From(AsteriskConfigFile.LoadFromRepository("extensions.conf"));
        var technologies = dialplan.Contexts.Values
            .SelectMany(context => context.Extensions.Values.SelectMany(steps => steps))
            .Where(step => step.Application.Equals("Dial", StringComparison.OrdinalIgnoreCase))
            .Select(step => step.Arguments[0].Split('/')[0])
            .Distinct();

        Assert.That(technologies.Where(technology => !LoadedModules().Contains($"chan_{technology.ToLowerInvariant()}.so")), Is.Empty);
    }

    [Test]
    public void EveryCodecTheEndpointsAllow_HasItsTranslatorLoaded()
    {
        var pjsip = AsteriskConfigFile.LoadFromRepository("pjsip.conf");
        var codecs = pjsip.ObjectsOfType("endpoint")
            .SelectMany(endpoint => endpoint.Values("allow"))
            .SelectMany(allow => allow.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase);

        Assert.That(codecs.Where(codec => !CodecModules.TryGetValue(codec, out var module) || !LoadedModules().Contains(module)), Is.Empty);
    }

    [TestCase("pjsip.conf", "res_pjsip.so")]
    [TestCase("pjsip.conf", "chan_pjsip.so")]
    [TestCase("pjsip.conf", "res_pjsip_session.so")]
    [TestCase("pjsip.conf", "res_pjsip_sdp_rtp.so")]
    [TestCase("pjsip.conf", "res_pjsip_endpoint_identifier_ip.so")]
    [TestCase("pjsip.conf", "res_pjsip_endpoint_identifier_user.so")]
    [TestCase("pjsip.conf", "res_pjsip_authenticator_digest.so")]
    [TestCase("pjsip.conf", "res_pjsip_registrar.so")]
    [TestCase("pjsip.conf", "res_pjsip_nat.so")]
    [TestCase("rtp.conf", "res_rtp_asterisk.so")]
    [TestCase("rtp.conf", "res_timing_timerfd.so")]
    [TestCase("ari.conf", "res_ari.so")]
    [TestCase("ari.conf", "res_http_websocket.so")]
    [TestCase("ari.conf", "res_ari_events.so")]
    [TestCase("ari.conf", "res_ari_channels.so")]
    [TestCase("ari.conf", "res_ari_bridges.so")]
    [TestCase("ari.conf", "res_ari_playbacks.so")]
    [TestCase("ari.conf", "res_ari_recordings.so")]
    [TestCase("ari.conf", "res_ari_applications.so")]
    [TestCase("ari.conf", "res_ari_asterisk.so")]
    [TestCase("ari.conf", "res_ari_endpoints.so")]
    [TestCase("ari.conf", "res_ari_device_states.so")]
    [TestCase("ari.conf", "res_stasis_snoop.so")]
    [TestCase("ari.conf", "bridge_simple.so")]
    [TestCase("ari.conf", "bridge_softmix.so")]
    [TestCase("ari.conf", "bridge_holding.so")]
    [TestCase("ari.conf", "bridge_native_rtp.so")]
    [TestCase("musiconhold.conf", "res_musiconhold.so")]
    [TestCase("musiconhold.conf", "format_wav.so")]
    [TestCase("extensions.conf", "pbx_config.so")]
    public void ModuleTheConfigNeeds_IsLoaded(string config, string module)
    {
        Assert.That(File.Exists(RepositoryRoot.PathOf("asterisk-config", config)), Is.True, $"{config} is missing");
        Assert.That(LoadedModules(), Does.Contain(module), $"{config} needs {module}");
    }

    [TestCase("res_ari.so")]
    [TestCase("app_stasis.so")]
    [TestCase("chan_pjsip.so")]
    [TestCase("res_pjsip.so")]
    [TestCase("pbx_config.so")]
    public void ModuleWithoutWhichNoCallWorks_IsRequiredNotJustLoaded(string module)
    {
        var statement = _modules.Section("modules").Entries.Single(entry => AsteriskModuleCatalog.Normalize(entry.Value) == module);

        Assert.That(statement.Key, Is.EqualTo("require"));
    }

    private HashSet<string> LoadedModules() =>
        _modules.Section("modules").Entries
            .Where(entry => entry.Key is "load" or "require" or "preload" or "preload-require")
            .Select(entry => AsteriskModuleCatalog.Normalize(entry.Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\$\{([A-Z_]+)\(")]
    private static partial Regex DialplanFunction();
}
