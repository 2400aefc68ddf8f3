using System.Net;
using System.Text.RegularExpressions;

namespace CallCenter.Server.Tests.Web;

/// <summary>A page the desktop served: where the browser ended up and what it shows.</summary>
internal sealed record DeskPage(HttpStatusCode Status, string Path, string Html)
{
    /// <summary>The text of the first element marked data-test="<paramref name="name"/>", or null when none is.</summary>
    public string? Text(string name)
    {
        var match = Regex.Match(Html, $"data-test=\"{Regex.Escape(name)}\"[^>]*>(?<text>[^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value).Trim() : null;
    }
}
