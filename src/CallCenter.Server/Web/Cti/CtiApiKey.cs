namespace CallCenter.Server.Web.Cti;

/// <summary>One configured API key: who holds it (what logs show) and the SHA-256 of the key (what is checked).</summary>
public sealed class CtiApiKey
{
    public string Name { get; set; } = "";

    /// <summary>64 hex digits, from `CallCenter.Server apikey new NAME`.</summary>
    public string Hash { get; set; } = "";
}
