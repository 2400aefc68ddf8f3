namespace CallCenter.Core.Acd.Distribution;

internal enum QueuedCallState
{
    Waiting,
    Ringing,
    Talking,
}
