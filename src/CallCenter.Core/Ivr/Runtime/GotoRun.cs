namespace CallCenter.Core.Ivr.Runtime;

internal sealed class GotoRun(IvrCall call) : NodeRun(call)
{
    public override Task<string?> StartAsync() => Go("next");
}
