using System.Globalization;
using System.Text.Json;

namespace CallCenter.Testing.Rest;

/// <summary>
/// One ARI request: path values and parameters, which Asterisk takes from the query string, a form body, or the
/// fields of a JSON body alike.
/// </summary>
internal sealed class AriRequest
{
    private readonly Dictionary<string, List<string>> _parameters;

    public AriRequest(string method, IReadOnlyDictionary<string, string> pathValues, Dictionary<string, List<string>> parameters, JsonElement? body, CancellationToken aborted)
    {
        Method = method;
        PathValues = pathValues;
        _parameters = parameters;
        Body = body;
        Aborted = aborted;
        if (body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object)
        {
            Variables = variables;
        }
    }

    public string Method { get; }

    public IReadOnlyDictionary<string, string> PathValues { get; }

    public JsonElement? Body { get; }

    /// <summary>The "variables" object of a JSON body, when there is one.</summary>
    public JsonElement? Variables { get; }

    public CancellationToken Aborted { get; }

    public string Path(string name) => PathValues[name];

    /// <summary>A parameter's value, or null when it is missing or empty (ast_strlen_zero).</summary>
    public string? Get(string name) =>
        _parameters.TryGetValue(name, out var values) && values.Count > 0 && values[0].Length > 0 ? values[0] : null;

    public bool Has(string name) => _parameters.ContainsKey(name);

    /// <summary>An allowMultiple parameter: repeated and comma-separated values alike.</summary>
    public IReadOnlyList<string> GetList(string name) =>
        _parameters.TryGetValue(name, out var values)
            ? values.SelectMany(v => v.Split(',')).Where(v => v.Length > 0).ToList()
            : [];

    /// <summary>An integer parameter as atoi reads it: leading digits, anything else is 0.</summary>
    public int GetInt(string name, int missing)
    {
        var text = Get(name);
        if (text is null)
        {
            return missing;
        }
        var length = 0;
        while (length < text.Length && (char.IsAsciiDigit(text[length]) || (length == 0 && text[length] is '-' or '+')))
        {
            length++;
        }
        return int.TryParse(text.AsSpan(0, length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    /// <summary>A boolean parameter as ast_true reads it.</summary>
    public bool GetBool(string name, bool missing)
    {
        var text = Get(name);
        return text is null ? missing : text.ToLowerInvariant() is "yes" or "true" or "y" or "t" or "1" or "on";
    }
}
