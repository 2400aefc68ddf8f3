namespace CallCenter.Ari.Rest;

/// <summary>POST /channels/{id}/record or /bridges/{id}/record.</summary>
public sealed record RecordRequest(string Name, string Format = "wav")
{
    public int? MaxDurationSeconds { get; init; }
    public int? MaxSilenceSeconds { get; init; }
    public RecordingOverwrite IfExists { get; init; } = RecordingOverwrite.Fail;
    public bool Beep { get; init; }
    public RecordingTermination TerminateOn { get; init; } = RecordingTermination.None;

    internal AriQuery ToQuery() => new AriQuery()
        .Add("name", Name)
        .Add("format", Format)
        .Add("maxDurationSeconds", MaxDurationSeconds)
        .Add("maxSilenceSeconds", MaxSilenceSeconds)
        .Add("ifExists", AriWireNames.Of(IfExists))
        .Add("beep", Beep)
        .Add("terminateOn", TerminateOn switch
        {
            RecordingTermination.Star => "*",
            RecordingTermination.Hash => "#",
            _ => AriWireNames.Of(TerminateOn),
        });
}
