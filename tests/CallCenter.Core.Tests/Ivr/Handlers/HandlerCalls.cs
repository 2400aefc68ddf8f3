using System.Globalization;
using CallCenter.Core.Calls;
using CallCenter.Core.Ivr.Handlers;

namespace CallCenter.Core.Tests.Ivr.Handlers;

/// <summary>The call a handler runs in: who called, when, and the variables the flow has collected.</summary>
internal static class HandlerCalls
{
    public const string CallId = "1795357895.0";

    /// <summary>A Monday morning on the hotline, in the flow's time zone (UTC-5).</summary>
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-23T10:15:00-05:00", CultureInfo.InvariantCulture);

    public static HandlerContext Context(
        IReadOnlyDictionary<string, string>? variables = null,
        string number = "+15550101234",
        DateTimeOffset? now = null) =>
        new(
            new CallerInfo(CallId, number, "", "100", [], "en", now ?? Now),
            "en",
            now ?? Now,
            variables ?? new Dictionary<string, string>());

    public static HandlerContext With(string variable, string value) => Context(new Dictionary<string, string> { [variable] = value });

    public static Task<HandlerResult> RunAsync(this IIvrHandler handler, HandlerContext context) => handler.RunAsync(context, CancellationToken.None);

    /// <summary>What the handler set, or an empty set: reads as "nothing set" in a failure message.</summary>
    public static IReadOnlyDictionary<string, string> Set(this HandlerResult result) => result.Set ?? new Dictionary<string, string>();

    /// <summary>The outcome and what was set, e.g. "NotFound quote-problem-prompt=out-of-stock", for one readable comparison.</summary>
    public static string Described(HandlerResult result) =>
        string.Join(" ", [result.Outcome.ToString(), .. result.Set().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")]);
}
