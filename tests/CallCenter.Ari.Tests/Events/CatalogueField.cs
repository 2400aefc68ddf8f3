namespace CallCenter.Ari.Tests.Events;

/// <summary>One field as the ARI swagger declares it: wire name, swagger type ("int", "List[string]", "Channel").</summary>
public sealed record CatalogueField(string Name, string Type, bool Required);
