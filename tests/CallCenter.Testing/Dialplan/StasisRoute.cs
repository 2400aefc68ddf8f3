namespace CallCenter.Testing;

/// <summary>One dialplan line <c>exten => EXTENSION,PRIORITY,Stasis(APPLICATION[,ARGS])</c>.</summary>
public sealed record StasisRoute(string Extension, string Application, IReadOnlyList<string> Arguments)
{
    /// <summary>What Asterisk shows as the Stasis app_data: "callcenter,vip".</summary>
    public string AppData => Arguments.Count == 0 ? Application : Application + "," + string.Join(",", Arguments);
}
