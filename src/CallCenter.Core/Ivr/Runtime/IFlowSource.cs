using CallCenter.Core.Ivr.Flows;

namespace CallCenter.Core.Ivr.Runtime;

/// <summary>The flow new calls start with; it may change (a reload) while earlier calls keep theirs.</summary>
public interface IFlowSource
{
    FlowDefinition Current { get; }
}
