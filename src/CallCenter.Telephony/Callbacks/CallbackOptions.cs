namespace CallCenter.Telephony.Callbacks;

/// <summary>How customers are called back. Bound from the "Callback" configuration section.</summary>
public sealed class CallbackOptions
{
    public const string SectionName = "Callback";

    /// <summary>
    /// Default "PJSIP/{number}@hotline-trunk": what Asterisk dials to reach a customer. {number} is the customer's
    /// number in E.164 with its "+" (+8613800138000), {digits} the same without it (8613800138000): use what the
    /// provider behind the trunk expects.
    /// </summary>
    public string Endpoint { get; set; } = "PJSIP/{number}@hotline-trunk";

    /// <summary>The number the customer's phone shows: the hotline's (empty: the trunk's default).</summary>
    public string CallerIdNumber { get; set; } = "";

    /// <summary>Default "Customer service": the name shown beside it, where the network passes names.</summary>
    public string CallerIdName { get; set; } = "Customer service";

    /// <summary>Default 30 s: how long the customer's phone rings before the attempt counts as unanswered.</summary>
    public TimeSpan RingTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Default "US": the region a caller's number without a country code is read in (as Ivr:CallerRegion).</summary>
    public string Region { get; set; } = "US";
}
