namespace CallCenter.Ari.Tests.Events;

/// <summary>
/// An event type or a model in the catalogue. For events, Base is "Event" or "Message" and Fields include the
/// inherited ones (type, asterisk_id, application, timestamp), as they arrive on the wire.
/// </summary>
public sealed record CatalogueType(string Name, string? Base, IReadOnlyList<CatalogueField> Fields);
