namespace CallCenter.Core.Acd.Distribution;

/// <summary>A queue as a call about to join it needs to know it: the music to hold with, and whether anyone could answer.</summary>
/// <param name="AgentsServing">Logged-in agents who meet the queue's first skill step; zero means nobody to wait for.</param>
public sealed record QueueStatus(string Name, string MusicOnHold, int AgentsServing);
