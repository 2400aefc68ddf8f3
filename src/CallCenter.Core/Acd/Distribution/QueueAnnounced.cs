using CallCenter.Core.Acd.Waiting;
using CallCenter.Core.Calls;

namespace CallCenter.Core.Acd.Distribution;

/// <summary>Time to tell the waiting caller their place in line and the estimated wait.</summary>
public sealed record QueueAnnounced(WaitAnnouncement Announcement) : CallInput;
