using System.Text.RegularExpressions;

namespace CallCenter.Testing;

/// <summary>
/// The part of extensions.conf simulated callers dial into: each extension runs Stasis at <see cref="StasisPriority"/>
/// in <see cref="Context"/>. An extension with no route ends the call as an unallocated number.
/// </summary>
public sealed partial class FakeDialplan
{
    private readonly Dictionary<string, StasisRoute> _routes = new(StringComparer.Ordinal);
    private StasisRoute? _anyNumber;

    /// <summary>The context inbound calls run in. Default "callcenter-in".</summary>
    public string Context { get; init; } = "callcenter-in";

    /// <summary>The priority of the Stasis() line (priority 1 answers nothing, it only sets things up). Default 2.</summary>
    public int StasisPriority { get; init; } = 2;

    /// <summary>The project's dialplan: 100 enters the app, 200 enters it with "vip", any other number (a DID) enters it too.</summary>
    public static FakeDialplan Default(string application) =>
        new FakeDialplan()
            .Route("100", application)
            .Route("200", application, "vip")
            .RouteAnyNumber(application);

    /// <summary>Adds <c>exten => extension,n,Stasis(application,args)</c>.</summary>
    public FakeDialplan Route(string extension, string application, params string[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        ArgumentException.ThrowIfNullOrWhiteSpace(application);
        _routes[extension] = new StasisRoute(extension, application, arguments);
        return this;
    }

    /// <summary>Adds a pattern for every digit string (optionally with a leading +) not routed explicitly.</summary>
    public FakeDialplan RouteAnyNumber(string application, params string[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(application);
        _anyNumber = new StasisRoute("_X.", application, arguments);
        return this;
    }

    /// <summary>The route an extension takes, or null when the dialplan has none.</summary>
    public StasisRoute? Find(string extension)
    {
        if (_routes.TryGetValue(extension, out var route))
        {
            return route;
        }
        return _anyNumber is not null && AnyNumber().IsMatch(extension) ? _anyNumber with { Extension = extension } : null;
    }

    [GeneratedRegex(@"^\+?[0-9]+$")]
    private static partial Regex AnyNumber();
}
