using System.Globalization;
using System.Text;

namespace CallCenter.Ari.Rest;

/// <summary>Builds an escaped query string, skipping parameters that were not given.</summary>
internal sealed class AriQuery
{
    private readonly StringBuilder text = new();

    public AriQuery Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }
        text.Append(text.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
        return this;
    }

    public AriQuery Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public AriQuery Add(string name, bool? value) =>
        Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>ARI takes lists as one comma-separated parameter.</summary>
    public AriQuery Add(string name, IEnumerable<string>? values) =>
        values is null ? this : Add(name, string.Join(',', values));

    public override string ToString() => text.ToString();
}
