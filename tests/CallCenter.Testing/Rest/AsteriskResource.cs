using CallCenter.Testing.Asterisk;
using CallCenter.Testing.Stasis;

namespace CallCenter.Testing.Rest;

/// <summary>/asterisk: info, ping and global variables.</summary>
internal sealed class AsteriskResource
{
    private readonly Pbx _pbx;

    public AsteriskResource(Pbx pbx) => _pbx = pbx;

    public void Register(AriRouter router)
    {
        router.Map("GET", "asterisk/info", Info);
        router.Map("GET", "asterisk/ping", Ping);
        router.Map("GET", "asterisk/variable", GetVariable);
        router.Map("POST", "asterisk/variable", SetVariable);
        foreach (var (method, path) in new[]
        {
            ("GET", "asterisk/modules"), ("GET", "asterisk/modules/{moduleName}"), ("POST", "asterisk/modules/{moduleName}"),
            ("DELETE", "asterisk/modules/{moduleName}"), ("PUT", "asterisk/modules/{moduleName}"), ("GET", "asterisk/logging"),
            ("POST", "asterisk/logging/{logChannelName}"), ("DELETE", "asterisk/logging/{logChannelName}"),
            ("PUT", "asterisk/logging/{logChannelName}/rotate"), ("GET", "asterisk/config/dynamic/{configClass}/{objectType}/{id}"),
            ("PUT", "asterisk/config/dynamic/{configClass}/{objectType}/{id}"), ("DELETE", "asterisk/config/dynamic/{configClass}/{objectType}/{id}"),
            ("GET", "mailboxes"), ("GET", "mailboxes/{mailboxName}"), ("PUT", "mailboxes/{mailboxName}"), ("DELETE", "mailboxes/{mailboxName}"),
            ("GET", "sounds"), ("GET", "sounds/{soundId}"),
        })
        {
            router.Map(method, path, _ => ValueTask.FromResult(AriLookups.NotSimulated()));
        }
    }

    private ValueTask<AriResult> Info(AriRequest request)
    {
        var only = request.GetList("only");
        bool Wanted(string part) => only.Count == 0 || only.Contains(part);
        lock (_pbx.Sync)
        {
            var startup = AriJson.Timestamp(_pbx.StartupTime);
            return ValueTask.FromResult(AriResult.Ok(w =>
            {
                w.WriteStartObject();
                if (Wanted("build"))
                {
                    w.WriteStartObject("build");
                    w.WriteString("os", "Linux");
                    w.WriteString("kernel", Environment.OSVersion.Version.ToString());
                    w.WriteString("machine", "x86_64");
                    w.WriteString("options", "OPTIONAL_API");
                    w.WriteString("date", "2026-11-22 14:22:45 UTC");
                    w.WriteString("user", "root");
                    w.WriteEndObject();
                }
                if (Wanted("system"))
                {
                    w.WriteStartObject("system");
                    w.WriteString("version", "22.10.1");
                    w.WriteString("entity_id", _pbx.AsteriskId);
                    w.WriteEndObject();
                }
                if (Wanted("config"))
                {
                    w.WriteStartObject("config");
                    w.WriteString("name", "");
                    w.WriteString("default_language", _pbx.Options.DefaultLanguage);
                    w.WriteStartObject("setid");
                    w.WriteString("user", "");
                    w.WriteString("group", "");
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                if (Wanted("status"))
                {
                    w.WriteStartObject("status");
                    w.WriteString("startup_time", startup);
                    w.WriteString("last_reload_time", startup);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }));
        }
    }

    private ValueTask<AriResult> Ping(AriRequest request) =>
        ValueTask.FromResult(AriResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("asterisk_id", _pbx.AsteriskId);
            w.WriteString("ping", "pong");
            w.WriteString("timestamp", AriJson.Timestamp(_pbx.Clock.Now));
            w.WriteEndObject();
        }));

    private ValueTask<AriResult> GetVariable(AriRequest request)
    {
        if (request.Get("variable") is not { } name)
        {
            return ValueTask.FromResult(AriResult.Error(400, "Variable name is required"));
        }
        lock (_pbx.Sync)
        {
            var value = _pbx.GlobalVariables.GetValueOrDefault(name, "");
            return ValueTask.FromResult(AriResult.Ok(w =>
            {
                w.WriteStartObject();
                w.WriteString("value", value);
                w.WriteEndObject();
            }));
        }
    }

    private ValueTask<AriResult> SetVariable(AriRequest request)
    {
        if (request.Get("variable") is not { } name)
        {
            return ValueTask.FromResult(AriResult.Error(400, "Variable name is required"));
        }
        lock (_pbx.Sync)
        {
            _pbx.GlobalVariables[name] = request.Get("value") ?? "";
        }
        return ValueTask.FromResult(AriResult.NoContent());
    }
}
