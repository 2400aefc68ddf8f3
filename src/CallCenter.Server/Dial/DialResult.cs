using CallCenter.Core.Records;

namespace CallCenter.Server.Dial;

/// <summary>How a call from the terminal went: its id, the last version of its record, and how many steps it kept.</summary>
public sealed record DialResult(string CallId, CallRecord? Record, int Steps);
