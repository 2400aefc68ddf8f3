using CallCenter.Core.Acd.Events;

namespace CallCenter.Server.Web.Desk;

/// <summary>
/// One desktop (a browser tab's circuit) following an agent. Called from <see cref="DeskEvents"/>' loop, in event
/// order: an implementation hands the work to its own context (a component's InvokeAsync) and returns at once.
/// </summary>
public interface IDeskWatcher
{
    /// <summary>An event about this agent: their state, a call offered to them, connected or ended.</summary>
    Task OnEventAsync(AcdEvent acdEvent);

    /// <summary>The screen pop of a call offered to this agent, or the pop again once the caller is identified.</summary>
    Task OnPopAsync(ScreenPop pop);

    /// <summary>Events may have been missed: read the agent's state afresh.</summary>
    Task OnResyncAsync();
}
