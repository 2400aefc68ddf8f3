namespace CallCenter.Ari.Rest;

public enum PlaybackOperation
{
    Restart,
    Pause,
    Unpause,
    Reverse,
    Forward,
}
