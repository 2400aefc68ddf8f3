namespace CallCenter.Testing.Rest;

/// <summary>
/// Finds the handler for a path the way res_ari does: segment by segment, an explicit segment before a
/// {wildcard}; an unknown path is 404 "Resource not found", a known path with another method 405 "Invalid method".
/// </summary>
internal sealed class AriRouter
{
    private readonly Node _root = new();

    public void Map(string method, string template, AriHandler handler)
    {
        var node = _root;
        foreach (var segment in template.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith('{'))
            {
                node.Wildcard ??= (segment.Trim('{', '}'), new Node());
                node = node.Wildcard.Value.Child;
            }
            else
            {
                if (!node.Children.TryGetValue(segment, out var child))
                {
                    child = new Node();
                    node.Children[segment] = child;
                }
                node = child;
            }
        }
        node.Handlers[method] = handler;
    }

    public RouteMatch Match(string method, IReadOnlyList<string> segments)
    {
        var node = _root;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            if (node.Children.TryGetValue(segment, out var child))
            {
                node = child;
            }
            else if (node.Wildcard is { } wildcard)
            {
                values[wildcard.Name] = segment;
                node = wildcard.Child;
            }
            else
            {
                return new RouteMatch(RouteOutcome.NotFound, null, values, []);
            }
        }
        if (node.Handlers.TryGetValue(method, out var handler))
        {
            return new RouteMatch(RouteOutcome.Found, handler, values, node.Handlers.Keys.ToList());
        }
        return new RouteMatch(RouteOutcome.MethodNotAllowed, null, values, node.Handlers.Keys.ToList());
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public (string Name, Node Child)? Wildcard { get; set; }

        public Dictionary<string, AriHandler> Handlers { get; } = new(StringComparer.Ordinal);
    }
}
