namespace CallCenter.Server.Web.Desk;

/// <summary>What the agent desktop offers and shows. Bound from the "Desk" configuration section.</summary>
public sealed class DeskOptions
{
    public const string SectionName = "Desk";

    /// <summary>
    /// Default resolved, order-placed, follow-up, complaint, wrong-number, other: the disposition codes an agent picks
    /// for a call. Setting the list in configuration replaces these.
    /// </summary>
    public IList<string> Dispositions { get; set; } = [];

    /// <summary>Default break, lunch, training, admin, other: why an agent pauses. Setting the list replaces these.</summary>
    public IList<string> PauseReasons { get; set; } = [];

    /// <summary>Default 5: how many of the caller's latest orders the screen pop lists.</summary>
    public int RecentOrders { get; set; } = 5;

    /// <summary>Default 5: how many of the caller's previous calls the screen pop lists.</summary>
    public int RecentCalls { get; set; } = 5;

    /// <summary>
    /// Default 2 s: how long the screen pop waits for each read (customer, orders, calls, tickets) before it shows the
    /// others with a note, so a slow database never keeps the pop from the agent.
    /// </summary>
    public TimeSpan PopReadTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Default 4000: the longest notes an agent may save for one call.</summary>
    public int MaxNotesLength { get; set; } = 4000;

    public static IReadOnlyList<string> DefaultDispositions { get; } = ["resolved", "order-placed", "follow-up", "complaint", "wrong-number", "other"];

    public static IReadOnlyList<string> DefaultPauseReasons { get; } = ["break", "lunch", "training", "admin", "other"];

    /// <summary>The dispositions configured, or the defaults when none are.</summary>
    public IReadOnlyList<string> DispositionCodes => Dispositions.Count > 0 ? [.. Dispositions] : DefaultDispositions;

    /// <summary>The pause reasons configured, or the defaults when none are.</summary>
    public IReadOnlyList<string> PauseReasonChoices => PauseReasons.Count > 0 ? [.. PauseReasons] : DefaultPauseReasons;
}
