namespace CallCenter.Core.Calls;

public enum RecordingOutcome
{
    /// <summary>Ended by the finish key, the maximum length, or a stop: the message is kept.</summary>
    Done,

    /// <summary>Nothing usable was recorded (the caller hung up at once, or the recording failed).</summary>
    Failed,
}
