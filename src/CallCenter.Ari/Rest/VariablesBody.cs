namespace CallCenter.Ari.Rest;

/// <summary>The JSON body ARI takes for channel variables on originate and create.</summary>
internal sealed record VariablesBody(IReadOnlyDictionary<string, string> Variables)
{
    public static VariablesBody? From(IReadOnlyDictionary<string, string>? variables) =>
        variables is null || variables.Count == 0 ? null : new VariablesBody(variables);
}
