namespace CallCenter.Core.Ivr.Handlers;

/// <summary>How the IVR's handlers read what the switch tells them. Bound from the "Ivr:Handlers" configuration section.</summary>
public sealed class IvrHandlerOptions
{
    public const string SectionName = "Ivr:Handlers";

    /// <summary>
    /// Default "US": the region (ISO 3166 two-letter code) a caller number without a country code is read in,
    /// so "(555) 010-1234" from the trunk finds the customer stored as "+15550101234".
    /// </summary>
    public string CallerRegion { get; set; } = "US";
}
