namespace CallCenter.Ari.Rest;

/// <summary>POST /channels/{id}/snoop/{snoopId}: a supervisor listening to (spy) or talking into (whisper) a call.</summary>
public sealed record SnoopRequest(string SnoopId, string App)
{
    public AudioDirection Spy { get; init; } = AudioDirection.None;
    public AudioDirection Whisper { get; init; } = AudioDirection.None;
    public IReadOnlyList<string>? AppArgs { get; init; }

    internal AriQuery ToQuery() => new AriQuery()
        .Add("app", App)
        .Add("spy", AriWireNames.Of(Spy))
        .Add("whisper", AriWireNames.Of(Whisper))
        .Add("appArgs", AppArgs);
}
