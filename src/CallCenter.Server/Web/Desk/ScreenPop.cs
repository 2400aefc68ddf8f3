using CallCenter.Core.Complaints;
using CallCenter.Core.Orders;

namespace CallCenter.Server.Web.Desk;

/// <summary>
/// What an agent's screen shows while their phone rings: who calls, what they bought and asked before, what they
/// did in the IVR on this call and how long they waited. <see cref="Customer"/> is null for a caller nobody knows;
/// <see cref="Problems"/> says which parts could not be read (the rest is shown anyway).
/// </summary>
public sealed record ScreenPop
{
    public required string CallId { get; init; }

    public required string Queue { get; init; }

    public required string Agent { get; init; }

    /// <summary>As the switch gave it.</summary>
    public required string CallerNumber { get; init; }

    /// <summary>The caller's number in E.164 when it is one, for capturing an unknown caller.</summary>
    public string? CallerE164 { get; init; }

    public PopCustomer? Customer { get; init; }

    public IReadOnlyList<Order> Orders { get; init; } = [];

    public IReadOnlyList<PopCall> History { get; init; } = [];

    public IReadOnlyList<ComplaintTicket> OpenTickets { get; init; } = [];

    /// <summary>One line per IVR node the caller went through, in order.</summary>
    public IReadOnlyList<string> IvrPath { get; init; } = [];

    public TimeSpan Waited { get; init; }

    /// <summary>When the agent's phone started ringing (the CallOffered event).</summary>
    public DateTimeOffset OfferedAt { get; init; }

    /// <summary>When the pop was handed to the agent's desktops.</summary>
    public DateTimeOffset PushedAt { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Whether the customer part is missing because a read failed, rather than because nobody knows the caller.</summary>
    public bool CustomerUnread { get; init; }

    public bool IsUnknownCaller => Customer is null && !CustomerUnread;
}
