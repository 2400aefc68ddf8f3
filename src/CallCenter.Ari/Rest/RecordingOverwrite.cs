namespace CallCenter.Ari.Rest;

/// <summary>What to do when a recording of that name already exists.</summary>
public enum RecordingOverwrite
{
    Fail,
    Overwrite,
    Append,
}
