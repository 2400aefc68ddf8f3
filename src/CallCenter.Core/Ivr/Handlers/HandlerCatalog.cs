using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace CallCenter.Core.Ivr.Handlers;

/// <summary>
/// The handlers this server has, by the names flows use in lookup nodes. Two handlers with one name would make
/// a flow's meaning depend on registration order, so they are refused when the catalog is made.
/// </summary>
public sealed class HandlerCatalog
{
    private readonly Dictionary<string, IIvrHandler> byName = new(StringComparer.Ordinal);

    public HandlerCatalog(IEnumerable<IIvrHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        foreach (var handler in handlers)
        {
            ArgumentNullException.ThrowIfNull(handler, nameof(handlers));
            if (string.IsNullOrWhiteSpace(handler.Name))
            {
                throw new ArgumentException($"The handler {handler.GetType().Name} has no name for flows to use.", nameof(handlers));
            }
            if (!byName.TryAdd(handler.Name, handler))
            {
                throw new ArgumentException(
                    $"Two handlers are named \"{handler.Name}\": {byName[handler.Name].GetType().Name} and {handler.GetType().Name}.",
                    nameof(handlers));
            }
        }
        Names = byName.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>What flows are checked against (<see cref="Flows.FlowEnvironment.Handlers"/>).</summary>
    public IReadOnlySet<string> Names { get; }

    public bool TryGet(string name, [MaybeNullWhen(false)] out IIvrHandler handler) =>
        byName.TryGetValue(name, out handler);

    /// <summary>The handler a checked flow names; a name the flow was not checked against is a bug, not a caller's mistake.</summary>
    public IIvrHandler Get(string name) =>
        byName.TryGetValue(name, out var handler)
            ? handler
            : throw new KeyNotFoundException($"No handler is named \"{name}\" (known: {string.Join(", ", Names.Order(StringComparer.Ordinal))}).");
}
