using CallCenter.Core.Acd.Distribution;
using CallCenter.Core.Ports;
using Microsoft.Extensions.Logging;

namespace CallCenter.Core.Acd.Callbacks;

/// <summary>What a callback call needs: who asked for it and how, the offer that started it, and the services it reports to.</summary>
/// <param name="Request">The original call's queue request: its id, the customer's number, language and queue.</param>
/// <param name="CustomerName">Shown on the agent's phone beside the number.</param>
/// <param name="FirstOffer">The agent reserved when the callback was placed.</param>
/// <param name="MusicOnHold">The queue's music-on-hold class, for a customer waiting for the next agent.</param>
public sealed record CallbackContext(
    QueueRequest Request,
    string? CustomerName,
    AgentOffer FirstOffer,
    string? MusicOnHold,
    ICallDistributor Distributor,
    ICallJournal Journal,
    TimeProvider Time,
    ILogger Logger);
