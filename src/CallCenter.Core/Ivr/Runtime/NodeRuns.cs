using CallCenter.Core.Ivr.Flows.Nodes;

namespace CallCenter.Core.Ivr.Runtime;

internal static class NodeRuns
{
    public static NodeRun For(FlowNode node, IvrCall call) => node switch
    {
        AnnounceNode announce => new PlayThenGoRun(call, call.MediaFor(announce.Items)),
        SayNode say => new PlayThenGoRun(call, call.MediaFor(say.Items)),
        MenuNode menu => new MenuRun(call, menu),
        CollectNode collect => new CollectRun(call, collect),
        LanguageNode language => new LanguageRun(call, language),
        LookupNode lookup => new LookupRun(call, lookup),
        HoursNode hours => new HoursRun(call, hours),
        RecordNode record => new RecordRun(call, record),
        QueueNode queue => new QueueRun(call, queue),
        GotoNode => new GotoRun(call),
        HangupNode hangup => new HangupRun(call, hangup),
        _ => throw new InvalidOperationException($"No runtime for a {node.Kind} node."),
    };
}
